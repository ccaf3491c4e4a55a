import { ulid } from 'ulid';
import { absent, present, TenantStore, versionIs, type AuditEntry, type OutboxEvent, type Page, type WriteOp } from '../../shared/db/tenant-store.ts';
import {
  accountGuardItem,
  customerFromItem,
  customerItem,
  idNumberAad,
  isSpecialCare,
  NO_SPECIAL_CARE,
  type Contact,
  type ContractKind,
  type Customer,
  type CustomerClass,
  type Lifecycle,
  type SpecialCare,
} from '../../shared/entities/customer.ts';
import {
  DEFAULT_DIGITS,
  icCardPurchaseItem,
  meterFromItem,
  meterItem,
  meterSummary,
  serialGuardItem,
  type IcCardPurchase,
  type Inlet,
  type Meter,
  type MeterType,
} from '../../shared/entities/meter.ts';
import type { TenantProfile } from '../../shared/entities/tenant.ts';
import { conflict, forbidden, notFound, preconditionFailed, Problem, unprocessable } from '../../shared/http/problems.ts';
import { keys } from '../../shared/keys.ts';
import { DEFAULT_TIME_ZONE, localDay } from '../../shared/local-time.ts';
import { decryptField, encryptField, maskIdNumber, maskPhone } from '../../shared/privacy.ts';
import { Index } from '../../shared/table.ts';
import { canSeeRegion, type Principal } from '../../shared/tenancy.ts';
import { decide, initialLifecycle, type LifecycleAction } from './lifecycle.ts';

/**
 * The customer archive's data access path. Every read and write of customers and meters goes
 * through it, bound to one tenant (the TenantStore) and one caller, whose region scope it enforces:
 * a customer or meter outside the caller's regions is "not found", exactly like another tenant's.
 *
 * The `plan*` functions build the writes of a change from plain data (no I/O): the API, the CSV
 * importer and the demo seed all go through them, so they write identical items.
 */
export interface CustomerInput {
  accountNumber: string;
  name: string;
  class: CustomerClass;
  /** Normalised digits (the HTTP schema normalises). */
  phone: string;
  address: string;
  regionId: string;
  contacts?: Contact[];
  idNumber?: string;
  specialCare?: Partial<SpecialCare>;
  contracts?: Partial<Record<ContractKind, { signedAt: string }>>;
  tags?: string[];
  notes?: string;
  /** Importer and seed only: the lifecycle of an existing account. The API starts every account at `applied`. */
  lifecycle?: Lifecycle;
}

export interface CustomerPatch {
  name?: string;
  class?: CustomerClass;
  phone?: string;
  address?: string;
  regionId?: string;
  contacts?: Contact[];
  /** null clears it. */
  idNumber?: string | null;
  specialCare?: Partial<SpecialCare>;
  tags?: string[];
  notes?: string | null;
}

export interface MeterInput {
  serial: string;
  type: MeterType;
  digits?: number;
  /** YYYY-MM-DD; default: today in the tenant's time zone. */
  installedAt?: string;
  inlet?: Inlet;
  startRead?: number;
  /** Importer and seed only: a meter removed before the import (e.g. of a closed account). */
  removed?: { finalRead: number; removedAt: string };
}

export interface ReplaceMeterInput {
  newSerial: string;
  finalRead: number;
  startRead: number;
  type?: MeterType;
  digits?: number;
  installedAt?: string;
  inlet?: Inlet;
}

export interface PurchaseInput {
  amount: number;
  volume?: number;
  purchasedAt: string;
  reference: string;
}

/** A client's precondition: the version it read, and whether it came as If-Match (412) or in the body (409). */
export interface Expected {
  version: number;
  via: 'if-match' | 'body';
}

export interface Plan {
  writes: WriteOp[];
  audit: AuditEntry[];
  events: OutboxEvent[];
}

const customerSubject = (id: string) => ({ type: 'customer', id });

