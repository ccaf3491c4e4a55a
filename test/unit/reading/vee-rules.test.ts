import { duplicate } from '../../../functions/reading/vee/duplicate.ts';
import { estimates } from '../../../functions/reading/vee/estimates.ts';
import { expectedUse } from '../../../functions/reading/vee/expected.ts';
import { high } from '../../../functions/reading/vee/high.ts';
import { icCardNoPurchase } from '../../../functions/reading/vee/ic-card-no-purchase.ts';
import { inactive } from '../../../functions/reading/vee/inactive.ts';
import { low } from '../../../functions/reading/vee/low.ts';
import { negative } from '../../../functions/reading/vee/negative.ts';
import { outOfOrder } from '../../../functions/reading/vee/out-of-order.ts';
import { rollover } from '../../../functions/reading/vee/rollover.ts';
import { daysBetween, round3, type Candidate, type Facts, type VeeContext } from '../../../functions/reading/vee/types.ts';
import { zero } from '../../../functions/reading/vee/zero.ts';
import type { ReadingVeePolicy } from '../../../shared/contract/reading-policies.ts';
import { at, context, LAST_READ_AT, monthly, policy, reading } from './fixtures.ts';

/** The facts `validate` gives the consumption rules (no rollover: consumption = delta). */
function facts(r: Candidate, ctx: VeeContext = context(), p: ReadingVeePolicy = policy, consumption?: number): Facts {
  const delta = round3(r.value - ctx.previous.value);
  return { reading: r, context: ctx, policy: p, days: daysBetween(ctx.previous.readAt, r.readAt), delta, consumption: consumption ?? delta, expected: expectedUse(ctx.history, r.readAt, p) };
}

describe('expected use', () => {
  it.each([
    ['six months of 30 m³ in 30 days', monthly(6), 'history', 1],
    ['no history', [], 'none', null],
    ['estimates do not count', monthly(3, 1200, 30, { source: 'estimate' }), 'none', null],
    ['held readings do not count', monthly(3, 1200, 30, { billable: false }), 'none', null],
    ['only the last historyReadings (6) of 9: three of 60 m³, then 30 m³', monthly(9).map((h, i) => (i < 3 ? { ...h, consumption: 60 } : h)), 'history', 1.5],
  ] as const)('%s → %s, %p m³/day', (_name, history, basis, daily) => {
    const e = expectedUse(history as never, at(30), policy);
    expect(e.basis).toBe(basis);
    expect(e.dailyUse === null ? null : round3(e.dailyUse)).toBe(daily);
  });

  it('prefers the same period last year (a winter month)', () => {
    const history = monthly(13);
    // The reading that ended a year before the new one used 120 m³ in 30 days (winter heating).
    const yearBefore = new Date(Date.parse(at(30)) - 365 * 86_400_000).toISOString();
    const withWinter = history.map((h) => (Math.abs(Date.parse(h.readAt) - Date.parse(yearBefore)) < 16 * 86_400_000 ? { ...h, consumption: 120 } : h));
    const e = expectedUse(withWinter, at(30), policy);
    expect(e).toMatchObject({ basis: 'same-period-last-year', dailyUse: 4 });
    expect(e.used).toHaveLength(1);
  });
});

describe('duplicate', () => {
  it.each([
    ['same value, 2 h later', reading(1200, 2 / 24), true],
    ['same value, 23 h later', reading(1200, 23 / 24), true],
    ['same value, 2 days later', reading(1200, 2), false],
    ['another value, 1 h later', reading(1201, 1 / 24), false],
    ['same value as an older reading, same instant', { value: 1170, readAt: new Date(Date.parse(LAST_READ_AT) - 30 * 86_400_000).toISOString(), source: 'field' as const }, true],
  ] as const)('%s → %p', (_name, r, fires) => {
    const found = duplicate(r, context(), policy);
    expect(Boolean(found)).toBe(fires);
    if (found) expect(found).toMatchObject({ rule: 'duplicate', grade: 'info', evidence: { facts: { windowHours: 24 } } });
  });

  it('never fires against the start read (no reading yet)', () => {
    expect(duplicate({ value: 0, readAt: '2025-01-01T05:00:00Z', source: 'field' }, context({}, []), policy)).toBeUndefined();
  });
});

