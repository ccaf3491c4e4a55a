import { ulid } from 'ulid';
import type * as z from 'zod';
import type { AdjustmentActionBody, AdjustmentsQuery, ProposeAdjustmentBody } from '../../shared/contract/adjustments.ts';
import { decodeCursor, encodeCursor } from '../../shared/db/cursor.ts';
import { absent, type Condition, type TenantStore } from '../../shared/db/tenant-store.ts';
import { adjustmentFromItem, adjustmentItem, volumeLedgerItem, type Actor, type Adjustment, type VolumeLedgerEntry } from '../../shared/entities/adjustment.ts';
import { meterFromItem, type Meter } from '../../shared/entities/meter.ts';
import { readingExceptionFromItem } from '../../shared/entities/reading.ts';
import { conflictError, forbiddenError, notFoundError, unprocessableError } from '../../shared/errors.ts';
import { keys } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { regionsInScope } from '../../shared/tenant-profile.ts';
import { customerSubject } from '../customers/customer-plans.ts';
import { checkExpected, type Expected } from '../customers/expected.ts';
import { filteredNewestFirst, mergedNewestFirst, type Stream } from './newest-first.ts';

type Proposal = z.infer<typeof ProposeAdjustmentBody>;
type Decision = Omit<z.infer<typeof AdjustmentActionBody>, 'version'>;
type Query = z.infer<typeof AdjustmentsQuery>;

const field422 = (code: string, field: string, message: string, params: Record<string, string | number> = {}) =>
  unprocessableError(code, `${field}: ${message}`, { field, ...params }, { fields: [{ field, message }] });

/** Readings of a meter read per page while looking for one by id (newest first: the one adjusted is nearly always recent). */
const READING_PAGE = 100;

const m3 = (v: number) => `${v > 0 ? '+' : ''}${v} m³`;

/**
 * Volume adjustments (调量/补量) with maker-checker. A proposal names the meter, the signed volume,
 * the kind, the reason and its evidence (exceptions and readings are checked: they exist and are of
 * that meter). A second person approves or rejects it — never the proposer — and only while it is
 * pending. An approval writes, in one transaction, the adjustment under its version and status, the
 * ledger entry in the meter's partition (the volume billing uses), the audit record on the
 * customer's timeline and the outbox event.
 */
export class AdjustmentService {
  constructor(readonly store: TenantStore) {}

  private get tenantId() {
    return this.store.tenantId;
  }

  private get actor(): Actor {
    const { kind, id, name } = this.store.ctx.principal;
    return { kind, id, name };
  }

  async get(id: string, consistent = false): Promise<Adjustment> {
    const item = await this.store.get(keys.adjustment(this.tenantId, id), consistent);
    if (!item || !canSeeRegion(this.store.ctx.principal, String(item.regionId))) throw notFoundError('Adjustment', { id });
    return adjustmentFromItem(item);
  }

  /** A meter the caller may see, or a 422 on `field` (an unknown one and one of another region read alike). */
  private async meter(meterId: string, field: string): Promise<Meter> {
    const item = await this.store.get(keys.meter(this.tenantId, meterId));
    const meter = item?.entity === 'meter' ? meterFromItem(item) : undefined;
    if (!meter || !canSeeRegion(this.store.ctx.principal, meter.regionId)) throw field422('meter-not-found', field, 'meter not found', { meterId });
    return meter;
  }

  /** Whether the meter has the reading: its recent history names its key; older ones are found in the meter's partition, newest first. */
  private async hasReading(meter: Meter, readingId: string): Promise<boolean> {
    const recent = meter.readings?.recent.find((h) => h.readingId === readingId);
    if (recent) return Boolean(await this.store.get(keys.meterReading(this.tenantId, meter.id, recent.readAt, readingId)));
    const pages = this.store.queryPages<Record<string, unknown>>({ pk: keys.meter(this.tenantId, meter.id).pk, sk: { beginsWith: keys.meterReadingPrefix() }, newestFirst: true, limit: READING_PAGE });
    for await (const page of pages) if (page.items.some((r) => r.id === readingId)) return true;
    return false;
  }

