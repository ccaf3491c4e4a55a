import type { Candidate, Finding, VeeContext } from './types.ts';
import type { ReadingVeePolicy } from '../../../shared/contract/reading-policies.ts';

/**
 * `duplicate`: the meter already has a reading of the same value within `duplicate.windowHours`
 * (the same read submitted twice: a retry without its idempotency key, two readers at once).
 * Runs before the consumption is known; the duplicate is not stored again.
 */
export function duplicate(reading: Candidate, context: VeeContext, policy: ReadingVeePolicy): (Finding & { of: string | null }) | undefined {
  const window = policy.duplicate.windowHours * 3_600_000;
  const at = Date.parse(reading.readAt);
  const known = [context.previous, ...context.history].filter((h) => h.readingId !== null);
  const same = known.find((h) => h.value === reading.value && Math.abs(Date.parse(h.readAt) - at) <= window);
  if (!same) return undefined;
  return {
    rule: 'duplicate',
    grade: policy.duplicate.grade,
    of: same.readingId,
    evidence: {
      summary: `the meter has reading ${same.readingId} of ${same.value} at ${same.readAt}, within ${policy.duplicate.windowHours} h`,
      basis: 'none',
      expectedDailyUse: null,
      expectedRange: null,
      history: [{ readingId: same.readingId, readAt: same.readAt, value: same.value, consumption: null, days: null, source: same.source ?? 'field' }],
      facts: { duplicateOf: same.readingId, windowHours: policy.duplicate.windowHours },
    },
  };
}
