import { decodeCursor, encodeCursor } from '../../shared/db/cursor.ts';
import type { KeyCondition, TenantStore } from '../../shared/db/tenant-store.ts';
import { ticketFromItem, type Ticket } from '../../shared/entities/ticket.ts';
import { keys } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';

/**
 * The open-ticket queues (the `QUEUE` entries of shared/entities/ticket.ts): a page is read
 * through the segments of the queue's sort key in order — passed deadlines of the first rank (special
 * care, urgent), of the second, then the deadlines ahead of each rank, paused, nothing left due —
 * each a Query on the one partition, continued into the next segment while the page has room.
 * The cursor (signed) carries the instant the first page split passed from ahead, the segment and
 * the Query's own cursor, so later pages keep the first page's order.
 */
export type QueueList =
  | { kind: 'region'; regionId: string }
  | { kind: 'tenant' }
  | { kind: 'region-assignee'; regionId: string; assignee: string }
  | { kind: 'assignee'; assignee: string };

function partition(tenantId: string, list: QueueList) {
  switch (list.kind) {
    case 'region':
      return { index: Index.ticketQueueByRegion, pk: keys.ticketQueueOfRegion(tenantId, list.regionId) };
    case 'tenant':
      return { index: Index.ticketQueueAll, pk: keys.ticketQueueAll(tenantId) };
    case 'region-assignee':
      return { index: Index.ticketQueueByRegionAssignee, pk: keys.ticketQueueOfRegionAssignee(tenantId, list.regionId, list.assignee) };
    case 'assignee':
      return { index: Index.ticketQueueByAssignee, pk: keys.ticketQueueOfAssignee(tenantId, list.assignee) };
  }
}

/** The segments in queue order, as of an instant. */
export function queueSegments(asOf: string): KeyCondition[] {
  const passed = (rank: 0 | 1): KeyCondition => ({ between: [keys.ticketQueueGroup(1, rank), keys.ticketQueueUpTo(1, rank, asOf)] });
  const ahead = (rank: 0 | 1): KeyCondition => ({ between: [keys.ticketQueueUpTo(1, rank, asOf), `${keys.ticketQueueGroup(1, rank)}~`] });
  return [passed(0), passed(1), ahead(0), ahead(1), { beginsWith: keys.ticketQueueGroup(2) }, { beginsWith: keys.ticketQueueGroup(3) }];
}

interface QueueCursor {
  asOf: string;
  segment: number;
  inner?: string;
}

export async function readQueue(store: TenantStore, list: QueueList, { limit, cursor, now = new Date() }: { limit: number; cursor?: string; now?: Date }): Promise<{ items: Ticket[]; nextCursor: string | null }> {
  const { index, pk } = partition(store.tenantId, list);
  const name = `ticket-queue|${index}|${pk}`;
  const state = (decodeCursor(store.tenantId, name, cursor) as QueueCursor | undefined) ?? { asOf: now.toISOString(), segment: 0 };
  const segments = queueSegments(state.asOf);
  if (!Number.isInteger(state.segment) || state.segment < 0 || state.segment >= segments.length) return { items: [], nextCursor: null };
  const items: Ticket[] = [];
  let segment = state.segment;
  let inner = state.inner;
  while (segment < segments.length && items.length < limit) {
    const page = await store.query({ index, pk, sk: segments[segment]!, limit: limit - items.length, cursor: inner });
    items.push(...page.items.map(ticketFromItem));
    if (page.nextCursor) {
      inner = page.nextCursor;
      break;
    }
    segment += 1;
    inner = undefined;
  }
  const next: QueueCursor | undefined = segment < segments.length ? { asOf: state.asOf, segment, ...(inner ? { inner } : {}) } : undefined;
  return { items, nextCursor: (next && encodeCursor(store.tenantId, name, next as unknown as Record<string, unknown>)) ?? null };
}
