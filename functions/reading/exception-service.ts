import type * as z from 'zod';
import type { ExceptionActionBody, ReadingExceptionsQuery } from '../../shared/contract/readings.ts';
import { decodeCursor, encodeCursor } from '../../shared/db/cursor.ts';
import type { Condition, TenantStore, WriteOp } from '../../shared/db/tenant-store.ts';
import { meterFromItem } from '../../shared/entities/meter.ts';
import { encodeHistory } from '../../shared/entities/meter-history.ts';
import { readingExceptionFromItem, readingExceptionItem, readingItem, type Reading, type ReadingException } from '../../shared/entities/reading.ts';
import { conflictError, notFoundError } from '../../shared/errors.ts';
import { keys } from '../../shared/keys.ts';
import { Index, type IndexName } from '../../shared/table.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { regionsInScope } from '../../shared/tenant-profile.ts';
import { customerSubject } from '../customers/customer-plans.ts';

type Query = z.infer<typeof ReadingExceptionsQuery>;

const versionIs = (version: number, what: string): Condition => ({
  expression: '#version = :expectedVersion',
  names: { '#version': 'version' },
  values: { ':expectedVersion': version },
  onFail: conflictError('stale-version', `The ${what} changed since it was read; reload and try again`, { what }),
});

/**
 * The VEE review queue. Each exception carries the keys of its region and status, by grade and by
 * rule (docs/data-model.md): a filtered list is one Query per region in scope, newest first,
 * merged by id. A stream that had more than it returned bounds the page at its last id, so nothing
 * is skipped; the cursor is the last id emitted, signed and bound to the tenant and the filters.
 */
export async function listExceptions(store: TenantStore, query: Query): Promise<{ items: ReadingException[]; nextCursor: string | null }> {
  const status = query.status ?? 'open';
  const limit = query.limit ?? 50;
  const regions = await regionsInScope(store, query.regionId);
  const list = `reading-exceptions|${status}|${query.grade ?? ''}|${query.rule ?? ''}|${query.regionId ?? ''}`;
  const after = decodeCursor(store.tenantId, list, query.cursor)?.id as string | undefined;
  const stream = (regionId: string): { index: IndexName; pk: string } => {
    if (query.rule) return { index: Index.readingExceptionsByRule, pk: keys.exceptionQueueByRule(store.tenantId, regionId, status, query.rule) };
    if (query.grade) return { index: Index.readingExceptionsByGrade, pk: keys.exceptionQueueByGrade(store.tenantId, regionId, status, query.grade) };
    return { index: Index.readingExceptions, pk: keys.exceptionQueue(store.tenantId, regionId, status) };
  };
  const pages = await Promise.all(
    regions.map(async (regionId) => {
      const page = await store.query<Record<string, unknown>>({ ...stream(regionId), ...(after ? { sk: { lte: after } } : {}), newestFirst: true, limit: limit + 1 });
      return { items: page.items.map(readingExceptionFromItem), more: page.nextCursor !== undefined };
    }),
  );
  // Below the bound, a stream that had more may hold ids not fetched yet.
  const bound = pages.filter((p) => p.more && p.items.length).map((p) => p.items.at(-1)!.id).sort().at(-1);
  const merged = pages
    .flatMap((p) => p.items)
    .filter((e) => e.id !== after && (!bound || e.id >= bound) && (!query.grade || e.grade === query.grade))
    .sort((a, b) => b.id.localeCompare(a.id));
  const items = merged.slice(0, limit);
  const last = merged.length > limit ? items.at(-1)!.id : bound;
  return { items, nextCursor: last ? encodeCursor(store.tenantId, list, { id: last })! : null };
}

/** An exception the caller may see (its region); otherwise 404, like another tenant's. */
export async function getException(store: TenantStore, id: string, consistent = false): Promise<ReadingException> {
  const item = await store.get(keys.readingException(store.tenantId, id), consistent);
  if (!item || !canSeeRegion(store.ctx.principal, String(item.regionId))) throw notFoundError('Reading exception', { id });
  return readingExceptionFromItem(item);
}

/**
 * Review of an exception: `accept` resolves it (the reading becomes billable again once no
 * blocking exception of it is open); `reject` resolves it and voids the reading. The exception,
 * the reading and the meter's history entry change in one transaction with the audit and event.
 */
export async function actOnException(store: TenantStore, id: string, body: z.infer<typeof ExceptionActionBody>): Promise<ReadingException> {
  const exception = await getException(store, id, true);
  if (exception.status !== 'open') throw conflictError('exception-resolved', `The exception was ${exception.resolution?.action ?? 'resolved'}ed already`, { id });
  const readingRaw = await store.get(exception.readingKey, true);
  if (!readingRaw) throw notFoundError('Reading', { id: exception.readingId });
  const { pk: _pk, sk: _sk, entity: _e, ...rest } = readingRaw;
  const reading = rest as unknown as Reading;
  const at = new Date().toISOString();
  const { principal } = store.ctx;
  const resolved: ReadingException = {
    ...exception,
    status: 'resolved',
    resolution: { action: body.action, note: body.note, actor: { kind: principal.kind, id: principal.id, name: principal.name }, at },
    version: exception.version + 1,
  };
  const exceptions = reading.exceptions.map((e) => (e.id === id ? { ...e, status: 'resolved' as const } : e));
  const stillBlocked = exceptions.some((e) => e.status === 'open' && e.grade === 'blocking');
  const voided = body.action === 'reject' || reading.status === 'void';
  const next: Reading = { ...reading, exceptions, status: voided ? 'void' : stillBlocked ? 'held' : 'valid', billable: !voided && !stillBlocked, version: reading.version + 1 };
  const writes: WriteOp[] = [
    { kind: 'put', item: readingExceptionItem(store.tenantId, resolved), condition: versionIs(exception.version, 'exception') },
    { kind: 'put', item: readingItem(store.tenantId, next), condition: versionIs(reading.version, 'reading') },
  ];
  // The meter's history entry follows, so expected use counts the reading only while it is billable.
  const meterItem = await store.get(keys.meter(store.tenantId, reading.meterId), true);
  const meter = meterItem ? meterFromItem(meterItem) : undefined;
  const entry = meter?.readings?.recent.find((h) => h.readingId === reading.id);
  if (meter?.readings && entry && entry.billable !== next.billable) {
    const readings = { ...meter.readings, recent: meter.readings.recent.map((h) => (h.readingId === reading.id ? { ...h, billable: next.billable } : h)) };
    writes.push({ kind: 'update', key: keys.meter(store.tenantId, meter.id), set: { history: encodeHistory(readings), version: meter.version + 1, updatedAt: at }, condition: versionIs(meter.version, 'meter') });
  }
  await store.commit({
    writes,
    audit: {
      action: body.action === 'accept' ? 'reading.exception-accepted' : 'reading.voided',
      subject: customerSubject(reading.customerId),
      summary: `${exception.rule} (${exception.grade}) on the reading of ${reading.readAt}: ${body.action === 'accept' ? 'accepted' : 'rejected, reading void'} — ${body.note}`,
      detail: { exceptionId: id, readingId: reading.id, meterId: reading.meterId, action: body.action, note: body.note, billable: next.billable },
    },
    events: [{ type: 'reading.exception-resolved', data: { exceptionId: id, readingId: reading.id, meterId: reading.meterId, customerId: reading.customerId, regionId: reading.regionId, rule: exception.rule, action: body.action, billable: next.billable } }],
  });
  return resolved;
}