describe('out-of-order', () => {
  it.each([
    ['a day before the previous', reading(1230, -1), true],
    ['at the same instant', reading(1230, 0), false],
    ['after', reading(1230, 1), false],
  ] as const)('%s → %p', (_name, r, fires) => {
    const found = outOfOrder(r, context(), policy);
    expect(Boolean(found)).toBe(fires);
    if (found) expect(found.evidence.facts).toMatchObject({ previousReadAt: LAST_READ_AT });
  });
});

describe('rollover (5 digits unless said)', () => {
  const near = (value: number) => context({}, monthly(6, value));
  it.each([
    ['99,986 → 11 is 25 m³, plausible with 30 m³/month', near(99_986), reading(11), 25],
    ['99,986 → 95 is 109 m³, more than 3× 30', near(99_986), reading(95), undefined],
    ['without history: 99,986 → 11 is within 10 % of the register', context({ previous: { readingId: 'R1', value: 99_986, readAt: LAST_READ_AT } }, []), reading(11), 25],
    ['without history: 50,000 → 100 would be 50,100 m³', context({ previous: { readingId: 'R1', value: 50_000, readAt: LAST_READ_AT } }, []), reading(100), undefined],
    ['4 digits: 9,990 → 5 is 15 m³', context({ digits: 4 }, monthly(6, 9990)), reading(5), 15],
    ['no rollover when the value went up', near(1200), reading(1230), undefined],
  ] as const)('%s → %p', (_name, ctx, r, consumption) => {
    const { consumption: _c, ...base } = facts(r, ctx);
    const found = rollover(base);
    expect(found?.consumption).toBe(consumption);
    if (found) expect(found).toMatchObject({ rule: 'rollover', grade: 'info' });
  });
});

describe('negative', () => {
  it.each([
    ['below the previous', -30, true],
    ['equal', 0, false],
    ['above', 30, false],
  ] as const)('%s → %p', (_name, consumption, fires) => {
    const found = negative(facts(reading(1200 + consumption), context()));
    expect(Boolean(found)).toBe(fires);
    if (found) expect(found).toMatchObject({ rule: 'negative', grade: 'blocking', evidence: { facts: { consumption: -30 } } });
  });
});

describe('zero', () => {
  it.each([
    ['zero, gas on', 'gas-on', 0, true],
    ['zero, suspended (nothing expected)', 'suspended', 0, false],
    ['some use, gas on', 'gas-on', 5, false],
  ] as const)('%s → %p', (_name, accountState, consumption, fires) => {
    const found = zero(facts(reading(1200 + consumption), context({ accountState })));
    expect(Boolean(found)).toBe(fires);
    if (found) expect(found).toMatchObject({ rule: 'zero', grade: 'review', evidence: { basis: 'history', expectedDailyUse: 1 } });
  });
});

describe('high and low (1 m³/day expected, 30 days: range 6–90)', () => {
  it.each([
    ['91 m³', 91, 'high'],
    ['90 m³ (the limit)', 90, undefined],
    ['30 m³', 30, undefined],
    ['6 m³ (the limit)', 6, undefined],
    ['5 m³', 5, 'low'],
    ['0 m³ is zero, not low', 0, undefined],
  ] as const)('%s → %p', (_name, consumption, rule) => {
    const f = facts(reading(1200 + consumption));
    const found = high(f) ?? low(f);
    expect(found?.rule).toBe(rule);
    if (found) expect(found.evidence).toMatchObject({ basis: 'history', expectedRange: { min: 6, max: 90 }, expectedDailyUse: 1 });
    if (found) expect(found.evidence.history).toHaveLength(6);
  });

  it('does not judge without a history', () => {
    const f = facts(reading(5000), context({ previous: { readingId: 'R1', value: 0, readAt: LAST_READ_AT } }, []));
    expect(high(f)).toBeUndefined();
    expect(low(f)).toBeUndefined();
  });

  it('follows the tenant thresholds and grades', () => {
    const strict: ReadingVeePolicy = { ...policy, high: { factor: 2, grade: 'review' } };
    expect(high(facts(reading(1261), context(), strict))).toMatchObject({ rule: 'high', grade: 'review' });
    expect(high(facts(reading(1261), context(), policy))).toBeUndefined();
  });
});

