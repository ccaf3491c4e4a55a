import type { Item } from '../db/tenant-store.ts';
import { keys } from '../keys.ts';
import { normalizeIdentifier } from '../contract/search-key.ts';

/**
 * A gas meter at a customer's premises. The meter item is the source of truth; the customer item
 * carries a summary of each of its meters (type, install date, status), so a customer's file and
 * the per-region archive statistics need no query per customer.
 */
export { METER_AGE_BUCKETS, METER_TYPES } from '../contract/customers.ts';
export type { Inlet, MeterAgeBucket, MeterStatus, MeterType } from '../contract/customers.ts';
import type { Inlet, MeterAgeBucket, MeterPlacement, MeterStatus, MeterType } from '../contract/customers.ts';
import type { LifecycleState } from '../contract/customers.ts';
import type { MeterReadings } from './reading.ts';
import { decodeHistory, encodeHistory } from './meter-history.ts';

export const DEFAULT_DIGITS = 5;

export interface Meter {
  id: string;
  customerId: string;
  /** The customer's region, kept in step with it (managers' scope applies to meters too). */
  regionId: string;
  serial: string;
  type: MeterType;
  /** Register digits: the reading rolls over at 10^digits. */
  digits: number;
  /** Install date, YYYY-MM-DD. */
  installedAt: string;
  inlet?: Inlet;
  /** Indoor or outdoor (the read cadence depends on it); unknown for meters installed before it was recorded. */
  placement?: MeterPlacement;
  status: MeterStatus;
  /** Register reading when installed. */
  startRead: number;
  /** Register reading when removed. */
  finalRead?: number;
  removedAt?: string;
  /** The meter this one replaced / the meter that replaced this one. */
  replaces?: string;
  replacedBy?: string;
  /** IC-card (prepaid) meters: the balance in integer fen and the number of purchases. */
  icCard?: { balanceFen: number; purchases: number; lastPurchaseAt?: string };
  /** Its last reading and recent history (functions/reading): absent until the first reading. Stored compact: the item's `history` (meter-history.ts). */
  readings?: MeterReadings;
  /**
   * Its customer's account state (the `inactive` and `zero` rules judge a reading by it), kept in
   * step by the customer's lifecycle transaction, so ingestion reads the meter and not the
   * customer. Absent on a meter written before it was kept: ingestion then reads the customer.
   */
  accountState?: LifecycleState;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type MeterSummary = Pick<Meter, 'id' | 'serial' | 'type' | 'digits' | 'installedAt' | 'status'> & { inlet?: Inlet };

export const meterSummary = (m: Meter): MeterSummary => ({
  id: m.id,
  serial: m.serial,
  type: m.type,
  digits: m.digits,
  installedAt: m.installedAt,
  status: m.status,
  ...(m.inlet ? { inlet: m.inlet } : {}),
});

export function meterItem(tenantId: string, m: Meter): Item {
  const { readings, ...rest } = m;
  return { ...keys.meter(tenantId, m.id), entity: 'meter', ...rest, ...(readings ? { history: encodeHistory(readings) } : {}) };
}

export function meterFromItem(item: Record<string, unknown>): Meter {
  const { pk: _pk, sk: _sk, entity: _entity, history, ...meter } = item;
  const readings = history instanceof Uint8Array ? decodeHistory(history) : undefined;
  return withFenBalance({ ...meter, ...(readings ? { readings } : {}) } as unknown as Meter);
}

/**
 * An IC-card meter written before money was integer fen carries `icCard.balance` in yuan (the
 * demo's seeded meters: ¥0): read as fen, so an old local data directory keeps working
 * (docs/decisions.md › Money is integer fen). The next write of the meter stores fen.
 */
function withFenBalance(meter: Meter): Meter {
  const card = meter.icCard as (Meter['icCard'] & { balance?: number }) | undefined;
  if (!card || card.balanceFen !== undefined || typeof card.balance !== 'number') return meter;
  const { balance, ...rest } = card;
  return { ...meter, icCard: { ...rest, balanceFen: Math.round(balance * 100) } };
}

export const serialGuardKey = (tenantId: string, serial: string) => keys.meterSerialGuard(tenantId, normalizeIdentifier(serial));

export const serialGuardItem = (tenantId: string, m: Pick<Meter, 'id' | 'serial' | 'customerId'>): Item => ({
  ...serialGuardKey(tenantId, m.serial),
  entity: 'serial-guard',
  meterId: m.id,
  customerId: m.customerId,
  serial: m.serial,
});

export interface IcCardPurchase {
  meterId: string;
  reference: string;
  /** Integer fen. */
  amountFen: number;
  volume?: number;
  purchasedAt: string;
  /** The card's balance after it, integer fen. */
  balanceAfterFen: number;
  recordedAt: string;
}

export const icCardPurchaseItem = (tenantId: string, p: IcCardPurchase): Item => ({
  ...keys.icCardPurchase(tenantId, p.meterId, p.reference),
  entity: 'ic-card-purchase',
  ...p,
});

/**
 * The age bucket of a meter installed on `installedAt` (YYYY-MM-DD), as of `asOf` (a day
 * YYYY-MM-DD — the job passes the tenant-local day — or an instant, read as its UTC day): whole
 * years elapsed, so a meter turns 5 on the fifth anniversary of its installation. '0-5' is [0, 5)
 * years, '5-10' is [5, 10), '10-15' is [10, 15), '15+' is 15 years and older. A date after `asOf`
 * is '0-5'.
 */
export function meterAgeBucket(installedAt: string, asOf: string | Date): MeterAgeBucket {
  const years = wholeYearsBetween(installedAt, typeof asOf === 'string' ? asOf : asOf.toISOString());
  if (years < 5) return '0-5';
  if (years < 10) return '5-10';
  if (years < 15) return '10-15';
  return '15+';
}

function wholeYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.slice(0, 10).split('-').map(Number) as [number, number, number];
  let years = ty - fy;
  if (tm < fm || (tm === fm && td < fd)) years -= 1;
  return Math.max(years, 0);
}
