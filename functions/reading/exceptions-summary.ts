import type { DashboardSectionProvider } from '../../shared/capability.ts';
import type { DashboardSection } from '../../shared/contract/dashboard.ts';
import { EXCEPTION_GRADES, VEE_RULES } from '../../shared/contract/readings.ts';
import { keys } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';

/**
 * The dashboard's exception card: the open VEE exceptions of the regions in scope by rule (a COUNT
 * Query of each region's queue per rule, gsi3) and by grade (gsi2) — no item is read. `null` when
 * nothing is open: an empty queue shows as "no open exceptions", not as a row of zeros.
 */
export const readingExceptionsSection: DashboardSectionProvider<'readingExceptions'> = async ({ store, regions }) => {
  const t = store.tenantId;
  const sum = async <K extends string>(names: readonly K[], pk: (regionId: string, name: K) => string, index: typeof Index.readingExceptionsByRule | typeof Index.readingExceptionsByGrade) => {
    const entries = await Promise.all(names.map(async (name) => [name, (await Promise.all(regions.map((r) => store.count({ index, pk: pk(r, name) })))).reduce((a, b) => a + b, 0)] as const));
    return Object.fromEntries(entries) as Record<K, number>;
  };
  const [byRule, byGrade] = await Promise.all([
    sum(VEE_RULES, (r, rule) => keys.exceptionQueueByRule(t, r, 'open', rule), Index.readingExceptionsByRule),
    sum(EXCEPTION_GRADES, (r, grade) => keys.exceptionQueueByGrade(t, r, 'open', grade), Index.readingExceptionsByGrade),
  ]);
  const open = Object.values(byGrade).reduce((a, b) => a + b, 0);
  const section: DashboardSection<'readingExceptions'> = { open, byRule, byGrade };
  return open ? section : null;
};
