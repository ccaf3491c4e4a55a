import { evidence, type Facts, type Finding } from './types.ts';

/** `negative`: the value is below the previous one and no plausible rollover explains it (a misread, a meter swapped or turned back). */
export function negative(f: Facts): Finding | undefined {
  if (f.consumption >= 0) return undefined;
  return {
    rule: 'negative',
    grade: f.policy.negative.grade,
    evidence: evidence(f, `value ${f.reading.value} is below the previous ${f.context.previous.value} (${f.consumption} m³)`, {
      value: f.reading.value,
      previousValue: f.context.previous.value,
      consumption: f.consumption,
      digits: f.context.digits,
    }),
  };
}
