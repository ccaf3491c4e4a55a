import type * as z from 'zod';
import { hasAnyRole, type Role } from '../../../../shared/contract/access.ts';
import type { CustomerClass } from '../../../../shared/contract/customers.ts';
import {
  CAMPAIGN_TRANSITIONS,
  SURVEY_DIMENSIONS,
  SURVEY_MANAGERS,
  type CampaignAction,
  type CampaignView,
  type CreateCampaign,
  type Scores,
  type SurveyChannel,
  type SurveyKind,
  type SurveySchedule,
  type SurveyTrigger,
  type UpdateCampaignBody,
} from '../../../../shared/contract/surveys.ts';

/**
 * The survey pages' rules that are plain data: which actions a caller is offered on a campaign,
 * the editor's values to and from the API's bodies, what counts as a low score, shares as
 * percentages (null stays null: no data is never 0 % or 100 %), and the periods to choose from.
 */

/** Start, pause or resume: what the transition table allows from the campaign's state, for admins and managers. */
export function offeredCampaignActions(campaign: Pick<CampaignView, 'state'>, roles: readonly Role[]): CampaignAction[] {
  if (!hasAnyRole(roles, SURVEY_MANAGERS.roles)) return [];
  return (Object.keys(CAMPAIGN_TRANSITIONS) as CampaignAction[]).filter((a) => CAMPAIGN_TRANSITIONS[a].from.includes(campaign.state));
}

export const mayManageSurveys = (roles: readonly Role[]) => hasAnyRole(roles, SURVEY_MANAGERS.roles);

/** A score at or below this in any dimension opens a follow-up ticket (the API decides; the page says so beforehand). */
export const LOW_SCORE = 2;

export const isLowAnswer = (scores: Partial<Scores>) => SURVEY_DIMENSIONS.some((d) => scores[d] !== undefined && scores[d]! <= LOW_SCORE);

export interface QuotaRow {
  regionId?: string;
  class?: CustomerClass;
  max?: number;
}

/** The editor's fields: the sample rate in percent, quotas as rows, skip days blank for the policy's default. */
export interface CampaignFormValues {
  name: string;
  kind: SurveyKind;
  schedule?: SurveySchedule;
  trigger?: SurveyTrigger;
  regionIds: string[];
  classes: CustomerClass[];
  sampleRatePercent: number;
  quotas?: QuotaRow[];
  skipDays?: number | null;
  channel: SurveyChannel;
}

/** A share in percent, as it travels (0.125 ⇄ 12.5), without float noise. */
export const toRatio = (percent: number) => Number((percent / 100).toFixed(6));
export const toPercent = (ratio: number) => Number((ratio * 100).toFixed(4));

const blank = (v: unknown) => v === undefined || v === null || v === '';

function quotasOf(rows: QuotaRow[] | undefined) {
  return (rows ?? [])
    .filter((q) => !blank(q.max) || !blank(q.regionId) || !blank(q.class))
    .map((q) => ({ ...(blank(q.regionId) ? {} : { regionId: q.regionId! }), ...(blank(q.class) ? {} : { class: q.class! }), max: q.max! }));
}

/** POST /v1/survey-campaigns: a periodic campaign has a schedule and no trigger, an event campaign the reverse. */
export function createBody(values: CampaignFormValues): CreateCampaign {
  const quotas = quotasOf(values.quotas);
  return {
    name: values.name.trim(),
    kind: values.kind,
    ...(values.kind === 'periodic' ? { schedule: values.schedule } : { trigger: values.trigger }),
    scope: { regionIds: values.regionIds, classes: values.classes },
    sampleRate: toRatio(values.sampleRatePercent),
    ...(quotas.length ? { quotas } : {}),
    ...(blank(values.skipDays) ? {} : { skipDays: values.skipDays! }),
    channel: values.channel,
  };
}

/** PATCH /v1/survey-campaigns/{id}: what may still change (name, sample rate, quotas, skip days), with the version read. */
export function updateBody(values: Pick<CampaignFormValues, 'name' | 'sampleRatePercent' | 'quotas' | 'skipDays'>, version: number): z.infer<typeof UpdateCampaignBody> {
  return {
    name: values.name.trim(),
    sampleRate: toRatio(values.sampleRatePercent),
    quotas: quotasOf(values.quotas),
    ...(blank(values.skipDays) ? {} : { skipDays: values.skipDays! }),
    version,
  };
}

