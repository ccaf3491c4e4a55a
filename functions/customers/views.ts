import type { Customer } from '../../shared/entities/customer.ts';
import type { Meter } from '../../shared/entities/meter.ts';
import { readingTimelineEntry } from '../../shared/entities/reading.ts';
import type { Customer as CustomerView, CustomerListItem, Meter as MeterView, TimelineEntry } from '../../shared/contract/customers.ts';
import { maskPhone } from '../../shared/privacy.ts';

/**
 * What leaves the API. Phones and ID numbers are always masked here; only the audited reveal
 * returns them in full.
 */
export const customerView = (c: Customer): CustomerView => ({
  id: c.id,
  accountNumber: c.accountNumber,
  name: c.name,
  class: c.class,
  phone: maskPhone(c.phone),
  contacts: c.contacts.map((k) => ({ ...k, phone: maskPhone(k.phone) })),
  idNumber: c.idNumberMasked ?? null,
  address: c.address,
  regionId: c.regionId,
  specialCare: c.specialCare,
  tags: c.tags,
  notes: c.notes ?? null,
  state: c.lifecycle.state,
  lifecycle: {
    acceptance: c.lifecycle.acceptance ?? null,
    contracts: { supply: c.lifecycle.contracts.supply ?? null, 'safe-use': c.lifecycle.contracts['safe-use'] ?? null },
    gasOnAt: c.lifecycle.gasOnAt ?? null,
    suspension: c.lifecycle.suspension ?? null,
    restoration: c.lifecycle.restoration ?? null,
    closure: c.lifecycle.closure ?? null,
  },
  meters: c.meters,
  version: c.version,
  createdAt: c.createdAt,
  updatedAt: c.updatedAt,
});

/** A line of a customer list. */
export const customerListItem = (c: Customer): CustomerListItem => ({
  id: c.id,
  accountNumber: c.accountNumber,
  name: c.name,
  class: c.class,
  phone: maskPhone(c.phone),
  idNumber: c.idNumberMasked ?? null,
  address: c.address,
  regionId: c.regionId,
  state: c.lifecycle.state,
  specialCare: c.specialCare,
  tags: c.tags,
  meters: c.meters.filter((m) => m.status === 'active').map(({ id, serial, type }) => ({ id, serial, type })),
  version: c.version,
  updatedAt: c.updatedAt,
});

export const meterView = (m: Meter): MeterView => ({
  id: m.id,
  customerId: m.customerId,
  regionId: m.regionId,
  serial: m.serial,
  type: m.type,
  digits: m.digits,
  installedAt: m.installedAt,
  inlet: m.inlet ?? null,
  placement: m.placement ?? null,
  status: m.status,
  startRead: m.startRead,
  finalRead: m.finalRead ?? null,
  removedAt: m.removedAt ?? null,
  replaces: m.replaces ?? null,
  replacedBy: m.replacedBy ?? null,
  icCard: m.icCard ?? null,
  version: m.version,
  createdAt: m.createdAt,
  updatedAt: m.updatedAt,
});

/** An audit record as a timeline entry. */
/** A line of the timeline: an audit record, or a reading (its own audit record: shared/entities/reading.ts). */
export const timelineEntry = (a: Record<string, unknown>): TimelineEntry => (a.entity === 'reading' ? (readingTimelineEntry(a as never) as TimelineEntry) : auditEntry(a));

const auditEntry = (a: Record<string, unknown>): TimelineEntry => ({
  id: String(a.id),
  at: String(a.at),
  action: String(a.action),
  summary: (a.summary as string | undefined) ?? null,
  detail: (a.detail as Record<string, unknown> | undefined) ?? null,
  actor: a.actor as TimelineEntry['actor'],
});