describe('inactive', () => {
  it.each([
    ['suspended, 30 m³', 'suspended', 30, true],
    ['closed, 1 m³', 'closed', 1, true],
    ['applied, 2 m³', 'applied', 2, true],
    ['suspended, 0 m³', 'suspended', 0, false],
    ['gas on, 30 m³', 'gas-on', 30, false],
  ] as const)('%s → %p', (_name, accountState, consumption, fires) => {
    const found = inactive(facts(reading(1200 + consumption), context({ accountState })));
    expect(Boolean(found)).toBe(fires);
    if (found) expect(found).toMatchObject({ rule: 'inactive', grade: 'blocking', evidence: { facts: { accountState } } });
  });
});

describe('estimates (at most 2 in a row)', () => {
  const withEstimates = (n: number) => monthly(6).map((h, i) => (i < n ? { ...h, source: 'estimate' as const } : h));
  it.each([
    ['a field read', 'field', 2, false],
    ['a first estimate', 'estimate', 0, false],
    ['a second estimate', 'estimate', 1, false],
    ['a third estimate', 'estimate', 2, true],
    ['a fifth estimate', 'estimate', 4, true],
  ] as const)('%s → %p', (_name, source, before, fires) => {
    const found = estimates(facts(reading(1230, 30, { source }), context({}, withEstimates(before))));
    expect(Boolean(found)).toBe(fires);
    if (found) expect(found.evidence.facts).toMatchObject({ consecutive: before + 1, maxConsecutive: 2 });
  });
});

describe('ic-card-no-purchase (90 days)', () => {
  const ic = (lastPurchaseAt?: string) => context({ meterType: 'ic-card', installedAt: '2025-01-01', ...(lastPurchaseAt ? { lastPurchaseAt } : {}) });
  it.each([
    ['purchase 100 days ago, consuming', ic(at(-70)), reading(1230), true],
    ['purchase 60 days ago, consuming', ic(at(-30)), reading(1230), false],
    ['never purchased since 2025-01-01, consuming', ic(), reading(1230), true],
    ['purchase 100 days ago, not consuming', ic(at(-70)), reading(1200), false],
    ['the meter reports a purchase since the previous reading', { ...ic(at(-70)), previous: { ...ic().previous, purchases: 4 } }, reading(1230, 30, { purchases: 5 }), false],
    ['a diaphragm meter', context(), reading(1230), false],
  ] as const)('%s', (_name, ctx, r, fires) => {
    const found = icCardNoPurchase(facts(r, ctx));
    expect(Boolean(found)).toBe(fires);
    if (found) expect(found).toMatchObject({ rule: 'ic-card-no-purchase', grade: 'review' });
  });
  it("its evidence has the card's balance in integer fen, or null when the reader did not report it", () => {
    expect(icCardNoPurchase(facts(reading(1230, 30, { cardBalanceFen: 1235 }), ic(at(-70))))?.evidence.facts).toMatchObject({ cardBalanceFen: 1235, daysWithoutPurchase: 100 });
    expect(icCardNoPurchase(facts(reading(1230), ic(at(-70))))?.evidence.facts).toMatchObject({ cardBalanceFen: null });
  });
});