/** A campaign as the editor's values (to edit it). */
export function formValuesOf(campaign: CampaignView): CampaignFormValues {
  return {
    name: campaign.name,
    kind: campaign.kind,
    ...(campaign.schedule ? { schedule: campaign.schedule } : {}),
    ...(campaign.trigger ? { trigger: campaign.trigger } : {}),
    regionIds: campaign.scope.regionIds,
    classes: campaign.scope.classes,
    sampleRatePercent: toPercent(campaign.sampleRate),
    quotas: campaign.quotas.map((q) => ({ ...q })),
    skipDays: campaign.skipDays,
    channel: campaign.channel,
  };
}

/** A share as a chart value in percent (one decimal); null, no data, stays null (a gap, never 0). */
export const chartPercent = (rate: number | null | undefined): number | null => (rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10);

/** A share in words: the formatted percentage, or the "no data" text. */
export const rateText = (rate: number | null | undefined, percent: (ratio: number) => string, noData: string) => (rate === null || rate === undefined ? noData : percent(rate));

/* ------------------------------------------------------------------ periods ---------------------- */

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';
export interface PeriodParts {
  kind: PeriodKind;
  year: number;
  /** The half (1–2), quarter (1–4) or month (1–12); 0 for a year. */
  n: number;
}

/** `2026`, `2026-H2`, `2026-Q4`, `2026-11` into their parts; undefined for anything else. */
export function periodParts(period: string): PeriodParts | undefined {
  const m = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/.exec(period);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'half', year, n: Number(m[2]) };
  if (m[3]) return { kind: 'quarter', year, n: Number(m[3]) };
  if (m[4]) return { kind: 'month', year, n: Number(m[4]) };
  return { kind: 'year', year, n: 0 };
}

const KIND_ORDER: PeriodKind[] = ['year', 'half', 'quarter', 'month'];

/** Periods in time order (a year before its halves, a half before its quarters, a quarter before its months). */
export function comparePeriods(a: string, b: string): number {
  const pa = periodParts(a);
  const pb = periodParts(b);
  if (!pa || !pb) return a.localeCompare(b);
  const start = (p: PeriodParts) => p.year * 12 + (p.kind === 'half' ? (p.n - 1) * 6 : p.kind === 'quarter' ? (p.n - 1) * 3 : p.kind === 'month' ? p.n - 1 : 0);
  return start(pa) - start(pb) || KIND_ORDER.indexOf(pa.kind) - KIND_ORDER.indexOf(pb.kind);
}

/**
 * The periods to pick from, newest first, grouped by kind: this year and last, their halves and
 * quarters up to today, the last 12 months, and any period the results already know (`seen`).
 */
export function periodOptions(today: string, seen: readonly string[] = []): Record<PeriodKind, string[]> {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  const all = new Set<string>(seen.filter((p) => periodParts(p)));
  for (const y of [year - 1, year]) {
    all.add(String(y));
    for (let h = 1; h <= 2; h++) if (y < year || (h - 1) * 6 < month) all.add(`${y}-H${h}`);
    for (let q = 1; q <= 4; q++) if (y < year || (q - 1) * 3 < month) all.add(`${y}-Q${q}`);
  }
  for (let i = 0; i < 12; i++) {
    const index = year * 12 + (month - 1) - i;
    all.add(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}`);
  }
  const out: Record<PeriodKind, string[]> = { year: [], half: [], quarter: [], month: [] };
  for (const p of [...all].sort(comparePeriods).reverse()) out[periodParts(p)!.kind].push(p);
  return out;
}

/** The editor's field a refusal names (`body.scope.regionIds` → `regionIds`, `body.quotas.0.max` → `['quotas', 0, 'max']`). */
export function formFieldOf(apiField: string): (string | number)[] {
  const path = apiField.replace(/^body\./, '').split('.');
  if (path[0] === 'scope' && path[1]) return [path[1]];
  if (path[0] === 'sampleRate') return ['sampleRatePercent'];
  if (path[0] === 'quotas' && path[1] !== undefined && /^\d+$/.test(path[1])) return ['quotas', Number(path[1]), ...(path[2] ? [path[2]] : [])];
  return [path[0]!];
}
