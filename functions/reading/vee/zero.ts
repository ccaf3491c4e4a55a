import { evidence, type Facts, type Finding } from './types.ts';

/** `zero`: no consumption on an account with gas on (a stopped meter, nobody home, a bypass). */
export function zero(f: Facts): Finding | undefined {
  if (f.consumption !== 0 || f.context.accountState !== 'gas-on') return undefined;
  return {
    rule: 'zero',
    grade: f.policy.zero.grade,
    evidence: evidence(f, `no consumption in ${Math.round(f.days)} days on an account with gas on`, { days: Math.round(f.days * 10) / 10, accountState: f.context.accountState }, true),
  };
}
