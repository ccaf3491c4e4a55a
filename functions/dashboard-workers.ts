import type { DashboardWorker } from '../shared/capability.ts';
import type { DashboardSectionName } from '../shared/contract/dashboard.ts';

/**
 * Every dashboard section's provider, by section (a test keeps it equal to the sections the
 * capabilities' manifests declare). Only the dashboard function imports this file.
 */
export const DASHBOARD_WORKERS: Readonly<Partial<Record<DashboardSectionName, DashboardWorker>>> = {
  calendar: async () => (await import('./calendar/calendar-summary.ts')).calendarSection as never,
  archive: async () => (await import('./customers/archive-summary.ts')).archiveSection as never,
  readingExceptions: async () => (await import('./reading/exceptions-summary.ts')).readingExceptionsSection as never,
  tickets: async () => (await import('./tickets/tickets-summary.ts')).ticketsSection as never,
  emergenciesToday: async () => (await import('./tickets/tickets-summary.ts')).emergenciesSection as never,
  readCycles: async () => (await import('./reading/cycles/read-cycles-summary.ts')).readCyclesSection as never,
  satisfactionTrend: async () => (await import('./surveys/satisfaction-summary.ts')).satisfactionSection as never,
};