export const accountTaken = (accountNumber: string) => conflict(`Account number ${accountNumber} is taken`, 'account-number-taken');
export const serialTaken = (serial: string) => conflict(`Meter serial ${serial} is taken`, 'serial-taken');
const noSuchRegion = (regionId: string) => unprocessable(`regionId: no region ${regionId}`, [{ field: 'regionId', message: `no region ${regionId}` }]);

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A new meter of a customer, with the defaults of a fresh installation. */
export function newMeter(customer: Pick<Customer, 'id' | 'regionId'>, input: MeterInput, ids: { id: string; now: string; today: string }): Meter {
  return {
    id: ids.id,
    customerId: customer.id,
    regionId: customer.regionId,
    serial: input.serial,
    type: input.type,
    digits: input.digits ?? DEFAULT_DIGITS,
    installedAt: input.installedAt ?? ids.today,
    ...(input.inlet ? { inlet: input.inlet } : {}),
    status: input.removed ? 'removed' : 'active',
    startRead: input.startRead ?? 0,
    ...(input.removed ? { finalRead: input.removed.finalRead, removedAt: input.removed.removedAt } : {}),
    ...(input.type === 'ic-card' ? { icCard: { balance: 0, purchases: 0 } } : {}),
    version: 1,
    createdAt: ids.now,
    updatedAt: ids.now,
  };
}

const meterInstalled = (tenantId: string, m: Meter): { writes: WriteOp[]; audit: AuditEntry; event: OutboxEvent } => ({
  writes: [
    { kind: 'put', item: meterItem(tenantId, m), condition: absent(conflict(`Meter ${m.id} exists already`)) },
    { kind: 'put', item: serialGuardItem(tenantId, m), condition: absent(serialTaken(m.serial)) },
  ],
  audit: {
    action: 'meter.installed',
    subject: customerSubject(m.customerId),
    summary: `${m.type} meter ${m.serial} installed`,
    detail: { meterId: m.id, serial: m.serial, type: m.type, digits: m.digits, installedAt: m.installedAt, startRead: m.startRead },
  },
  event: { type: 'meter.installed', data: { meterId: m.id, customerId: m.customerId, regionId: m.regionId, serial: m.serial, type: m.type } },
});

export interface NewCustomerOptions {
  /**
   * The caller read the region just before (the importer does, once per batch): no ConditionCheck
   * on the region item. In AWS, concurrent transactions that include the same item conflict
   * (TransactionConflict), and an import writes 16 customers of a handful of regions at once.
   * Regions are never deleted, so the read is as good as the check.
   */
  regionChecked?: boolean;
}

/**
 * Create a customer (and, for the importer and the seed, their meters) in one transaction: the
 * customer, the account-number guard (conditional put: a taken number fails the whole write),
 * a check that the region exists, the meters and their serial guards, audit and events.
 */
export function planNewCustomer(
  tenantId: string,
  input: CustomerInput,
  ids: { id: string; now: string; today: string; meterIds?: string[] },
  meters: MeterInput[] = [],
  options: NewCustomerOptions = {},
): Plan & { customer: Customer; meters: Meter[] } {
  const installed = meters.map((m, i) => newMeter({ id: ids.id, regionId: input.regionId }, m, { id: ids.meterIds?.[i] ?? ulid(), now: ids.now, today: ids.today }));
  const lifecycle = input.lifecycle ?? initialLifecycle();
  const customer: Customer = {
    id: ids.id,
    accountNumber: input.accountNumber,
    name: input.name,
    class: input.class,
    phone: input.phone,
    contacts: input.contacts ?? [],
    ...sealIdNumber(tenantId, ids.id, input.idNumber),
    address: input.address,
    regionId: input.regionId,
    specialCare: { ...NO_SPECIAL_CARE, ...input.specialCare },
    tags: input.tags ?? [],
    ...(input.notes ? { notes: input.notes } : {}),
    lifecycle: { ...lifecycle, contracts: { ...lifecycle.contracts, ...input.contracts } },
    meters: installed.map(meterSummary),
    version: 1,
    createdAt: ids.now,
    updatedAt: ids.now,
  };
  const meterPlans = installed.map((m) => meterInstalled(tenantId, m));
  return {
    customer,
    meters: installed,
    writes: [
      { kind: 'put', item: customerItem(tenantId, customer), condition: absent(conflict(`Customer ${customer.id} exists already`)) },
      { kind: 'put', item: accountGuardItem(tenantId, customer), condition: absent(accountTaken(customer.accountNumber)) },
      ...(options.regionChecked ? [] : [{ kind: 'check' as const, key: keys.region(tenantId, customer.regionId), condition: present(noSuchRegion(customer.regionId)) }]),
      ...meterPlans.flatMap((p) => p.writes),
    ],
    audit: [
      {
        action: 'customer.created',
        subject: customerSubject(customer.id),
        summary: `${customer.name} (${customer.accountNumber}) opened in ${customer.regionId}`,
        detail: { accountNumber: customer.accountNumber, class: customer.class, regionId: customer.regionId, state: customer.lifecycle.state },
      },
      ...meterPlans.map((p) => p.audit),
    ],
    events: [
      { type: 'customer.created', data: { customerId: customer.id, accountNumber: customer.accountNumber, regionId: customer.regionId, class: customer.class, state: customer.lifecycle.state } },
      ...meterPlans.map((p) => p.event),
    ],
  };
}

