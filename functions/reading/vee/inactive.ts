import { evidence, type Facts, type Finding } from './types.ts';

/** `inactive`: consumption on an account without gas on (applied, accepted, suspended or closed): use without supply. */
export function inactive(f: Facts): Finding | undefined {
  if (f.consumption <= 0 || f.context.accountState === 'gas-on') return undefined;
  return {
    rule: 'inactive',
    grade: f.policy.inactive.grade,
    evidence: evidence(f, `${f.consumption} m³ on an account that is ${f.context.accountState}`, { consumption: f.consumption, accountState: f.context.accountState }),
  };
}
