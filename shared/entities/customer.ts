import type { Item, Key, WriteOp } from '../db/tenant-store.ts';
import { firstChar, frameShard, keys, sampleBucket, searchShard } from '../keys.ts';
import { normalizeIdentifier, normalizePhone, normalizeSearchKey } from '../contract/search-key.ts';
import type { ContractKind, CustomerClass, LifecycleState, SuspensionReason } from '../contract/customers.ts';
import type { MeterSummary } from './meter.ts';

/**
 * A customer's file (一户一档): who they are, where the premises are, their contracts, account
 * lifecycle and meters. One item per customer; every index attribute is derived here from the
 * customer itself, so the API, the importer and the seed write identical items.
 */
export { CUSTOMER_CLASSES, LIFECYCLE_STATES } from '../contract/customers.ts';
export type { ContractKind, CustomerClass, LifecycleState, SuspensionReason } from '../contract/customers.ts';

export interface SpecialCare {
  elderly: boolean;
  disabled: boolean;
  livingAlone: boolean;
}

export interface Contact {
  name?: string;
  phone: string;
  relation?: string;
}

/** The account lifecycle and the facts its rules need (see functions/customers/lifecycle.ts). */
export interface Lifecycle {
  state: LifecycleState;
  /** The indoor installation passed its acceptance inspection. */
  acceptance?: { passedAt: string; inspector: string };
  contracts: Partial<Record<ContractKind, { signedAt: string }>>;
  gasOnAt?: string;
  /** The current (or last) suspension. */
  suspension?: { reason: SuspensionReason; at: string; note?: string };
  /** The tightness and safety check that allowed the last restoration. */
  restoration?: { safetyCheckPassedAt: string; at: string };
  closure?: { reason: string; at: string };
}

export interface Customer {
  id: string;
  accountNumber: string;
  name: string;
  class: CustomerClass;
  /** Primary phone, digits only (normalised); searchable. */
  phone: string;
  contacts: Contact[];
  /** AES-256-GCM sealed ID number (shared/privacy.ts) and its masked form. */
  idNumberSealed?: string;
  idNumberMasked?: string;
  address: string;
  regionId: string;
  specialCare: SpecialCare;
  tags: string[];
  notes?: string;
  lifecycle: Lifecycle;
  /** Every meter ever installed at the premises (removed ones too), newest last. */
  meters: MeterSummary[];
  /** The CSV import and file row that opened the account, if one did (a retried batch reports it created, not unchanged). */
  importedFrom?: { importId: string; row: number };
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const NO_SPECIAL_CARE: SpecialCare = { elderly: false, disabled: false, livingAlone: false };

export const isSpecialCare = (c: Pick<Customer, 'specialCare'>) => c.specialCare.elderly || c.specialCare.disabled || c.specialCare.livingAlone;

/** Index attributes and guards, all derived from the customer. */
export function customerItem(tenantId: string, c: Customer): Item {
  const nameKey = normalizeSearchKey(c.name);
  const addressKey = normalizeSearchKey(c.address);
  const phoneKey = normalizePhone(c.phone) ?? c.phone;
  const shard = searchShard(c.id);
  return {
    ...keys.customer(tenantId, c.id),
    entity: 'customer',
    ...c,
    lifecycle: withoutEmptyContracts(c.lifecycle),
    gsi1pk: keys.regionClassCustomers(tenantId, c.regionId, c.class),
    gsi1sk: keys.customerNameSort(nameKey, c.id),
    gsi2pk: keys.customersByPhone(tenantId, phoneKey),
    gsi2sk: keys.customerPhoneSort(phoneKey, c.id),
    gsi3pk: keys.regionCustomers(tenantId, c.regionId),
    gsi3sk: keys.customerNameSort(nameKey, c.id),
    gsi4pk: keys.regionCustomers(tenantId, c.regionId),
    gsi4sk: keys.customerAddressSort(addressKey, c.id),
    gsi5pk: keys.tenantNameCustomers(tenantId, firstChar(nameKey), shard),
    gsi5sk: keys.customerNameSort(nameKey, c.id),
    gsi6pk: keys.tenantAddressCustomers(tenantId, firstChar(addressKey), shard),
    gsi6sk: keys.customerAddressSort(addressKey, c.id),
  };
}

/** The attributes `customerItem` derives for keys and indexes (everything else is the customer). */
export const CUSTOMER_INDEX_ATTRIBUTES = ['pk', 'sk', 'entity', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'gsi4pk', 'gsi4sk', 'gsi5pk', 'gsi5sk', 'gsi6pk', 'gsi6sk'];

export function customerFromItem(item: Record<string, unknown>): Customer {
  const customer = { ...item };
  for (const attribute of CUSTOMER_INDEX_ATTRIBUTES) delete customer[attribute];
  const lifecycle = customer.lifecycle as Lifecycle;
  customer.lifecycle = { ...lifecycle, contracts: lifecycle.contracts ?? {} };
  return customer as unknown as Customer;
}

/**
 * Items carry no empty maps: the DynamoDB Streams client hands an empty map back as `{}` (no `M`),
 * which `unmarshall` rejects, and one such record would stall the stream consumers.
 */
function withoutEmptyContracts({ contracts, ...rest }: Lifecycle): Omit<Lifecycle, 'contracts'> & { contracts?: Lifecycle['contracts'] } {
  return Object.keys(contracts).length ? { ...rest, contracts } : rest;
}

export const accountGuardKey = (tenantId: string, accountNumber: string) => keys.accountNumberGuard(tenantId, normalizeIdentifier(accountNumber));

export const accountGuardItem = (tenantId: string, c: Pick<Customer, 'id' | 'accountNumber'>): Item => ({
  ...accountGuardKey(tenantId, c.accountNumber),
  entity: 'account-guard',
  customerId: c.id,
  accountNumber: c.accountNumber,
});

/**
 * The survey sampling frame (functions/surveys/sampling.ts): one small item per customer with gas
 * on, in its region and class, sorted by a hash bucket, so a campaign reads only the share it
 * samples. Written with the customer's own change whenever that puts it in, moves it or takes it out.
 */
export const inSamplingFrame = (c: Pick<Customer, 'lifecycle'>) => c.lifecycle.state === 'gas-on';

export const samplingFrameKey = (tenantId: string, c: Pick<Customer, 'id' | 'regionId' | 'class'>): Key => ({
  pk: keys.samplingFrame(tenantId, c.regionId, c.class, frameShard(c.id)),
  sk: keys.samplingFrameSort(sampleBucket(c.id), c.id),
});

export const samplingFrameItem = (tenantId: string, c: Customer): Item => ({
  ...samplingFrameKey(tenantId, c),
  entity: 'sampling-frame',
  customerId: c.id,
  specialCare: isSpecialCare(c),
});

export function samplingFrameWrites(tenantId: string, next: Customer, previous?: Customer): WriteOp[] {
  const was = previous && inSamplingFrame(previous) ? samplingFrameKey(tenantId, previous) : undefined;
  const is = inSamplingFrame(next) ? samplingFrameKey(tenantId, next) : undefined;
  const moved = was && (!is || was.pk !== is.pk || was.sk !== is.sk);
  const unchanged = was && is && !moved && isSpecialCare(previous!) === isSpecialCare(next);
  return [...(moved ? [{ kind: 'delete' as const, key: was }] : []), ...(is && !unchanged ? [{ kind: 'put' as const, item: samplingFrameItem(tenantId, next) }] : [])];
}

/** The additional authenticated data binding a sealed ID number to its record. */
export const idNumberAad = (tenantId: string, customerId: string) => `${tenantId}:customer:${customerId}:idNumber`;
