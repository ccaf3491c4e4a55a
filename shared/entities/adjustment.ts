import type { AdjustmentKind, AdjustmentStatus, AdjustmentView, EvidenceType } from '../contract/adjustments.ts';
import type { Item } from '../db/tenant-store.ts';
import { keys } from '../keys.ts';

/**
 * A volume adjustment (调量/补量) and the ledger entry its approval writes (docs/data-model.md ›
 * Meter reading). The adjustment lives in a partition of its own (GetItem by id) with the keys of
 * its region's queue by status, its meter's and its customer's lists; the ledger entry lives in
 * the meter's partition, so billing reads a meter's volume corrections with one Query.
 */
export interface Actor {
  kind: string;
  id: string;
  name: string;
}

export interface Adjustment {
  id: string;
  meterId: string;
  customerId: string;
  regionId: string;
  meterSerial: string;
  /** m³, signed, 0.1 steps. */
  volume: number;
  kind: AdjustmentKind;
  reason: string;
  evidence: { type: EvidenceType; ref: string }[];
  readingId?: string;
  status: AdjustmentStatus;
  proposedBy: Actor;
  proposedAt: string;
  decision?: { action: 'approve' | 'reject'; note: string; actor: Actor; at: string };
  ledgerEntry?: { id: string; postedAt: string; volume: number };
  version: number;
  updatedAt: string;
}

export const adjustmentItem = (tenantId: string, a: Adjustment): Item => ({
  ...keys.adjustment(tenantId, a.id),
  entity: 'adjustment',
  ...a,
  gsi1pk: keys.adjustmentQueue(tenantId, a.regionId, a.status),
  gsi1sk: a.id,
  gsi2pk: keys.meterAdjustments(tenantId, a.meterId),
  gsi2sk: a.id,
  gsi3pk: keys.customerAdjustments(tenantId, a.customerId),
  gsi3sk: a.id,
});

export function adjustmentFromItem(item: Record<string, unknown>): Adjustment {
  const { pk: _pk, sk: _sk, entity: _e, gsi1pk: _1, gsi1sk: _2, gsi2pk: _3, gsi2sk: _4, gsi3pk: _5, gsi3sk: _6, ...rest } = item;
  return rest as unknown as Adjustment;
}

export const adjustmentView = (a: Adjustment): AdjustmentView => ({
  id: a.id,
  meterId: a.meterId,
  customerId: a.customerId,
  regionId: a.regionId,
  meterSerial: a.meterSerial,
  volume: a.volume,
  kind: a.kind,
  reason: a.reason,
  evidence: a.evidence,
  readingId: a.readingId ?? null,
  status: a.status,
  proposedBy: a.proposedBy,
  proposedAt: a.proposedAt,
  decision: a.decision ?? null,
  ledgerEntry: a.ledgerEntry ?? null,
  version: a.version,
  updatedAt: a.updatedAt,
});

/**
 * A volume ledger entry: m³ that billing adds to (or, negative, takes off) the metered consumption
 * of the meter. Written once, by the approval of its adjustment, in the same transaction; billing
 * reads the entries posted since its last bill (`LEDGER#<from>` … `LEDGER#<to>~`). Never updated
 * by this capability: a correction of a correction is another adjustment.
 */
export interface VolumeLedgerEntry {
  id: string;
  meterId: string;
  customerId: string;
  regionId: string;
  volume: number;
  kind: AdjustmentKind;
  /** What posted it. */
  source: { type: 'adjustment'; id: string };
  readingId?: string;
  postedAt: string;
  proposedBy: Actor;
  approvedBy: Actor;
}

export const volumeLedgerItem = (tenantId: string, e: VolumeLedgerEntry): Item => ({
  ...keys.volumeLedgerEntry(tenantId, e.meterId, e.postedAt, e.id),
  entity: 'volume-ledger-entry',
  ...e,
});

export function volumeLedgerFromItem(item: Record<string, unknown>): VolumeLedgerEntry {
  const { pk: _pk, sk: _sk, entity: _e, ...rest } = item;
  return rest as unknown as VolumeLedgerEntry;
}
