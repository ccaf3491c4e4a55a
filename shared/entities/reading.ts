import type { Evidence, ExceptionGrade, ExceptionStatus, ReadingExceptionView, ReadingSource, ReadingView, VeeRule } from '../contract/readings.ts';
import type { Item } from '../db/tenant-store.ts';
import { keys } from '../keys.ts';

/**
 * Meter readings and their VEE exceptions (docs/data-model.md › Meter reading). A reading lives
 * in its meter's partition; the meter item carries a pointer to its last reading and its last
 * few readings (`MeterReadings`), so validating a reading needs no query of the history.
 */

/** A past reading as the meter keeps it, newest first (the VEE rules' history). */
export interface ReadingHistoryEntry {
  readingId: string | null;
  readAt: string;
  value: number;
  consumption: number | null;
  days: number | null;
  source: ReadingSource | 'start';
  billable: boolean;
  purchases?: number;
}

/** On the meter item: the last reading (the optimistic lock of ingestion is the meter's version) and the recent history. */
export interface MeterReadings {
  last: { readingId: string; value: number; readAt: string; source: ReadingSource; purchases?: number };
  recent: ReadingHistoryEntry[];
}

/** How many past readings the meter keeps: a year and a quarter of monthly reads (same period last year). */
export const METER_HISTORY = 15;

export interface Reading {
  id: string;
  meterId: string;
  customerId: string;
  regionId: string;
  value: number;
  readAt: string;
  source: ReadingSource;
  previous: { value: number; readAt: string } | null;
  consumption: number | null;
  days: number | null;
  billable: boolean;
  status: 'valid' | 'held' | 'void';
  /** Its exceptions and whether each is still open (a blocking one open keeps it out of billing). */
  exceptions: { id: string; rule: VeeRule; grade: ExceptionGrade; status: ExceptionStatus }[];
  /** IC-card meters: the balance the meter showed, integer fen. */
  cardBalanceFen?: number;
  purchases?: number;
  photoRef?: string;
  policyVersionId: string | null;
  actor: { kind: string; id: string; name: string };
  createdAt: string;
  /** Bumped by each review of its exceptions (optimistic lock). */
  version: number;
}

export const readingKey = (tenantId: string, r: Pick<Reading, 'meterId' | 'readAt' | 'id'>) => keys.meterReading(tenantId, r.meterId, r.readAt, r.id);

/**
 * The item, on its customer's timeline too (gsi1 `bySubjectHistory`, sorted by the reading's ULID
 * like the audit records there): a reading records who read what and when, so it is its own audit
 * record — one item and one index write instead of a second item (docs/data-model.md).
 */
export const readingItem = (tenantId: string, r: Reading): Item => ({
  ...readingKey(tenantId, r),
  entity: 'reading',
  ...r,
  gsi1pk: keys.subjectHistory(tenantId, 'customer', r.customerId),
  gsi1sk: r.id,
});

/** A reading as a line of its customer's timeline (what an audit record of it would say). */
export function readingTimelineEntry(r: Pick<Reading, 'id' | 'createdAt' | 'meterId' | 'value' | 'readAt' | 'source' | 'consumption' | 'exceptions' | 'actor'> & { id: string }) {
  const raised = r.exceptions.map((e) => `${e.rule} (${e.grade})`).join(', ');
  return {
    id: r.id,
    at: r.createdAt,
    action: 'reading.accepted',
    summary: `meter read ${r.value} (${r.consumption ?? '?'} m³)${raised ? `: ${raised}` : ''}`,
    detail: { readingId: r.id, meterId: r.meterId, value: r.value, readAt: r.readAt, source: r.source, consumption: r.consumption, exceptions: raised || null },
    actor: r.actor,
  };
}

export const readingView = (r: Reading): ReadingView => ({
  id: r.id,
  meterId: r.meterId,
  customerId: r.customerId,
  regionId: r.regionId,
  value: r.value,
  readAt: r.readAt,
  source: r.source,
  previous: r.previous,
  consumption: r.consumption,
  days: r.days,
  billable: r.billable,
  status: r.status,
  exceptions: r.exceptions.map(({ rule, grade }) => ({ rule, grade })),
  cardBalanceFen: r.cardBalanceFen ?? null,
  purchases: r.purchases ?? null,
  photoRef: r.photoRef ?? null,
  policyVersionId: r.policyVersionId,
  actor: r.actor,
  createdAt: r.createdAt,
});

export interface ReadingException {
  id: string;
  readingId: string;
  /** The reading's key (its meter's partition). */
  readingKey: { pk: string; sk: string };
  meterId: string;
  customerId: string;
  regionId: string;
  rule: VeeRule;
  grade: ExceptionGrade;
  status: ExceptionStatus;
  readAt: string;
  value: number;
  consumption: number | null;
  evidence: Evidence;
  resolution?: { action: 'accept' | 'reject'; note: string; actor: { kind: string; id: string; name: string }; at: string };
  createdAt: string;
  version: number;
}

/** The item, with the review-queue keys of its region and status (by grade and by rule too). */
export const readingExceptionItem = (tenantId: string, e: ReadingException): Item => ({
  ...keys.readingException(tenantId, e.id),
  entity: 'reading-exception',
  ...e,
  gsi1pk: keys.exceptionQueue(tenantId, e.regionId, e.status),
  gsi1sk: e.id,
  gsi2pk: keys.exceptionQueueByGrade(tenantId, e.regionId, e.status, e.grade),
  gsi2sk: e.id,
  gsi3pk: keys.exceptionQueueByRule(tenantId, e.regionId, e.status, e.rule),
  gsi3sk: e.id,
});

export function readingExceptionFromItem(item: Record<string, unknown>): ReadingException {
  const { pk: _pk, sk: _sk, entity: _e, gsi1pk: _1, gsi1sk: _2, gsi2pk: _3, gsi2sk: _4, gsi3pk: _5, gsi3sk: _6, ...rest } = item;
  return rest as unknown as ReadingException;
}

export const readingExceptionView = (e: ReadingException): ReadingExceptionView => ({
  id: e.id,
  readingId: e.readingId,
  meterId: e.meterId,
  customerId: e.customerId,
  regionId: e.regionId,
  rule: e.rule,
  grade: e.grade,
  status: e.status,
  readAt: e.readAt,
  value: e.value,
  consumption: e.consumption,
  evidence: e.evidence,
  resolution: e.resolution ?? null,
  createdAt: e.createdAt,
  version: e.version,
});
