import { validate } from '../../../functions/reading/vee/validate.ts';
import { VEE_RULES } from '../../../shared/contract/readings.ts';
import { context, monthly, policy, reading } from './fixtures.ts';

/** All rules together: which exceptions a reading raises, and the consumption it is billed for. */
describe('validate', () => {
  it.each([
    ['a normal month', context(), reading(1230), 30, []],
    ['rollover 99,986 → 11 on 5 digits', context({}, monthly(6, 99_986)), reading(11), 25, ['rollover']],
    ['an implausible drop is negative', context(), reading(1100), -100, ['negative']],
    ['zero on an active account', context(), reading(1200), 0, ['zero']],
    ['high', context(), reading(1400), 200, ['high']],
    ['low', context(), reading(1203), 3, ['low']],
    ['use on a suspended account (nothing expected: no low)', context({ accountState: 'suspended' }), reading(1203), 3, ['inactive', 'low']],
    ['a duplicate', context(), reading(1200, 0.1), null, ['duplicate']],
    ['dated before the previous', context(), reading(1190, -3), null, ['out-of-order']],
    ['a third estimate in a row', context({}, monthly(6).map((h, i) => (i < 2 ? { ...h, source: 'estimate' as const } : h))), reading(1230, 30, { source: 'estimate' }), 30, ['estimates']],
    ['an IC card never topped up', context({ meterType: 'ic-card' }), reading(1230), 30, ['ic-card-no-purchase']],
    ['the first reading after installation (start read 0)', context({}, []), reading(40), 40, []],
  ] as const)('%s → %p m³, %j', (_name, ctx, r, consumption, rules) => {
    const v = validate(r, ctx, policy);
    expect(v.consumption).toBe(consumption);
    expect(v.exceptions.map((e) => e.rule)).toEqual(rules);
    expect(v.blocking).toBe(v.exceptions.some((e) => e.grade === 'blocking'));
  });

  it('names the reading a duplicate repeats', () => {
    expect(validate(reading(1200, 0.1), context(), policy).duplicateOf).toBe('R06');
  });

  it('grades as the tenant set', () => {
    const v = validate(reading(1100), context(), { ...policy, negative: { grade: 'review' } });
    expect(v).toMatchObject({ blocking: false, exceptions: [{ rule: 'negative', grade: 'review' }] });
  });

  /** Properties over many generated readings (fast-check is not installed: a seeded generator). */
  it('for any reading after the previous: the consumption is the difference or across a rollover, and every rule named is public', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const digits = 4 + Math.floor(rand() * 4);
      const previousValue = Math.floor(rand() * 10 ** digits);
      const value = Math.floor(rand() * 10 ** digits);
      const ctx = context({ digits }, monthly(1 + Math.floor(rand() * 6), previousValue, Math.floor(rand() * 100)));
      const v = validate(reading(value, 1 + rand() * 90), ctx, policy);
      for (const e of v.exceptions) expect(VEE_RULES).toContain(e.rule);
      if (v.exceptions.some((e) => e.rule === 'rollover')) {
        expect(v.consumption).toBeCloseTo(10 ** digits - previousValue + value, 3);
        expect(v.consumption!).toBeGreaterThan(0);
      } else {
        expect(v.consumption).toBeCloseTo(value - previousValue, 3);
      }
      expect(v.exceptions.some((e) => e.rule === 'negative')).toBe(v.consumption! < 0);
    }
  });
});
