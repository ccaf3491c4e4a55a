import * as z from 'zod';
import { ROLES } from './access.ts';
import { CalendarYearStatus } from './calendar.ts';
import { IsoDateTime, RegionId } from './common.ts';
import { CADENCES } from './read-books.ts';
import { EXCEPTION_GRADES, VEE_RULES } from './readings.ts';
import { CUSTOMER_CLASSES, LIFECYCLE_STATES, METER_AGE_BUCKETS, METER_TYPES } from './customers.ts';

/**
 * `GET /v1/dashboard`: the home figures of the regions the caller may see. Each section belongs to
 * one capability, which registers its provider in its manifest; `null` means that capability has
 * no data yet (not built, or its job has not run), and the console shows an empty state for it.
 */
export const DashboardQuery = z.strictObject({ regionId: RegionId.optional() });
export const DASHBOARD_ACCESS = { roles: ROLES };

const counts = <K extends string>(names: readonly [K, ...K[]]) => z.strictObject(Object.fromEntries(names.map((n) => [n, z.int()])) as Record<K, z.ZodInt>);

/** The customer archive in figures: the archive-stats job's regions, summed. */
export const ArchiveSummary = z.strictObject({
  /** The oldest `asOf` of the regions summed: the summary is no fresher than its stalest part. */
  asOf: IsoDateTime,
  customers: z.int(),
  byClass: counts(CUSTOMER_CLASSES),
  byState: counts(LIFECYCLE_STATES),
  specialCare: z.int(),
  meters: z.int(),
  metersByType: counts(METER_TYPES),
  metersByAge: counts(METER_AGE_BUCKETS),
  byRegion: z.array(z.strictObject({ regionId: z.string(), customers: z.int(), specialCare: z.int() })),
});

/** Open tickets by how close they are to their SLA deadline. */
export const TicketRiskSummary = z.strictObject({
  open: z.int(),
  bySlaRisk: z.strictObject({ 'on-track': z.int(), 'at-risk': z.int(), breached: z.int() }),
});

/** Emergency (gas-leak) tickets received today in the tenant's time zone. */
export const EmergencySummary = z.strictObject({ total: z.int(), open: z.int(), onSiteInTime: z.int() });

/**
 * A region's latest read period of a cadence (the read-cycles job's figures, summed over the
 * region's read books): meters due and read, and the read-rate target (0..1); `frozen` once every
 * cycle of the period is closed.
 */
export const ReadCycleProgress = z.strictObject({
  cycleId: z.string(),
  name: z.string(),
  regionId: z.string(),
  period: z.string(),
  cadence: z.enum(CADENCES),
  books: z.int(),
  due: z.int(),
  read: z.int(),
  target: z.number(),
  frozen: z.boolean(),
});

/** The VEE review queue of the regions in scope: open exceptions by rule and by grade. */
export const ReadingExceptionsSummary = z.strictObject({
  open: z.int(),
  byRule: counts(VEE_RULES),
  byGrade: counts(EXCEPTION_GRADES),
});

export const InspectionsDue = z.strictObject({ dueThisMonth: z.int(), overdue: z.int() });

/** Satisfaction score (0..100) of a period such as `2026-03` or `2026-Q1`, oldest first. */
export const SatisfactionPoint = z.strictObject({ period: z.string(), score: z.number(), responses: z.int() });

/** Every section of the dashboard, by name, with its schema. */
export const DASHBOARD_SECTIONS = {
  archive: ArchiveSummary,
  tickets: TicketRiskSummary,
  emergenciesToday: EmergencySummary,
  readCycles: z.array(ReadCycleProgress),
  readingExceptions: ReadingExceptionsSummary,
  inspectionsDue: InspectionsDue,
  satisfactionTrend: z.array(SatisfactionPoint),
  /** The business calendar of the current year and, from December 1 (tenant time), the coming one: official or weekends only. */
  calendar: z.array(CalendarYearStatus),
} as const;
export type DashboardSectionName = keyof typeof DASHBOARD_SECTIONS;
export type DashboardSection<N extends DashboardSectionName> = z.infer<(typeof DASHBOARD_SECTIONS)[N]>;

export const Dashboard = z.strictObject({
  /** The region ids the figures cover. */
  regions: z.array(z.string()),
  /** The tenant's time zone: "today" and the console's times are read in it. */
  timeZone: z.string(),
  ...(Object.fromEntries(Object.entries(DASHBOARD_SECTIONS).map(([name, schema]) => [name, schema.nullable()])) as {
    [N in DashboardSectionName]: z.ZodNullable<(typeof DASHBOARD_SECTIONS)[N]>;
  }),
});

export type Dashboard = z.infer<typeof Dashboard>;
export type ArchiveSummary = z.infer<typeof ArchiveSummary>;
