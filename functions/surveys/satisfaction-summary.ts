import type { DashboardSectionProvider } from '../../shared/capability.ts';
import { statsRowOf, type StatsRow } from '../../shared/entities/survey.ts';
import { keys, SURVEY_SHARDS } from '../../shared/keys.ts';
import { localDay } from '../../shared/local-time.ts';
import { monthOf } from '../../shared/periods.ts';
import { figuresOf } from './results.ts';

/** Months the dashboard's satisfaction trend covers, ending with the current one. */
export const TREND_MONTHS = 12;

/**
 * The dashboard's satisfaction trend: per tenant-local month of the last TREND_MONTHS, the share
 * of satisfied responses (answers and ticket return visits, as the results count them) of the
 * regions in scope, 0–100. Reads the tenant's figures items of those months only; a month without
 * a response is left out (no data is not 0), and no response at all is `null`.
 */
export const satisfactionSection: DashboardSectionProvider<'satisfactionTrend'> = async ({ store, regions, timeZone }) => {
  const today = localDay(new Date(), timeZone);
  const last = monthOf(today);
  const year = Number(last.slice(0, 4));
  const month = Number(last.slice(5, 7));
  const firstIndex = year * 12 + month - 1 - (TREND_MONTHS - 1);
  const first = `${Math.floor(firstIndex / 12)}-${String((firstIndex % 12) + 1).padStart(2, '0')}`;
  const rows: StatsRow[] = (
    await Promise.all(Array.from({ length: SURVEY_SHARDS }, (_, shard) => store.query({ pk: keys.surveyTenantStats(store.tenantId, shard), sk: { between: [`${first}#`, `${last}#~`] }, limit: 1000 })))
  )
    .flatMap((p) => p.items.map(statsRowOf))
    .filter((r) => regions.includes(r.regionId));
  const byMonth = new Map<string, StatsRow['counters']>();
  for (const row of rows) {
    const total = byMonth.get(row.period) ?? {};
    for (const [k, v] of Object.entries(row.counters)) total[k] = (total[k] ?? 0) + v;
    byMonth.set(row.period, total);
  }
  const points = [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, counters]) => ({ period, figures: figuresOf(counters) }))
    .filter((p) => p.figures.satisfaction.rate !== null)
    .map((p) => ({ period: p.period, score: Math.round(p.figures.satisfaction.rate! * 1000) / 10, responses: p.figures.responses }));
  return points.length ? points : null;
};
