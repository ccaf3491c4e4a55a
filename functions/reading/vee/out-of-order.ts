import type { ReadingVeePolicy } from '../../../shared/contract/reading-policies.ts';
import type { Candidate, Finding, VeeContext } from './types.ts';

/** `out-of-order`: the reading is dated before the meter's previous reading; its consumption cannot be computed as is. */
export function outOfOrder(reading: Candidate, context: VeeContext, policy: ReadingVeePolicy): Finding | undefined {
  const { previous } = context;
  if (Date.parse(reading.readAt) >= Date.parse(previous.readAt)) return undefined;
  return {
    rule: 'out-of-order',
    grade: policy.outOfOrder.grade,
    evidence: {
      summary: `read at ${reading.readAt}, before the previous reading of ${previous.readAt}`,
      basis: 'none',
      expectedDailyUse: null,
      expectedRange: null,
      history: [{ readingId: previous.readingId, readAt: previous.readAt, value: previous.value, consumption: null, days: null, source: previous.source ?? (previous.readingId ? 'field' : 'start') }],
      facts: { readAt: reading.readAt, previousReadAt: previous.readAt, previousValue: previous.value },
    },
  };
}
