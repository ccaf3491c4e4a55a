import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { ok } from '../../shared/http/reply.ts';
import { customerTimeline } from './timeline.ts';
import { customerTimeline as route } from './routes.ts';
import { timelineEntry } from './views.ts';

export const main = async ({ ctx, params, query }: Request<typeof route>) => {
  const page = await customerTimeline(new TenantStore(ctx), params.id, query);
  return ok({ items: page.items.map(timelineEntry), nextCursor: page.nextCursor ?? null });
};

export const handler = httpHandler(route, main);
export { route };
