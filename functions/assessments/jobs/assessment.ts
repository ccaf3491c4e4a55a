import type { AssessmentKind, AssessmentSummary, UnitScorecard } from '../../../shared/contract/assessments.ts';
import { assessmentsKpisPolicy } from '../../../shared/contract/assessments-policy.ts';
import { absent, type TenantStore } from '../../../shared/db/tenant-store.ts';
import { assessmentFromItem, assessmentHeaderItem, assessmentListItem, assessmentUnitItem, assessmentVersionGuard } from '../../../shared/entities/assessment.ts';
import type { User } from '../../../shared/entities/user.ts';
import { conflictError, isDomainError } from '../../../shared/errors.ts';
import type { JobImpl } from '../../../shared/jobs/job.ts';
import { keys } from '../../../shared/keys.ts';
import { localDay, localDayBounds } from '../../../shared/local-time.ts';
import { daysOf, lastEndedPeriod, previousPeriods } from '../../../shared/periods.ts';
import { policyInForce } from '../../../shared/policies/policy-store.ts';
import { Index } from '../../../shared/table.ts';
import { tenantRegions, tenantTimeZone } from '../../../shared/tenant-profile.ts';
import { periodFacts } from '../period-facts.ts';
import { scorecards, unitsOf, type PeriodFacts } from '../scorecards.ts';

/**
 * `assessment-quarterly` (2:00 on the 1st of January, April, July and October) and
 * `assessment-annual` (3:00 on 1 January), tenant time: the scorecards of the quarter (year) that
 * ended last before the run's "as of" day — so a run as of any date back-fills that period.
 *
 * Reads the period's counters and those of the trend's earlier periods (period-facts.ts), scores
 * them under the `assessments.kpis` in force as of the run, and writes an immutable snapshot whose
 * id is the run's: the unit items first (idempotent puts), then in one transaction the header,
 * the list item and the period's next version number. A resumed run finds its header written and
 * is done; a second run of the period is a new version, the earlier ones kept.
 */
const VERSION_ATTEMPTS = 5;

async function usernames(store: TenantStore): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for await (const page of store.queryPages<User>({ index: Index.tenantUsers, pk: keys.tenantUsers(store.tenantId), limit: 500 })) for (const u of page.items) names.set(u.username, u.name);
  return names;
}

const nextVersion = async (store: TenantStore, period: string) => 1 + (await store.count({ pk: keys.assessments(store.tenantId), sk: { beginsWith: keys.assessmentListSort(period, '') } }));

export const assessmentJob = (kind: AssessmentKind): Pick<JobImpl, 'run'> => ({
  async run({ store, asOf, runId, progress }): Promise<Record<string, number>> {
    const t = store.tenantId;
    const timeZone = await tenantTimeZone(store);
    const period = lastEndedPeriod(kind, localDay(asOf, timeZone));
    const { first, last } = daysOf(period);
    const [from, to] = [localDayBounds(first, timeZone).start, localDayBounds(last, timeZone).end];
    // "As of" a day after today would assess a period still running as if it were final.
    if (to.getTime() > Date.now()) throw new Error(`${period} has not ended yet (it ends ${to.toISOString()}): run as of a day after it ends`);
    const done = await store.get(keys.assessmentHeader(t, runId), true);
    if (done) return { version: assessmentFromItem(done).version, already: 1 };

    const { values: policy, ref } = await policyInForce(store, assessmentsKpisPolicy, asOf);
    const [regions, users] = await Promise.all([tenantRegions(store), usernames(store)]);
    const regionIds = regions.map((r) => r.regionId);
    const periods = [...previousPeriods(period, policy.trendPeriods), period];
    const facts: PeriodFacts[] = [];
    for (const p of periods) {
      facts.push(await periodFacts(store, p, regionIds, [...users.keys()]));
      await progress({ done: facts.length, total: periods.length + 1, counts: { periods: facts.length } });
    }
    const current = facts.at(-1)!;
    const units = unitsOf(regions, facts, (username) => users.get(username) ?? username);
    const cards: UnitScorecard[] = scorecards(units, current, facts.slice(0, -1), policy);
    await store.putMany(cards.map((card) => assessmentUnitItem(t, runId, card)));

    const count = (level: string) => cards.filter((c) => c.level === level).length;
    const base: Omit<AssessmentSummary, 'version'> = {
      id: runId,
      kind,
      period,
      asOf: asOf.toISOString(),
      computedAt: new Date().toISOString(),
      runId,
      timeZone,
      from: from.toISOString(),
      to: to.toISOString(),
      policy: { versionId: ref.versionId, effectiveFrom: ref.effectiveFrom },
      units: { region: count('region'), 'dispatch-center': count('dispatch-center'), staff: count('staff') },
    };
    for (let attempt = 1; ; attempt++) {
      const summary: AssessmentSummary = { ...base, version: await nextVersion(store, period) };
      try {
        await store.commit({
          writes: [
            { kind: 'put', item: assessmentVersionGuard(t, period, summary.version), condition: absent(conflictError('assessment-version-taken', 'the version was taken meanwhile', { period })) },
            { kind: 'put', item: assessmentHeaderItem(t, summary), condition: absent(conflictError('assessment-exists', 'the snapshot exists', { id: runId })) },
            { kind: 'put', item: assessmentListItem(t, summary) },
          ],
          audit: { action: 'assessment.computed', subject: { type: 'assessment', id: runId }, summary: `${kind} assessment ${period} v${summary.version}`, detail: { period, version: summary.version, units: summary.units, policyVersionId: ref.versionId } },
          events: [{ type: 'assessment.computed', data: { assessmentId: runId, kind, period, version: summary.version } }],
        });
        return { units: cards.length, version: summary.version, periods: periods.length };
      } catch (error) {
        if (isDomainError(error, 'assessment-exists')) return { version: assessmentFromItem((await store.get(keys.assessmentHeader(t, runId), true))!).version, already: 1 };
        if (!isDomainError(error, 'assessment-version-taken') || attempt >= VERSION_ATTEMPTS) throw error;
      }
    }
  },
});
