import { evidence, expectedRange, type Facts, type Finding } from './types.ts';

/** `high`: more than `high.factor` × the expected use over the reading's days. */
export function high(f: Facts): Finding | undefined {
  const range = expectedRange(f);
  if (!range || f.consumption <= range.max) return undefined;
  return {
    rule: 'high',
    grade: f.policy.high.grade,
    evidence: evidence(f, `${f.consumption} m³ is more than ${f.policy.high.factor}× the expected ${range.expected} m³`, { consumption: f.consumption, expected: range.expected, factor: f.policy.high.factor }, true),
  };
}