  /** The evidence and the reading it names are of this meter; a photo or an inspection is a reference kept as given. */
  private async checkBasis(meter: Meter, input: Proposal): Promise<void> {
    const exceptionRefs = input.evidence.map((e, i) => ({ ...e, i })).filter((e) => e.type === 'exception');
    const exceptions = await this.store.getMany(exceptionRefs.filter((e) => /^[0-9A-HJKMNP-TV-Z]{26}$/.test(e.ref)).map((e) => keys.readingException(this.tenantId, e.ref)));
    const byId = new Map(exceptions.map((item) => [String(item.id), readingExceptionFromItem(item)]));
    for (const e of exceptionRefs) {
      const exception = byId.get(e.ref);
      if (!exception || !canSeeRegion(this.store.ctx.principal, exception.regionId)) throw field422('evidence-not-found', `evidence.${e.i}.ref`, `no reading exception ${e.ref}`, { ref: e.ref });
      if (exception.meterId !== meter.id) throw field422('evidence-other-meter', `evidence.${e.i}.ref`, `exception ${e.ref} is of another meter`, { ref: e.ref });
    }
    const readings = [...input.evidence.map((e, i) => ({ ...e, field: `evidence.${i}.ref` })).filter((e) => e.type === 'reading'), ...(input.readingId ? [{ ref: input.readingId, field: 'readingId' }] : [])];
    for (const r of readings) {
      if (!(await this.hasReading(meter, r.ref))) throw field422('reading-not-of-meter', r.field, `meter ${meter.serial} has no reading ${r.ref}`, { ref: r.ref, meterId: meter.id });
    }
  }

  async propose(input: Proposal, now = new Date()): Promise<Adjustment> {
    const meter = await this.meter(input.meterId, 'meterId');
    await this.checkBasis(meter, input);
    const at = now.toISOString();
    const adjustment: Adjustment = {
      id: ulid(now.getTime()),
      meterId: meter.id,
      customerId: meter.customerId,
      regionId: meter.regionId,
      meterSerial: meter.serial,
      volume: input.volume,
      kind: input.kind,
      reason: input.reason,
      evidence: input.evidence,
      ...(input.readingId ? { readingId: input.readingId } : {}),
      status: 'pending',
      proposedBy: this.actor,
      proposedAt: at,
      version: 1,
      updatedAt: at,
    };
    await this.store.commit({
      writes: [{ kind: 'put', item: adjustmentItem(this.tenantId, adjustment), condition: absent(conflictError('id-taken', 'Adjustment id taken')) }],
      audit: {
        action: 'adjustment.proposed',
        subject: customerSubject(meter.customerId),
        summary: `${input.kind === 'supplement' ? '补量' : '调量'} ${m3(input.volume)} on meter ${meter.serial} proposed: ${input.reason}`,
        detail: { adjustmentId: adjustment.id, meterId: meter.id, volume: input.volume, kind: input.kind, evidence: input.evidence.length, readingId: input.readingId ?? null },
      },
      events: [{ type: 'adjustment.proposed', data: this.eventData(adjustment) }],
    });
    return adjustment;
  }

  private eventData(a: Adjustment): Record<string, unknown> {
    return { adjustmentId: a.id, meterId: a.meterId, customerId: a.customerId, regionId: a.regionId, volume: a.volume, kind: a.kind, status: a.status, proposedBy: a.proposedBy.id };
  }

