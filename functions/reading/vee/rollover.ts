import { evidence, expectedRange, round3, type Facts, type Finding } from './types.ts';

/**
 * `rollover`: the register passed its largest value and started again (99,986 → 11 on 5 digits is
 * 25 m³). Accepted, with the consumption across it, when that is plausible: not more than the high
 * threshold of the expected use, or, without a history, not more than `rollover.maxShareOfRegister`
 * of the register. An implausible one is left to `negative`.
 */
export function rollover(f: Omit<Facts, 'consumption'>): (Finding & { consumption: number }) | undefined {
  if (f.delta >= 0) return undefined;
  const register = 10 ** f.context.digits;
  const across = round3(register - f.context.previous.value + f.reading.value);
  if (across <= 0) return undefined;
  const range = expectedRange(f);
  const limit = range ? range.max : round3(register * f.policy.rollover.maxShareOfRegister);
  if (across > limit) return undefined;
  return {
    rule: 'rollover',
    grade: f.policy.rollover.grade,
    consumption: across,
    evidence: evidence(
      f,
      `register of ${f.context.digits} digits rolled over: ${f.context.previous.value} → ${f.reading.value} is ${across} m³ (plausible up to ${limit})`,
      { digits: f.context.digits, previousValue: f.context.previous.value, value: f.reading.value, consumption: across, limit },
      range !== null,
    ),
  };
}
