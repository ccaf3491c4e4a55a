import { TenantStore } from '../../shared/db/tenant-store.ts';
import { readBookView } from '../../shared/entities/read-book.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { expectedFrom } from '../customers/expected.ts';
import { ReadBookService } from './read-book-service.ts';
import { mergeReadBook as route } from './routes.ts';

export const main = async ({ ctx, params, body, headers }: Request<typeof route>) => {
  const { version, ...merge } = body;
  return withEtag(readBookView(await new ReadBookService(new TenantStore(ctx)).merge(params.id, merge, expectedFrom(headers, version))));
};

export const handler = httpHandler(route, main);
export { route };
