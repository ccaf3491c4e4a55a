import { evidence, expectedRange, type Facts, type Finding } from './types.ts';

/** `low`: some consumption, but under `low.factor` × the expected use (a slow meter); zero is the `zero` rule's. */
export function low(f: Facts): Finding | undefined {
  const range = expectedRange(f);
  if (!range || f.consumption <= 0 || f.consumption >= range.min) return undefined;
  return {
    rule: 'low',
    grade: f.policy.low.grade,
    evidence: evidence(f, `${f.consumption} m³ is under ${f.policy.low.factor}× the expected ${range.expected} m³`, { consumption: f.consumption, expected: range.expected, factor: f.policy.low.factor }, true),
  };
}
