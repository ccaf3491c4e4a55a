import { TenantStore } from '../../shared/db/tenant-store.ts';
import { readBookView } from '../../shared/entities/read-book.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { ReadBookService } from './read-book-service.ts';
import { getReadBook as route } from './routes.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => withEtag(readBookView(await new ReadBookService(new TenantStore(ctx)).get(params.id)));

export const handler = httpHandler(route, main);
export { route };
