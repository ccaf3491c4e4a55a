import { ulid } from 'ulid';
import { absent, present, versionIs, type AuditEntry, type OutboxEvent, type WriteOp } from '../../shared/db/tenant-store.ts';
import { accountGuardItem, customerItem, idNumberAad, NO_SPECIAL_CARE, samplingFrameWrites, type Contact, type Customer } from '../../shared/entities/customer.ts';
import { DEFAULT_DIGITS, meterItem, meterSummary, serialGuardItem, type Meter } from '../../shared/entities/meter.ts';
import { conflictError, unprocessableError } from '../../shared/errors.ts';
import { keys } from '../../shared/keys.ts';
import { decryptField, encryptField, maskIdNumber, maskPhone } from '../../shared/privacy.ts';
import type { CustomerInput, CustomerPatch, MeterInput } from './customer-inputs.ts';
import { initialLifecycle } from './lifecycle.ts';

/**
 * The writes of a change of the archive, built from plain data (no I/O): the API, the CSV
 * importer and the demo seed all go through them, so they write identical items. A plan is the
 * input of `TenantStore.commit`: the items, their audit records and outbox events.
 */
export interface Plan {
  writes: WriteOp[];
  audit: AuditEntry[];
  events: OutboxEvent[];
}

/** The audit subject of everything recorded about a customer (its timeline). */
export const customerSubject = (id: string) => ({ type: 'customer', id });

export const accountTaken = (accountNumber: string) => conflictError('account-number-taken', `Account number ${accountNumber} is taken`, { accountNumber });
export const serialTaken = (serial: string) => conflictError('serial-taken', `Meter serial ${serial} is taken`, { serial });
const noSuchRegion = (regionId: string) =>
  unprocessableError('no-such-region', `regionId: no region ${regionId}`, { regionId }, { fields: [{ field: 'regionId', message: `no region ${regionId}` }] });
/** A closed account takes no meter. */
export const closedForMeters = () =>
  conflictError('illegal-transition', 'The account is closed; no meter can be installed', { action: 'install-meter', state: 'closed', reason: 'the account is closed' });
/** An id collision (ids are ULIDs: practically never). */
export const idTaken = (what: string, id: string) => conflictError('id-taken', `${what} ${id} exists already`, { what, id });

/** A new meter of a customer, with the defaults of a fresh installation. */
export function newMeter(customer: Pick<Customer, 'id' | 'regionId'> & { lifecycle: Pick<Customer['lifecycle'], 'state'> }, input: MeterInput, ids: { id: string; now: string; today: string }): Meter {
  return {
    id: ids.id,
    customerId: customer.id,
    regionId: customer.regionId,
    accountState: customer.lifecycle.state,
    serial: input.serial,
    type: input.type,
    digits: input.digits ?? DEFAULT_DIGITS,
    installedAt: input.installedAt ?? ids.today,
    ...(input.inlet ? { inlet: input.inlet } : {}),
    ...(input.placement ? { placement: input.placement } : {}),
    status: input.removed ? 'removed' : 'active',
    startRead: input.startRead ?? 0,
    ...(input.removed ? { finalRead: input.removed.finalRead, removedAt: input.removed.removedAt } : {}),
    ...(input.type === 'ic-card' ? { icCard: { balanceFen: 0, purchases: 0 } } : {}),
    version: 1,
    createdAt: ids.now,
    updatedAt: ids.now,
  };
}

/**
 * The account's state on each of its meters, in the lifecycle change's own transaction (ingestion
 * judges a reading by it without reading the customer). The meter's version moves, so a reading
 * validated against the state before fails its lock and is validated again.
 */
export const accountStateWrites = (tenantId: string, customer: Pick<Customer, 'meters' | 'lifecycle' | 'updatedAt'>): WriteOp[] =>
  customer.meters.map((m) => ({
    kind: 'update',
    key: keys.meter(tenantId, m.id),
    set: { accountState: customer.lifecycle.state, updatedAt: customer.updatedAt },
    add: { version: 1 },
    condition: present(conflictError('meter-missing', `Meter ${m.id} is missing`, { meterId: m.id })),
  }));

/** The writes, audit record and event of a newly installed meter (with its serial guard). */
export const meterInstalled = (tenantId: string, m: Meter): { writes: WriteOp[]; audit: AuditEntry; event: OutboxEvent } => ({
  writes: [
    { kind: 'put', item: meterItem(tenantId, m), condition: absent(idTaken('Meter', m.id)) },
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
  /** The CSV import and file row opening the account (kept on the customer). */
  importedFrom?: { importId: string; row: number };
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
  const lifecycle = input.lifecycle ?? initialLifecycle();
  const installed = meters.map((m, i) => newMeter({ id: ids.id, regionId: input.regionId, lifecycle }, m, { id: ids.meterIds?.[i] ?? ulid(), now: ids.now, today: ids.today }));
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
    ...(options.importedFrom ? { importedFrom: options.importedFrom } : {}),
    version: 1,
    createdAt: ids.now,
    updatedAt: ids.now,
  };
  const meterPlans = installed.map((m) => meterInstalled(tenantId, m));
  return {
    customer,
    meters: installed,
    writes: [
      { kind: 'put', item: customerItem(tenantId, customer), condition: absent(idTaken('Customer', customer.id)) },
      ...samplingFrameWrites(tenantId, customer),
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

  const writes: WriteOp[] = [{ kind: 'put', item: customerItem(tenantId, next), condition: versionIs(current.version, 'customer') }, ...samplingFrameWrites(tenantId, next, current)];
  if (changes.regionId) {
    writes.push({ kind: 'check', key: keys.region(tenantId, next.regionId), condition: present(noSuchRegion(next.regionId)) });
    // Meters follow their customer's region (the scope of managers applies to them too).
    for (const m of current.meters) {
      writes.push({ kind: 'update', key: keys.meter(tenantId, m.id), set: { regionId: next.regionId }, condition: present(conflictError('meter-missing', `Meter ${m.id} is missing`, { meterId: m.id })) });
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
