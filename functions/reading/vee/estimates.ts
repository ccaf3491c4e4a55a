import { evidence, type Facts, type Finding } from './types.ts';

/** `estimates`: an estimate after `estimates.maxConsecutive` estimates in a row (不得估抄: somebody must read the meter). */
export function estimates(f: Facts): Finding | undefined {
  if (f.reading.source !== 'estimate') return undefined;
  let inARow = 1;
  for (const h of f.context.history) {
    if (h.source !== 'estimate') break;
    inARow += 1;
  }
  if (inARow <= f.policy.estimates.maxConsecutive) return undefined;
  return {
    rule: 'estimates',
    grade: f.policy.estimates.grade,
    evidence: evidence(f, `${inARow} estimates in a row (at most ${f.policy.estimates.maxConsecutive})`, { consecutive: inARow, maxConsecutive: f.policy.estimates.maxConsecutive }),
  };
}
