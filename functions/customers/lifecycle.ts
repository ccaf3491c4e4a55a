import type { ContractKind, Lifecycle, LifecycleState, SuspensionReason } from '../../shared/entities/customer.ts';
import { LIFECYCLE_TRANSITIONS } from '../../shared/contract/customers.ts';
import type { CustomerClass } from '../../shared/contract/customers.ts';
import { customersLifecyclePolicy, type CustomersLifecyclePolicy } from '../../shared/contract/customers-policies.ts';
import { DEFAULT_TIME_ZONE, inDailyWindow } from '../../shared/local-time.ts';

/**
 * The account lifecycle as an explicit state machine: pure, no AWS, tested with tables of cases.
 *
 *   applied ──accept──▶ accepted ──gas-on──▶ gas-on ──suspend──▶ suspended ──restore──▶ gas-on
 *      │                   │                                          │
 *      └──────close────────┴──────────────── close ───────────────────┴──▶ closed
 *
 * Rules (docs/domain.md, Customer archive):
 * - gas-on only after the indoor installation passed its acceptance inspection and both the supply
 *   and the safe-use contract are signed;
 * - restoration after a suspension only after a tightness and safety check done after that
 *   suspension;
 * - a special-care household is not suspended at night (policy `customers.lifecycle`, default
 *   22:00–06:00 tenant time) unless for a hazard;
 * - where a provincial rule forbids it (the same policy, off by default), supply to the classes
 *   it names is not restored in its window;
 * - a supplied account is closed only once its supply is suspended (gas cut, meter removable).
 * Contracts may be signed (or re-signed) in any state but closed; signing changes no state.
 */
export type LifecycleAction =
  | { action: 'accept'; inspectionPassedAt: string; inspector: string }
  | { action: 'sign-contract'; contract: ContractKind; signedAt: string }
  | { action: 'gas-on' }
  | { action: 'suspend'; reason: SuspensionReason; note?: string }
  | { action: 'restore'; safetyCheckPassedAt: string }
  | { action: 'close'; reason: string };

export type ActionName = LifecycleAction['action'];

/** From which states each action may start, and where it leads: one table, in the contract (the console offers its buttons by it). */
export const TRANSITIONS = LIFECYCLE_TRANSITIONS;

export interface Circumstances {
  now: Date;
  /** The tenant's time zone (night protection is read in it). */
  timeZone?: string;
  /** Elderly, disabled or living alone. */
  specialCare: boolean;
  customerClass?: CustomerClass;
  /** The `customers.lifecycle` policy in force at `now` (default: the section's defaults). */
  policy?: CustomersLifecyclePolicy;
}

export type Decision =
  | { ok: true; next: Lifecycle; from: LifecycleState; to: LifecycleState }
  /** `illegal-transition`: the rules forbid it now (409); `invalid`: the facts given cannot be true (422). */
  | { ok: false; kind: 'illegal-transition' | 'invalid'; reason: string };

const window = (w: { start: string; end: string }) => `${w.start}–${w.end}`;

const SKEW_MS = 5 * 60_000;

const refuse = (reason: string): Decision => ({ ok: false, kind: 'illegal-transition', reason });
const invalid = (reason: string): Decision => ({ ok: false, kind: 'invalid', reason });

const WHY_NOT: Partial<Record<LifecycleState, string>> = {
  closed: 'the account is closed',
};

export function decide(current: Lifecycle, command: LifecycleAction, circumstances: Circumstances): Decision {
  const { now } = circumstances;
  const policy = circumstances.policy ?? customersLifecyclePolicy.defaults;
  const timeZone = circumstances.timeZone ?? DEFAULT_TIME_ZONE;
  const from = current.state;
  const rule = TRANSITIONS[command.action];
  const inFuture = (iso: string) => Date.parse(iso) > now.getTime() + SKEW_MS;

  if (!rule.from.includes(from)) return refuse(notAllowedReason(command.action, current));

  const next: Lifecycle = { ...current, contracts: { ...current.contracts } };
  const at = now.toISOString();
  switch (command.action) {
    case 'accept':
      if (inFuture(command.inspectionPassedAt)) return invalid('inspectionPassedAt is in the future');
      next.acceptance = { passedAt: command.inspectionPassedAt, inspector: command.inspector };
      break;
    case 'sign-contract':
      if (inFuture(command.signedAt)) return invalid('signedAt is in the future');
      next.contracts[command.contract] = { signedAt: command.signedAt };
      break;
    case 'gas-on': {
      if (!current.acceptance) return refuse('gas-on needs a passed acceptance inspection of the indoor installation');
      const missing = (['supply', 'safe-use'] as const).filter((k) => !current.contracts[k]);
      if (missing.length) return refuse(`gas-on needs the ${missing.join(' and ')} contract${missing.length > 1 ? 's' : ''} signed first`);
      next.gasOnAt = at;
      break;
    }
    case 'suspend':
      if (circumstances.specialCare && command.reason !== 'hazard' && policy.specialCareNight && inDailyWindow(now, policy.specialCareNight, timeZone)) {
        return refuse(`a special-care household (elderly, disabled or living alone) is not suspended between ${window(policy.specialCareNight).replace('–', ' and ')} except for a hazard`);
      }
      next.suspension = { reason: command.reason, at, ...(command.note ? { note: command.note } : {}) };
      break;
    case 'restore': {
      if (inFuture(command.safetyCheckPassedAt)) return invalid('safetyCheckPassedAt is in the future');
      const ban = policy.restorationBan;
      if (ban && circumstances.customerClass && policy.restorationBanClasses.includes(circumstances.customerClass) && inDailyWindow(now, ban, timeZone)) {
        return refuse(`${circumstances.customerClass} supply is not restored between ${window(ban).replace('–', ' and ')} (policy customers.lifecycle)`);
      }
      const suspendedAt = current.suspension?.at;
      if (suspendedAt && Date.parse(command.safetyCheckPassedAt) < Date.parse(suspendedAt)) {
        return refuse(`restoration needs a tightness and safety check passed after the suspension of ${suspendedAt}`);
      }
      next.restoration = { safetyCheckPassedAt: command.safetyCheckPassedAt, at };
      break;
    }
    case 'close':
      next.closure = { reason: command.reason, at };
      break;
  }
  next.state = rule.to ?? from;
  return { ok: true, next, from, to: next.state };
}

function notAllowedReason(action: ActionName, current: Lifecycle): string {
  const state = current.state;
  if (WHY_NOT[state]) return `cannot ${action}: ${WHY_NOT[state]}`;
  switch (action) {
    case 'accept':
      return `cannot accept: the account is ${state}; acceptance happens once, on an applied account`;
    case 'gas-on':
      if (state === 'applied') return 'gas-on needs a passed acceptance inspection of the indoor installation';
      if (state === 'suspended') return 'cannot gas-on: the supply is suspended; restore it after a safety check';
      return `cannot gas-on: the account is ${state} already`;
    case 'suspend':
      return `cannot suspend: the account is ${state}, not supplied`;
    case 'restore':
      return `cannot restore: the account is ${state}, not suspended`;
    case 'close':
      return 'cannot close: the supply is on; suspend it first';
    default:
      return `cannot ${action}: the account is ${state}`;
  }
}

/** The lifecycle of a new application. */
export const initialLifecycle = (): Lifecycle => ({ state: 'applied', contracts: {} });
