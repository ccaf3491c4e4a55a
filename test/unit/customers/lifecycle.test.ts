import type { Lifecycle, LifecycleState } from '../../../shared/entities/customer.ts';
import { decide, TRANSITIONS, type LifecycleAction } from '../../../functions/customers/lifecycle.ts';
import type { CustomerClass } from '../../../shared/contract/customers.ts';
import { customersLifecyclePolicy, type CustomersLifecyclePolicy } from '../../../shared/contract/customers-policies.ts';
import { inDailyWindow } from '../../../shared/local-time.ts';

const DAY = new Date('2026-03-10T10:00:00+08:00');
const NIGHT = new Date('2026-03-10T23:30:00+08:00');
const signed = { supply: { signedAt: '2026-01-05T09:00:00+08:00' }, 'safe-use': { signedAt: '2026-01-05T09:00:00+08:00' } };
const acceptance = { passedAt: '2026-01-04T09:00:00+08:00', inspector: '陈刚' };
const suspendedAt = '2026-03-01T09:00:00.000Z';

const applied: Lifecycle = { state: 'applied', contracts: {} };
const appliedSigned: Lifecycle = { state: 'applied', contracts: signed };
const accepted: Lifecycle = { state: 'accepted', acceptance, contracts: signed };
const acceptedUnsigned: Lifecycle = { state: 'accepted', acceptance, contracts: { supply: signed.supply } };
const gasOn: Lifecycle = { state: 'gas-on', acceptance, contracts: signed, gasOnAt: '2026-01-06T09:00:00.000Z' };
const suspended: Lifecycle = { ...gasOn, state: 'suspended', suspension: { reason: 'arrears', at: suspendedAt } };
const closed: Lifecycle = { ...suspended, state: 'closed', closure: { reason: '搬迁', at: '2026-03-02T09:00:00.000Z' } };

const accept: LifecycleAction = { action: 'accept', inspectionPassedAt: '2026-03-09T09:00:00+08:00', inspector: '赵磊' };
const gasOnAction: LifecycleAction = { action: 'gas-on' };
const suspendArrears: LifecycleAction = { action: 'suspend', reason: 'arrears' };
const suspendHazard: LifecycleAction = { action: 'suspend', reason: 'hazard' };
const restoreAfter: LifecycleAction = { action: 'restore', safetyCheckPassedAt: '2026-03-05T09:00:00.000Z' };
const restoreBefore: LifecycleAction = { action: 'restore', safetyCheckPassedAt: '2026-02-28T09:00:00.000Z' };
const close: LifecycleAction = { action: 'close', reason: '用户申请销户' };
const signSafeUse: LifecycleAction = { action: 'sign-contract', contract: 'safe-use', signedAt: '2026-03-09T09:00:00+08:00' };

const defaults = customersLifecyclePolicy.defaults;
/** The provincial pack's values: no restoration of residential supply 22:00–06:00. */
const nightBan: CustomersLifecyclePolicy = { ...defaults, restorationBan: { start: '22:00', end: '06:00' }, restorationBanClasses: ['residential'] };
/** A tenant that turned the special-care night protection off. */
const noNightProtection: CustomersLifecyclePolicy = { ...defaults, specialCareNight: null };
/** A tenant with a longer protection window. */
const longNight: CustomersLifecyclePolicy = { ...defaults, specialCareNight: { start: '20:00', end: '08:00' } };
const EVENING = new Date('2026-03-10T21:00:00+08:00');

type Case = [string, Lifecycle, LifecycleAction, { now?: Date; specialCare?: boolean; policy?: CustomersLifecyclePolicy; customerClass?: CustomerClass }, LifecycleState | RegExp];

/** [case, from, action, circumstances, expected state or the refusal's reason]. */
const CASES: Case[] = [
  ['accept an application', applied, accept, {}, 'accepted'],
  ['accept twice', accepted, accept, {}, /acceptance happens once/],
  ['gas-on without acceptance', appliedSigned, gasOnAction, {}, /passed acceptance inspection/],
  ['gas-on without the safe-use contract', acceptedUnsigned, gasOnAction, {}, /safe-use contract signed/],
  ['gas-on without any contract', { ...accepted, contracts: {} }, gasOnAction, {}, /supply and safe-use contracts/],
  ['gas-on accepted and signed', accepted, gasOnAction, {}, 'gas-on'],
  ['gas-on when on already', gasOn, gasOnAction, {}, /gas-on already/],
  ['gas-on a suspended account', suspended, gasOnAction, {}, /restore it after a safety check/],
  ['suspend by day', gasOn, suspendArrears, {}, 'suspended'],
  ['suspend at night', gasOn, suspendArrears, { now: NIGHT }, 'suspended'],
  ['suspend special care by day', gasOn, suspendArrears, { specialCare: true }, 'suspended'],
  ['suspend special care at night for arrears', gasOn, suspendArrears, { now: NIGHT, specialCare: true }, /not suspended between 22:00 and 06:00/],
  ['suspend special care at night for customer request', gasOn, { action: 'suspend', reason: 'customer-request' }, { now: NIGHT, specialCare: true }, /except for a hazard/],
  ['suspend special care at night for a hazard', gasOn, suspendHazard, { now: NIGHT, specialCare: true }, 'suspended'],
  ['suspend special care at night when the tenant has no protection window', gasOn, suspendArrears, { now: NIGHT, specialCare: true, policy: noNightProtection }, 'suspended'],
  ['suspend special care at 21:00 under a 20:00–08:00 window', gasOn, suspendArrears, { now: EVENING, specialCare: true, policy: longNight }, /not suspended between 20:00 and 08:00/],
  ['suspend special care at 21:00 under the default window', gasOn, suspendArrears, { now: EVENING, specialCare: true }, 'suspended'],
  ['restore residential at night under the provincial ban', suspended, restoreAfter, { now: NIGHT, policy: nightBan, customerClass: 'residential' }, /residential supply is not restored between 22:00 and 06:00/],
  ['restore commercial at night under the provincial ban', suspended, restoreAfter, { now: NIGHT, policy: nightBan, customerClass: 'commercial' }, 'gas-on'],
  ['restore residential by day under the provincial ban', suspended, restoreAfter, { policy: nightBan, customerClass: 'residential' }, 'gas-on'],
  ['restore residential at night without the ban (default)', suspended, restoreAfter, { now: NIGHT, customerClass: 'residential' }, 'gas-on'],
  ['suspend an application', applied, suspendArrears, {}, /not supplied/],
  ['suspend twice', suspended, suspendArrears, {}, /suspended, not supplied/],
  ['restore after a safety check', suspended, restoreAfter, {}, 'gas-on'],
  ['restore with a check before the suspension', suspended, restoreBefore, {}, /safety check passed after the suspension/],
  ['restore a supplied account', gasOn, restoreAfter, {}, /not suspended/],
  ['close a suspended account', suspended, close, {}, 'closed'],
  ['close an application', applied, close, {}, 'closed'],
  ['close a supplied account', gasOn, close, {}, /suspend it first/],
  ['close twice', closed, close, {}, /account is closed/],
  ['restore a closed account', closed, restoreAfter, {}, /account is closed/],
  ['sign a contract on an application', applied, signSafeUse, {}, 'applied'],
  ['sign a contract while supplied', gasOn, signSafeUse, {}, 'gas-on'],
  ['sign a contract on a closed account', closed, signSafeUse, {}, /account is closed/],
];

