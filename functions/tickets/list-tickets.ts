import { TenantStore, type QueryInput } from '../../shared/db/tenant-store.ts';
import { ticketFromItem, ticketView } from '../../shared/entities/ticket.ts';
import { notFoundError, unprocessableError } from '../../shared/errors.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { invalidField } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { listTickets as route } from './routes.ts';
import { readQueue, type QueueList } from './ticket-queues.ts';

/**
 * One Query on the index the filters name (docs/data-model.md, "Service tickets"); no Scan, no
 * filter in the handler. A caller limited to regions lists one of them (its only one by default).
 * `view=risk` / `view=assignee`: the open-ticket queues (ticket-queues.ts).
 */
export const main = async ({ ctx, query }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const t = ctx.tenantId;
  const { status, kind } = query;
  const scoped = ctx.principal.regions;
  let regionId = query.regionId;
  if (regionId && !canSeeRegion(ctx.principal, regionId)) throw notFoundError('Region', { regionId });
  if (!regionId && scoped) {
    if (scoped.length !== 1) throw unprocessableError('region-required', 'regionId: choose one of your regions', { field: 'regionId' }, { fields: [{ field: 'regionId', message: `one of ${scoped.join(', ')}` }] });
    regionId = scoped[0];
  }
  const view = query.view ?? (query.assignee ? 'assignee' : undefined);
  if (view) {
    if (status) throw invalidField('query.status', `not with view=${view} (the open tickets, by SLA risk)`);
    if (kind) throw invalidField('query.kind', `not with view=${view} (the open tickets, by SLA risk)`);
    if (view === 'risk' && query.assignee) throw invalidField('query.assignee', 'only with view=assignee');
    const assignee = query.assignee ?? (ctx.principal.kind === 'user' ? ctx.principal.id : undefined);
    if (view === 'assignee' && !assignee) throw invalidField('query.assignee', 'required with view=assignee');
    const list: QueueList =
      view === 'risk' ? (regionId ? { kind: 'region', regionId } : { kind: 'tenant' }) : regionId ? { kind: 'region-assignee', regionId, assignee: assignee! } : { kind: 'assignee', assignee: assignee! };
    const now = new Date();
    const page = await readQueue(store, list, { limit: query.limit ?? 50, cursor: query.cursor, now });
    return ok({ items: page.items.map((i) => ticketView(i, now)), nextCursor: page.nextCursor });
  }
  const byStatus = status ? { sk: { beginsWith: keys.ticketStatusPrefix(status) } } : {};
  const q: Omit<QueryInput, 'cursor' | 'limit'> = regionId
    ? kind
      ? { index: Index.ticketsByRegionKind, pk: keys.ticketsOfRegionKind(t, regionId, kind), ...byStatus }
      : { index: Index.ticketsByRegion, pk: keys.ticketsOfRegion(t, regionId), ...byStatus }
    : kind
      ? { index: Index.ticketsByKind, pk: keys.ticketsOfKind(t, kind), ...byStatus }
      : status
        ? { index: Index.ticketsByStatus, pk: keys.ticketsOfStatus(t, status) }
        : { index: Index.ticketsAll, pk: keys.ticketsAll(t) };
  const page = await store.query({ ...q, newestFirst: true, limit: query.limit ?? 50, cursor: query.cursor });
  return ok({ items: page.items.map((i) => ticketView(ticketFromItem(i))), nextCursor: page.nextCursor ?? null });
};

export const handler = httpHandler(route, main);
export { route };
