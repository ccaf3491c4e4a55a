import type { ReadingVeePolicy } from '../../../shared/contract/reading-policies.ts';
import { duplicate } from './duplicate.ts';
import { estimates } from './estimates.ts';
import { expectedUse } from './expected.ts';
import { high } from './high.ts';
import { icCardNoPurchase } from './ic-card-no-purchase.ts';
import { inactive } from './inactive.ts';
import { low } from './low.ts';
import { negative } from './negative.ts';
import { outOfOrder } from './out-of-order.ts';
import { rollover } from './rollover.ts';
import { daysBetween, round3, type Candidate, type Expected, type Facts, type Finding, type VeeContext } from './types.ts';
import { zero } from './zero.ts';

export interface Validation {
  /** m³ since the previous reading (across a rollover); null when it cannot be computed. */
  consumption: number | null;
  days: number | null;
  exceptions: Finding[];
  /** The reading this one repeats (`duplicate`): it is not stored again. */
  duplicateOf?: string | null;
  expected: Expected;
  /** Some exception is blocking: the reading stays out of billing until reviewed. */
  blocking: boolean;
}

/**
 * Every VEE rule over one reading. A duplicate is only that; a reading dated before the previous
 * one has no consumption to judge; otherwise the register rules (rollover, negative) fix the
 * consumption and the rest judge it. Pure: the same facts give the same answer.
 */
export function validate(reading: Candidate, context: VeeContext, policy: ReadingVeePolicy): Validation {
  const none: Expected = { basis: 'none', dailyUse: null, used: [] };
  const done = (v: Omit<Validation, 'blocking'>): Validation => ({ ...v, blocking: v.exceptions.some((e) => e.grade === 'blocking') });

  const dup = duplicate(reading, context, policy);
  if (dup) {
    const { of, ...finding } = dup;
    return done({ consumption: null, days: null, exceptions: [finding], duplicateOf: of, expected: none });
  }
  const late = outOfOrder(reading, context, policy);
  if (late) return done({ consumption: null, days: null, exceptions: [late], expected: none });

  const days = daysBetween(context.previous.readAt, reading.readAt);
  const delta = round3(reading.value - context.previous.value);
  const expected = expectedUse(context.history, reading.readAt, policy);
  const base = { reading, context, policy, days, delta, expected };
  const turned = rollover(base);
  const facts: Facts = { ...base, consumption: turned ? turned.consumption : delta };
  const findings = [turned && { rule: turned.rule, grade: turned.grade, evidence: turned.evidence }, negative(facts), inactive(facts), zero(facts), high(facts), low(facts), estimates(facts), icCardNoPurchase(facts)];
  return done({ consumption: facts.consumption, days: round3(days), exceptions: findings.filter((f): f is Finding => Boolean(f)), expected });
}