describe('account lifecycle', () => {
  it.each(CASES)('%s', (_name, from, action, circumstances, expected) => {
    const decision = decide(from, action, { now: circumstances.now ?? DAY, timeZone: 'Asia/Shanghai', specialCare: circumstances.specialCare ?? false, policy: circumstances.policy, customerClass: circumstances.customerClass });
    if (typeof expected === 'string') {
      expect(decision).toMatchObject({ ok: true, from: from.state, to: expected });
    } else {
      expect(decision.ok).toBe(false);
      if (!decision.ok) {
        expect(decision.kind).toBe('illegal-transition');
        expect(decision.reason).toMatch(expected);
      }
    }
  });

  it('records the facts each transition needs', () => {
    const afterAccept = decide(applied, accept, { now: DAY, specialCare: false });
    expect(afterAccept.ok && afterAccept.next.acceptance).toEqual({ passedAt: '2026-03-09T09:00:00+08:00', inspector: '赵磊' });
    const afterSign = decide(acceptedUnsigned, signSafeUse, { now: DAY, specialCare: false });
    expect(afterSign.ok && afterSign.next.contracts['safe-use']).toEqual({ signedAt: '2026-03-09T09:00:00+08:00' });
    expect(acceptedUnsigned.contracts['safe-use']).toBeUndefined(); // the input is not mutated
    const afterSuspend = decide(gasOn, { action: 'suspend', reason: 'hazard', note: '立管漏气' }, { now: DAY, specialCare: false });
    expect(afterSuspend.ok && afterSuspend.next.suspension).toEqual({ reason: 'hazard', at: DAY.toISOString(), note: '立管漏气' });
    const afterRestore = decide(suspended, restoreAfter, { now: DAY, specialCare: false });
    expect(afterRestore.ok && afterRestore.next.restoration).toEqual({ safetyCheckPassedAt: '2026-03-05T09:00:00.000Z', at: DAY.toISOString() });
  });

  it.each([
    ['accept', accept, applied, { ...accept, inspectionPassedAt: '2026-03-11T09:00:00+08:00' }],
    ['restore', restoreAfter, suspended, { action: 'restore', safetyCheckPassedAt: '2026-03-12T00:00:00Z' }],
  ] as const)('refuses a %s dated in the future as invalid input', (_name, _ok, from, action) => {
    const decision = decide(from, action as LifecycleAction, { now: DAY, specialCare: false });
    expect(decision).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('every state but closed is left by some action, and closed by none', () => {
    const leaving = (s: LifecycleState) => Object.values(TRANSITIONS).some((t) => t.from.includes(s) && t.to && t.to !== s);
    expect((['applied', 'accepted', 'gas-on', 'suspended'] as const).every(leaving)).toBe(true);
    expect(leaving('closed')).toBe(false);
  });
});

describe('a daily window in the tenant time zone (22:00–06:00 runs over midnight)', () => {
  it.each([
    ['2026-03-10T21:59:00+08:00', 'Asia/Shanghai', false],
    ['2026-03-10T22:00:00+08:00', 'Asia/Shanghai', true],
    ['2026-03-11T03:00:00+08:00', 'Asia/Shanghai', true],
    ['2026-03-11T05:59:00+08:00', 'Asia/Shanghai', true],
    ['2026-03-11T06:00:00+08:00', 'Asia/Shanghai', false],
    // 23:00 in Shanghai is 15:00 UTC: night there, day in London.
    ['2026-03-10T23:00:00+08:00', 'Europe/London', false],
    ['2026-03-10T15:00:00Z', 'Asia/Shanghai', true],
  ] as const)('%s in %s → %p', (at, zone, night) => {
    expect(inDailyWindow(new Date(at), { start: '22:00', end: '06:00' }, zone)).toBe(night);
  });
});