function sealIdNumber(tenantId: string, customerId: string, idNumber: string | undefined | null): Pick<Customer, 'idNumberSealed' | 'idNumberMasked'> {
  if (!idNumber) return {};
  return { idNumberSealed: encryptField(idNumber, idNumberAad(tenantId, customerId)), idNumberMasked: maskIdNumber(idNumber)! };
}

/** What a change of a field looks like in the audit: confidential values masked. */
function auditValue(field: string, value: unknown): unknown {
  if (field === 'phone') return maskPhone(value as string);
  if (field === 'idNumber') return value ? '(changed)' : null;
  if (field === 'contacts') return (value as Contact[]).map((c) => ({ ...c, phone: maskPhone(c.phone) }));
  return value ?? null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The writes of a change of a customer file: only the fields that differ from `current`, under
 * its version; undefined when nothing differs (nothing to write, nothing to audit).
 */
export function planCustomerUpdate(tenantId: string, current: Customer, patch: CustomerPatch, now: string): (Plan & { customer: Customer; changed: string[] }) | undefined {
  const id = current.id;
  const next: Customer = { ...current };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const change = <K extends keyof Customer>(field: K, value: Customer[K]) => {
    if (same(current[field], value)) return;
    changes[field] = { from: auditValue(field, current[field]), to: auditValue(field, value) };
    next[field] = value;
  };
  if (patch.name !== undefined) change('name', patch.name);
  if (patch.class !== undefined) change('class', patch.class);
  if (patch.phone !== undefined) change('phone', patch.phone);
  if (patch.address !== undefined) change('address', patch.address);
  if (patch.regionId !== undefined) change('regionId', patch.regionId);
  if (patch.contacts !== undefined) change('contacts', patch.contacts);
  if (patch.specialCare !== undefined) change('specialCare', { ...current.specialCare, ...patch.specialCare });
  if (patch.tags !== undefined) change('tags', patch.tags);
  if (patch.notes !== undefined) change('notes', patch.notes ?? undefined);
  if (patch.idNumber !== undefined) {
    // Sealed values differ on every write; compare what the caller sent with what is stored.
    const stored = current.idNumberSealed ? decryptField(current.idNumberSealed, idNumberAad(tenantId, id)) : null;
    if (stored !== patch.idNumber) {
      const sealed = sealIdNumber(tenantId, id, patch.idNumber);
      next.idNumberSealed = sealed.idNumberSealed;
      next.idNumberMasked = sealed.idNumberMasked;
      changes.idNumber = { from: auditValue('idNumber', stored), to: auditValue('idNumber', patch.idNumber) };
    }
  }
  const changed = Object.keys(changes);
  if (!changed.length) return undefined;
  Object.assign(next, { version: current.version + 1, updatedAt: now });

  const writes: WriteOp[] = [{ kind: 'put', item: customerItem(tenantId, next), condition: versionIs(current.version, 'customer') }];
  if (changes.regionId) {
    writes.push({ kind: 'check', key: keys.region(tenantId, next.regionId), condition: present(noSuchRegion(next.regionId)) });
    // Meters follow their customer's region (the scope of managers applies to them too).
    for (const m of current.meters) {
      writes.push({ kind: 'update', key: keys.meter(tenantId, m.id), set: { regionId: next.regionId }, condition: present(conflict(`Meter ${m.id} is missing`)) });
    }
  }
  return {
    customer: next,
    changed,
    writes,
    audit: [{ action: 'customer.updated', subject: customerSubject(id), summary: `changed ${changed.join(', ')}`, detail: { changes, version: next.version } }],
    events: [{ type: 'customer.updated', data: { customerId: id, changed, version: next.version, regionId: next.regionId } }],
  };
}

export class CustomerArchive {
  private static timeZones = new Map<string, { zone: string; until: number }>();

  constructor(readonly store: TenantStore) {}

  get tenantId(): string {
    return this.store.tenantId;
  }

  get principal(): Principal {
    return this.store.ctx.principal;
  }

  /** The tenant's time zone (its profile; cached for a minute). */
  async timeZone(): Promise<string> {
    const cached = CustomerArchive.timeZones.get(this.tenantId);
    if (cached && cached.until > Date.now()) return cached.zone;
    const profile = await this.store.get<TenantProfile>(keys.tenantProfile(this.tenantId));
    const zone = profile?.timeZone ?? DEFAULT_TIME_ZONE;
    CustomerArchive.timeZones.set(this.tenantId, { zone, until: Date.now() + 60_000 });
    return zone;
  }

  /** A caller may only place customers in their own regions (403: the caller's scope, not the region's existence). */
  private assertRegionInScope(regionId: string): void {
    if (!canSeeRegion(this.principal, regionId)) throw forbidden(`regionId: ${regionId} is outside your regions`);
  }

  /** A customer the caller may see; another tenant's, another region's or a missing one is 404. */
  async get(id: string, consistent = false): Promise<Customer> {
    const item = await this.store.get(keys.customer(this.tenantId, id), consistent);
    if (!item || !canSeeRegion(this.principal, String(item.regionId))) throw notFound('Customer');
    return customerFromItem(item);
  }

  async getMeter(id: string, consistent = false): Promise<Meter> {
    const item = await this.store.get(keys.meter(this.tenantId, id), consistent);
    if (!item || !canSeeRegion(this.principal, String(item.regionId))) throw notFound('Meter');
    return meterFromItem(item);
  }

  async create(input: CustomerInput, meters: MeterInput[] = [], options: NewCustomerOptions = {}): Promise<{ customer: Customer; meters: Meter[] }> {
    this.assertRegionInScope(input.regionId);
    const now = new Date();
    const plan = planNewCustomer(this.tenantId, input, { id: ulid(now.getTime()), now: now.toISOString(), today: localDay(now, await this.timeZone()) }, meters, options);
    await this.store.commit(plan);
    return { customer: plan.customer, meters: plan.meters };
  }

  async update(id: string, patch: CustomerPatch, expected?: Expected): Promise<Customer> {
    const current = await this.get(id, true);
    checkExpected(current.version, expected, 'customer');
    if (patch.regionId !== undefined) this.assertRegionInScope(patch.regionId);
    const plan = planCustomerUpdate(this.tenantId, current, patch, new Date().toISOString());
    if (!plan) return current;
    await this.store.commit(plan);
    return plan.customer;
  }

  /**
   * The CSV importer's change of an existing account (read by the importer, possibly not
   * consistently): the fields that differ and, when asked, a first meter, in one transaction under
   * the version read. Nothing is written (no audit, no event) when nothing differs. A concurrent
   * change makes it read again and re-plan, a few times.
   */
  async applyImport(read: Customer, patch: CustomerPatch, meter?: MeterInput): Promise<{ customer: Customer; changed: string[] }> {
    let current = read;
    for (let attempt = 1; ; attempt++) {
      if (!canSeeRegion(this.principal, current.regionId)) throw notFound('Customer');
      if (patch.regionId !== undefined) this.assertRegionInScope(patch.regionId);
      const now = new Date();
      const plan = planCustomerUpdate(this.tenantId, current, patch, now.toISOString());
      let customer = plan?.customer ?? current;
      const change: Plan = plan ?? { writes: [], audit: [], events: [] };
      const changed = plan ? [...plan.changed] : [];
      if (meter) {
        if (current.lifecycle.state === 'closed') throw conflict('The account is closed; no meter can be installed', 'illegal-transition');
        const installed = newMeter(customer, meter, { id: ulid(now.getTime()), now: now.toISOString(), today: localDay(now, await this.timeZone()) });
        customer = { ...customer, meters: [...customer.meters, meterSummary(installed)], version: current.version + 1, updatedAt: installed.createdAt };
        const put = meterInstalled(this.tenantId, installed);
        change.writes = [
          ...put.writes,
          { kind: 'put', item: customerItem(this.tenantId, customer), condition: versionIs(current.version, 'customer') },
          ...change.writes.filter((w) => !(w.kind === 'put' && w.item.pk === keys.customer(this.tenantId, current.id).pk)),
        ];
        change.audit.push(put.audit);
        change.events.push(put.event);
        changed.push('meters');
      }
      if (!changed.length) return { customer: current, changed };
      try {
        await this.store.commit(change);
        return { customer, changed };
      } catch (error) {
        if (attempt >= 3 || !(error instanceof Problem) || error.type !== 'stale-version') throw error;
        current = await this.get(current.id, true);
      }
    }
  }

  /** A lifecycle action; a refused one is 409 `illegal-transition` with the reason. */
  async act(id: string, command: LifecycleAction, expected?: Expected): Promise<Customer> {
    const current = await this.get(id, true);
    checkExpected(current.version, expected, 'customer');
    const now = new Date();
    const decision = decide(current.lifecycle, command, { now, timeZone: await this.timeZone(), specialCare: isSpecialCare(current) });
    if (!decision.ok) {
      if (decision.kind === 'invalid') throw unprocessable(decision.reason);
      throw conflict(decision.reason, 'illegal-transition');
    }
    const next: Customer = { ...current, lifecycle: decision.next, version: current.version + 1, updatedAt: now.toISOString() };
    const { action: _action, ...facts } = command;
    const stateChanged = decision.from !== decision.to;
    await this.store.commit({
      writes: [{ kind: 'put', item: customerItem(this.tenantId, next), condition: versionIs(current.version, 'customer') }],
      audit: {
        action: `customer.${command.action}`,
        subject: customerSubject(id),
        summary: stateChanged ? `${command.action}: ${decision.from} → ${decision.to}` : command.action,
        detail: { from: decision.from, to: decision.to, ...facts },
      },
      events: [
        stateChanged
          ? { type: 'customer.lifecycle-changed', data: { customerId: id, action: command.action, from: decision.from, to: decision.to, regionId: current.regionId, ...('reason' in command ? { reason: command.reason } : {}) } }
          : { type: 'customer.contract-signed', data: { customerId: id, ...facts } },
      ],
    });
    return next;
  }

  async installMeter(customerId: string, input: MeterInput): Promise<{ meter: Meter; customer: Customer }> {
    return retryOnStale(async () => {
      const customer = await this.get(customerId, true);
      if (customer.lifecycle.state === 'closed') throw conflict('The account is closed; no meter can be installed', 'illegal-transition');
      const now = new Date();
      const meter = newMeter(customer, input, { id: ulid(now.getTime()), now: now.toISOString(), today: localDay(now, await this.timeZone()) });
      const next: Customer = { ...customer, meters: [...customer.meters, meterSummary(meter)], version: customer.version + 1, updatedAt: meter.createdAt };
      const installed = meterInstalled(this.tenantId, meter);
      await this.store.commit({
        writes: [...installed.writes, { kind: 'put', item: customerItem(this.tenantId, next), condition: versionIs(customer.version, 'customer') }],
        audit: installed.audit,
        events: [installed.event],
      });
      return { meter, customer: next };
    });
  }

  /**
   * Replace a meter: the old one keeps its final read and becomes `removed`; the new one starts
   * at its start read. One transaction, so the register history has no gap and no overlap.
   */
  async replaceMeter(meterId: string, input: ReplaceMeterInput, expected?: Expected): Promise<{ removed: Meter; meter: Meter; customer: Customer }> {
    return retryOnStale(async () => {
      const old = await this.getMeter(meterId, true);
      checkExpected(old.version, expected, 'meter');
      if (old.status !== 'active') throw conflict(`Meter ${old.serial} is ${old.status} already`, 'illegal-transition');
      const customer = await this.get(old.customerId, true);
      const digits = input.digits ?? old.digits;
      if (input.finalRead >= 10 ** old.digits) throw unprocessable(`finalRead: exceeds the ${old.digits}-digit register`, [{ field: 'finalRead', message: `must be below ${10 ** old.digits}` }]);
      if (input.startRead >= 10 ** digits) throw unprocessable(`startRead: exceeds the ${digits}-digit register`, [{ field: 'startRead', message: `must be below ${10 ** digits}` }]);
      const now = new Date();
      const at = now.toISOString();
      const meter: Meter = {
        ...newMeter(
          customer,
          { serial: input.newSerial, type: input.type ?? old.type, digits, installedAt: input.installedAt, inlet: input.inlet ?? old.inlet, startRead: input.startRead },
          { id: ulid(now.getTime()), now: at, today: localDay(now, await this.timeZone()) },
        ),
        replaces: old.id,
      };
      const removed: Meter = { ...old, status: 'removed', finalRead: input.finalRead, removedAt: at, replacedBy: meter.id, version: old.version + 1, updatedAt: at };
      const next: Customer = {
        ...customer,
        meters: [...customer.meters.map((m) => (m.id === old.id ? meterSummary(removed) : m)), meterSummary(meter)],
        version: customer.version + 1,
        updatedAt: at,
      };
      await this.store.commit({
        writes: [
          { kind: 'put', item: meterItem(this.tenantId, removed), condition: versionIs(old.version, 'meter') },
          { kind: 'put', item: meterItem(this.tenantId, meter), condition: absent(conflict(`Meter ${meter.id} exists already`)) },
          { kind: 'put', item: serialGuardItem(this.tenantId, meter), condition: absent(serialTaken(meter.serial)) },
          { kind: 'put', item: customerItem(this.tenantId, next), condition: versionIs(customer.version, 'customer') },
        ],
        audit: {
          action: 'meter.replaced',
          subject: customerSubject(customer.id),
          summary: `meter ${old.serial} (final ${input.finalRead}) replaced by ${meter.serial} (start ${meter.startRead})`,
          detail: { oldMeterId: old.id, oldSerial: old.serial, finalRead: input.finalRead, newMeterId: meter.id, newSerial: meter.serial, startRead: meter.startRead, type: meter.type },
        },
        events: [
          { type: 'meter.replaced', data: { customerId: customer.id, regionId: customer.regionId, oldMeterId: old.id, finalRead: input.finalRead, newMeterId: meter.id, serial: meter.serial, startRead: meter.startRead } },
        ],
      });
      return { removed, meter, customer: next };
    }, !expected);
  }

  /** Record an IC-card purchase; the same `reference` again with the same content is a replay, not a second top-up. */
  async recordPurchase(meterId: string, input: PurchaseInput): Promise<{ purchase: IcCardPurchase; meter: Meter; replayed: boolean }> {
    const existingPurchase = async () => {
      const found = await this.store.get<IcCardPurchase>(keys.icCardPurchase(this.tenantId, meterId, input.reference), true);
      if (!found) return undefined;
      if (found.amount !== input.amount || (found.volume ?? null) !== (input.volume ?? null) || found.purchasedAt !== input.purchasedAt) {
        throw conflict(`Purchase reference ${input.reference} was recorded with other values`, 'reference-reused');
      }
      return found;
    };
    return retryOnStale(async () => {
      const meter = await this.getMeter(meterId, true);
      const previous = await existingPurchase();
      if (previous) return { purchase: previous, meter, replayed: true };
      if (meter.type !== 'ic-card' || !meter.icCard) throw conflict(`Meter ${meter.serial} is not an IC-card meter`, 'not-ic-card');
      if (meter.status !== 'active') throw conflict(`Meter ${meter.serial} is ${meter.status}`, 'illegal-transition');
      const at = new Date().toISOString();
      const balance = round2(meter.icCard.balance + input.amount);
      const purchase: IcCardPurchase = { meterId, reference: input.reference, amount: input.amount, ...(input.volume !== undefined ? { volume: input.volume } : {}), purchasedAt: input.purchasedAt, balanceAfter: balance, recordedAt: at };
      const next: Meter = { ...meter, icCard: { balance, purchases: meter.icCard.purchases + 1, lastPurchaseAt: input.purchasedAt }, version: meter.version + 1, updatedAt: at };
      try {
        await this.store.commit({
          writes: [
            { kind: 'put', item: icCardPurchaseItem(this.tenantId, purchase), condition: absent(conflict(`Purchase reference ${input.reference} exists`, 'reference-exists')) },
            { kind: 'put', item: meterItem(this.tenantId, next), condition: versionIs(meter.version, 'meter') },
          ],
          audit: {
            action: 'meter.ic-card-purchase',
            subject: customerSubject(meter.customerId),
            summary: `IC card of meter ${meter.serial} topped up by ${input.amount}`,
            detail: { meterId, reference: input.reference, amount: input.amount, volume: input.volume, balance },
          },
          events: [{ type: 'meter.ic-card-purchased', data: { meterId, customerId: meter.customerId, reference: input.reference, amount: input.amount, balance } }],
        });
      } catch (error) {
        if (error instanceof Problem && error.type === 'reference-exists') {
          const winner = await existingPurchase();
          if (winner) return { purchase: winner, meter: await this.getMeter(meterId, true), replayed: true };
        }
        throw error;
      }
      return { purchase, meter: next, replayed: false };
    });
  }

  /** Full phone and ID number, for a stated reason; who, when and why go to the audit and the day's reveal log. */
  async reveal(id: string, fields: ('phone' | 'idNumber')[], reason: string) {
    const customer = await this.get(id, true);
    const now = new Date();
    const at = now.toISOString();
    const day = localDay(now, await this.timeZone());
    const revealId = ulid(now.getTime());
    const wanted = [...new Set(fields)];
    const actor = { kind: this.principal.kind, id: this.principal.id, name: this.principal.name };
    await this.store.commit({
      writes: [
        {
          kind: 'put',
          item: { ...keys.revealLog(this.tenantId, day, revealId), entity: 'reveal', id: revealId, at, day, customerId: id, accountNumber: customer.accountNumber, regionId: customer.regionId, fields: wanted, reason, actor },
        },
      ],
      audit: { action: 'customer.revealed', subject: customerSubject(id), summary: `${actor.name} revealed ${wanted.join(', ')}: ${reason}`, detail: { fields: wanted, reason, revealId } },
    });
    return {
      id,
      revealId,
      revealedAt: at,
      ...(wanted.includes('phone') ? { phone: customer.phone, contacts: customer.contacts } : {}),
      ...(wanted.includes('idNumber') ? { idNumber: customer.idNumberSealed ? decryptField(customer.idNumberSealed, idNumberAad(this.tenantId, id)) : null } : {}),
    };
  }

  /** Everything recorded about the customer (its own changes, its meters, reveals, later tickets…), newest first. */
  async timeline(id: string, page: { cursor?: string; limit?: number }): Promise<Page<Record<string, unknown>>> {
    await this.get(id);
    return this.store.query({
      index: Index.bySubjectHistory,
      pk: keys.subjectHistory(this.tenantId, 'customer', id),
      newestFirst: true,
      limit: page.limit ?? 50,
      cursor: page.cursor,
    });
  }
}

function checkExpected(actual: number, expected: Expected | undefined, what: string): void {
  if (!expected || expected.version === actual) return;
  const detail = `The ${what} is at version ${actual}, not ${expected.version}; reload and try again`;
  throw expected.via === 'if-match' ? preconditionFailed(detail) : conflict(detail, 'stale-version');
}

/** Writes whose precondition we read ourselves (not the client) retry when a concurrent change won. */
async function retryOnStale<T>(work: () => Promise<T>, retry = true): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!retry || attempt >= 3 || !(error instanceof Problem) || error.type !== 'stale-version') throw error;
    }
  }
}
