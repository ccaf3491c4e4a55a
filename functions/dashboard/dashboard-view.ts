import type { ArchiveSummary } from './archive-summary.ts';

/**
 * What `GET /v1/dashboard` returns: the home figures of the regions the caller may see. Each
 * section belongs to one capability; `null` means that capability has no data yet (not live, or
 * its job has not run), and the console shows an empty state for it rather than an error.
 * The non-archive section shapes are the console's expectation; their capabilities fill them in.
 */
export interface DashboardView {
  /** The region ids the figures cover. */
  regions: string[];
  /** The tenant's time zone: "today" and the console's times are read in it. */
  timeZone: string;
  archive: ArchiveSummary | null;
  tickets: TicketRiskSummary | null;
  emergenciesToday: EmergencySummary | null;
  readCycles: ReadCycleProgress[] | null;
  inspectionsDue: InspectionsDue | null;
  satisfactionTrend: SatisfactionPoint[] | null;
}

/** Open tickets by how close they are to their SLA deadline. */
export interface TicketRiskSummary {
  open: number;
  bySlaRisk: { 'on-track': number; 'at-risk': number; breached: number };
}

/** Emergency (gas-leak) tickets received today in the tenant's time zone. */
export interface EmergencySummary {
  total: number;
  open: number;
  /** On site within the company's pledge (30 min by default). */
  onSiteInTime: number;
}

/** An open read cycle: meters due, meters read, and the read-rate target (0..1). */
export interface ReadCycleProgress {
  cycleId: string;
  name: string;
  due: number;
  read: number;
  target: number;
}

export interface InspectionsDue {
  dueThisMonth: number;
  overdue: number;
}

/** Satisfaction score (0..100) of a period such as `2026-03` or `2026-Q1`, oldest first. */
export interface SatisfactionPoint {
  period: string;
  score: number;
  responses: number;
}
