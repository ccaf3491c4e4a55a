import * as z from 'zod';
import type { Role } from './access.ts';
import { Cursor, IsoDateTime, limitUpTo, Page, Ulid } from './common.ts';

/* ------------------------------------------------------------------------------------------------
 * Performance assessments (绩效考核): quarterly and annual KPI scorecards of the business halls
 * (regions), the dispatch center and the staff. Rules: docs/domain.md › "Performance assessment";
 * policy `assessments.kpis` (shared/contract/assessments-policy.ts).
 * ---------------------------------------------------------------------------------------------- */

/** The KPIs, by their stable names (CONTRACT.md). */
export const KPI_NAMES = ['read-rate', 'read-accuracy', 'fee-recovery', 'repair-timeliness', 'first-time-fix', 'reply-rate', 'return-visit-rate', 'satisfaction', 'inspection-coverage'] as const;
export type KpiName = (typeof KPI_NAMES)[number];

/** Who is assessed: a business hall (a region), the dispatch center (the whole tenant), a staff member in a region. */
export const UNIT_LEVELS = ['region', 'dispatch-center', 'staff'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export const ASSESSMENT_KINDS = ['quarterly', 'annual'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export const KPI_DIRECTIONS = ['higher', 'lower'] as const;
/** `linear`: 0 at the floor, 100 at the target; `penalty`: 100 less `penaltyPerPoint` for each percentage point short of the target. */
export const SCORING_RULES = ['linear', 'penalty'] as const;

/** Managers see their regions' scorecards; the dispatch center's is for admins and dispatchers. */
export const ASSESSMENT_READERS = { roles: ['admin', 'manager', 'dispatcher'] as readonly Role[] };

export const ASSESSMENT_FORMATS = ['csv', 'xlsx'] as const;

/** A quarter (`2026-Q3`) or a year (`2026`). */
export const AssessmentPeriod = z
  .string()
  .regex(/^\d{4}(-Q[1-4])?$/, 'a quarter such as 2026-Q3 or a year such as 2026')
  .meta({ examples: ['2026-Q3'] });

/** `region:<regionId>`, `dispatch-center`, or `staff:<regionId>:<username>`. */
export const UnitId = z
  .string()
  .regex(/^(region:[A-Za-z0-9-]{1,32}|dispatch-center|staff:[A-Za-z0-9-]{1,32}:[a-z0-9._-]{1,64})$/, 'a unit such as region:r-east, dispatch-center or staff:r-east:zhang.wei')
  .meta({ examples: ['region:r-east'] });

export const ListAssessmentsQuery = z.strictObject({
  period: AssessmentPeriod.optional(),
  kind: z.enum(ASSESSMENT_KINDS).optional(),
  cursor: Cursor.optional(),
  limit: limitUpTo(100).optional(),
});

export const AssessmentParams = z.strictObject({ id: Ulid });

export const AssessmentQuery = z.strictObject({
  level: z.enum(UNIT_LEVELS).optional(),
  cursor: Cursor.optional(),
  limit: limitUpTo(200).optional(),
});

export const ItemsQuery = z.strictObject({
  unit: UnitId,
  kpi: z.enum(KPI_NAMES),
  cursor: Cursor.optional(),
  limit: limitUpTo(200).optional(),
});

export const ExportQuery = z.strictObject({ format: z.enum(ASSESSMENT_FORMATS) });

const Share = z.number().min(0).max(1);

/** One KPI of one unit: its value against the definition in force, and the counts behind it. */
export const KpiScore = z.strictObject({
  kpi: z.enum(KPI_NAMES),
  /** null: no facts of this KPI for the unit in the period (`noData`), never 0 or 100 %. */
  value: Share.nullable(),
  noData: z.boolean(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** The target the value is scored against (read-rate: the read cycles' own targets weighted by meters due, unless the policy sets one). */
  target: Share.nullable(),
  weight: z.number(),
  direction: z.enum(KPI_DIRECTIONS),
  scoring: z.enum(SCORING_RULES),
  /** 0–100; null without data. */
  score: z.number().nullable(),
});
export type KpiScore = z.infer<typeof KpiScore>;

export const TrendPoint = z.strictObject({
  period: z.string(),
  total: z.number().nullable(),
  values: z.partialRecord(z.enum(KPI_NAMES), Share.nullable()).meta({ examples: [{ 'read-rate': 0.98, 'fee-recovery': 0.95, satisfaction: null }] }),
});
export type TrendPoint = z.infer<typeof TrendPoint>;

export const UnitScorecard = z.strictObject({
  id: UnitId,
  level: z.enum(UNIT_LEVELS),
  name: z.string(),
  regionId: z.string().nullable(),
  kpis: z.array(KpiScore),
  /** Weighted mean of the scores of the KPIs with data (their weights only); null when none has data. */
  total: z.number().nullable(),
  /** Share of the unit's KPI weight that had data. */
  coverage: Share,
  /** Rank by total among the units of its level (ties share a rank); null without a total. */
  rank: z.number().int().nullable(),
  rankedOf: z.number().int(),
  /** The previous periods, oldest first, then this one. */
  trend: z.array(TrendPoint),
});
export type UnitScorecard = z.infer<typeof UnitScorecard>;

export const AssessmentSummary = z.strictObject({
  id: Ulid,
  kind: z.enum(ASSESSMENT_KINDS),
  period: AssessmentPeriod,
  /** 1 for the first computation of the period, then 2, … (every version is kept). */
  version: z.number().int(),
  /** The instant the period was taken "as of" (the job's time), and when it was computed. */
  asOf: IsoDateTime,
  computedAt: IsoDateTime,
  runId: z.string(),
  timeZone: z.string(),
  from: IsoDateTime,
  to: IsoDateTime,
  policy: z.strictObject({ versionId: z.string().nullable(), effectiveFrom: IsoDateTime.nullable() }),
  units: z.strictObject({ region: z.number().int(), 'dispatch-center': z.number().int(), staff: z.number().int() }),
});
export type AssessmentSummary = z.infer<typeof AssessmentSummary>;

export const AssessmentPage = Page(AssessmentSummary);

export const AssessmentView = z.strictObject({
  assessment: AssessmentSummary,
  /** The units you may see (a manager: their regions and their staff), by level then rank. */
  units: z.array(UnitScorecard),
  nextCursor: z.string().nullable(),
});
export type AssessmentView = z.infer<typeof AssessmentView>;

/** Why an item is in a drill-down. */
export const ITEM_REASONS = ['deadline-missed', 'reopened', 'not-replied-in-time', 'no-return-visit', 'not-read'] as const;

export const AssessmentItem = z.strictObject({
  reason: z.enum(ITEM_REASONS),
  /** A ticket (its page: /tickets/{id}) or a meter (its cycle's follow-up). */
  subject: z.strictObject({ type: z.enum(['ticket', 'meter']), id: z.string() }),
  regionId: z.string(),
  staff: z.string().nullable(),
  /** When the ticket was received, or when the cycle closed. */
  at: IsoDateTime,
  ticketKind: z.string().nullable(),
  /** The deadlines missed (tickets), or the read cycle (meters). */
  detail: z.string(),
});
export type AssessmentItem = z.infer<typeof AssessmentItem>;

export const ItemPage = Page(AssessmentItem);