  /**
   * Approve or reject: a second person (403 `own-adjustment` for the proposer), a pending one
   * (409 `adjustment-decided`), the version the caller read (If-Match 412, body 409). Written under
   * the version and the pending status, so of two deciders at once one wins and the other is 409.
   */
  async decide(id: string, body: Decision, expected?: Expected, now = new Date()): Promise<Adjustment> {
    const adjustment = await this.get(id, true);
    const me = this.actor;
    if (adjustment.proposedBy.kind === me.kind && adjustment.proposedBy.id === me.id) {
      throw forbiddenError('own-adjustment', 'The proposer of an adjustment may not approve or reject it: a second person decides (maker-checker)', { id, proposedBy: me.id });
    }
    if (adjustment.status !== 'pending') throw conflictError('adjustment-decided', `The adjustment was ${adjustment.status} already`, { id, status: adjustment.status });
    checkExpected(adjustment.version, expected, 'adjustment');
    const at = now.toISOString();
    const approve = body.action === 'approve';
    const entry: VolumeLedgerEntry | undefined = approve
      ? {
          id: ulid(now.getTime()),
          meterId: adjustment.meterId,
          customerId: adjustment.customerId,
          regionId: adjustment.regionId,
          volume: adjustment.volume,
          kind: adjustment.kind,
          source: { type: 'adjustment', id: adjustment.id },
          ...(adjustment.readingId ? { readingId: adjustment.readingId } : {}),
          postedAt: at,
          proposedBy: adjustment.proposedBy,
          approvedBy: me,
        }
      : undefined;
    const decided: Adjustment = {
      ...adjustment,
      status: approve ? 'approved' : 'rejected',
      decision: { action: body.action, note: body.note, actor: me, at },
      ...(entry ? { ledgerEntry: { id: entry.id, postedAt: entry.postedAt, volume: entry.volume } } : {}),
      version: adjustment.version + 1,
      updatedAt: at,
    };
    const stillPending: Condition = {
      expression: '#version = :expectedVersion AND #status = :pending',
      names: { '#version': 'version', '#status': 'status' },
      values: { ':expectedVersion': adjustment.version, ':pending': 'pending' },
      onFail: conflictError('adjustment-decided', 'The adjustment was decided by someone else meanwhile; reload it', { id }),
    };
    const what = `${adjustment.kind === 'supplement' ? '补量' : '调量'} ${m3(adjustment.volume)} on meter ${adjustment.meterSerial}`;
    await this.store.commit({
      writes: [
        { kind: 'put', item: adjustmentItem(this.tenantId, decided), condition: stillPending },
        ...(entry ? [{ kind: 'put' as const, item: volumeLedgerItem(this.tenantId, entry), condition: absent(conflictError('id-taken', 'Ledger entry id taken')) }] : []),
      ],
      audit: {
        action: approve ? 'adjustment.approved' : 'adjustment.rejected',
        subject: customerSubject(adjustment.customerId),
        summary: `${what} ${approve ? 'approved' : 'rejected'} (proposed by ${adjustment.proposedBy.name}): ${body.note}`,
        detail: { adjustmentId: id, meterId: adjustment.meterId, volume: adjustment.volume, kind: adjustment.kind, action: body.action, note: body.note, proposedBy: adjustment.proposedBy.id, ledgerEntryId: entry?.id ?? null },
      },
      events: [{ type: approve ? 'adjustment.approved' : 'adjustment.rejected', data: { ...this.eventData(decided), decidedBy: me.id, ...(entry ? { ledgerEntryId: entry.id, postedAt: entry.postedAt } : {}) } }],
    });
    return decided;
  }

  /**
   * The lists (docs/data-model.md): a meter's or a customer's adjustments (gsi2 / gsi3, all statuses
   * unless `status` is given, filtered in memory: a meter has a handful), otherwise the queue of a
   * status (default pending) of each region in scope (gsi1), merged newest first.
   */
  async list(query: Query): Promise<{ items: Adjustment[]; nextCursor: string | null }> {
    const limit = query.limit ?? 50;
    const list = `adjustments|${query.status ?? ''}|${query.regionId ?? ''}|${query.meterId ?? ''}|${query.customerId ?? ''}`;
    const after = decodeCursor(this.tenantId, list, query.cursor)?.id as string | undefined;
    let page: { items: Adjustment[]; last?: string };
    if (query.meterId || query.customerId) {
      let stream: Stream;
      if (query.meterId) {
        const item = await this.store.get(keys.meter(this.tenantId, query.meterId));
        if (item?.entity !== 'meter' || !canSeeRegion(this.store.ctx.principal, String(item.regionId))) throw notFoundError('Meter', { id: query.meterId });
        stream = { index: Index.meterAdjustments, pk: keys.meterAdjustments(this.tenantId, query.meterId) };
      } else {
        const item = await this.store.get(keys.customer(this.tenantId, query.customerId!));
        if (!item || !canSeeRegion(this.store.ctx.principal, String(item.regionId))) throw notFoundError('Customer', { id: query.customerId! });
        stream = { index: Index.customerAdjustments, pk: keys.customerAdjustments(this.tenantId, query.customerId!) };
      }
      if (query.regionId) await regionsInScope(this.store, query.regionId);
      const keep = (a: Adjustment) =>
        (!query.status || a.status === query.status) && (!query.customerId || a.customerId === query.customerId) && (!query.regionId || a.regionId === query.regionId) && canSeeRegion(this.store.ctx.principal, a.regionId);
      page = await filteredNewestFirst(this.store, stream, { after, limit, from: adjustmentFromItem, keep });
    } else {
      const status = query.status ?? 'pending';
      const regions = await regionsInScope(this.store, query.regionId);
      page = await mergedNewestFirst(
        this.store,
        regions.map((r) => ({ index: Index.adjustmentQueue, pk: keys.adjustmentQueue(this.tenantId, r, status) })),
        { after, limit, from: adjustmentFromItem },
      );
    }
    return { items: page.items, nextCursor: page.last ? encodeCursor(this.tenantId, list, { id: page.last })! : null };
  }
}
