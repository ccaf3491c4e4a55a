import type { TFunction } from 'i18next';
import { KPI_NAMES, type AssessmentSummary, type KpiName, type UnitLevel, type UnitScorecard } from '../../../../shared/contract/assessments.ts';
import { KPI_LABEL } from '../../../../shared/contract/assessments-policy.ts';

/** The KPIs whose drill-down lists items (GET /v1/assessments/{id}/items refuses the others). */
export const DRILLABLE: readonly KpiName[] = ['repair-timeliness', 'first-time-fix', 'reply-rate', 'return-visit-rate', 'read-rate'];

/** A KPI's name in the user's language: the policy's own label (shared/contract/assessments-policy.ts). */
export const kpiLabel = (kpi: KpiName, language: string): string => KPI_LABEL[kpi][language === 'en' ? 'en' : 'zh-CN'];

/** The KPIs any unit of the list is assessed on, in the contract's order (the columns of its table). */
export const kpisOfUnits = (units: readonly UnitScorecard[]): KpiName[] => KPI_NAMES.filter((k) => units.some((u) => u.kpis.some((s) => s.kpi === k)));

/** A unit's name: the dispatch center is named in the user's language (the API stores its Chinese name). */
export const unitName = (t: TFunction<'translation'>, unit: Pick<UnitScorecard, 'level' | 'name'>): string => (unit.level === 'dispatch-center' ? t('assessments.levels.dispatch-center') : unit.name);

/** A 0–100 score as read (one decimal at most). */
export const scoreText = (score: number): string => String(Math.round(score * 10) / 10);

/** A share as the charts' percentage (one decimal), or null (a gap). */
export const chartPercent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);

/** `2026-Q3` as 2026 年第 3 季度 / Q3 2026; `2026` as 2026 年度 / Year 2026. */
export function periodLabel(t: TFunction<'translation'>, period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return t('assessments.periodLabels.quarter', { year: quarter[1], n: quarter[2] });
  return /^\d{4}$/.test(period) ? t('assessments.periodLabels.year', { year: period }) : period;
}

/** The periods of the list in its order (newest first), each with its versions (newest first). */
export function byPeriod(assessments: readonly AssessmentSummary[]): { period: string; versions: AssessmentSummary[] }[] {
  const periods: { period: string; versions: AssessmentSummary[] }[] = [];
  for (const a of assessments) {
    const group = periods.find((p) => p.period === a.period);
    if (group) group.versions.push(a);
    else periods.push({ period: a.period, versions: [a] });
  }
  return periods;
}

/** The levels the user may look at: the dispatch center is the whole tenant, for those who see every region. */
export const visibleLevels = (seesEveryRegion: boolean): UnitLevel[] => (seesEveryRegion ? ['region', 'dispatch-center', 'staff'] : ['region', 'staff']);
