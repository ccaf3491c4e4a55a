import { TenantStore } from '../../shared/db/tenant-store.ts';
import { readBookView } from '../../shared/entities/read-book.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import type { Reply } from '../../shared/http/reply.ts';
import { expectedFrom } from '../customers/expected.ts';
import { ReadBookService } from './read-book-service.ts';
import { splitReadBook as route } from './routes.ts';

export const main = async ({ ctx, params, body, headers }: Request<typeof route>): Promise<Reply> => {
  const { version, ...split } = body;
  const { book, source } = await new ReadBookService(new TenantStore(ctx)).split(params.id, split, expectedFrom(headers, version));
  return { status: 201, body: { book: readBookView(book), source: readBookView(source) }, headers: { etag: `"${book.version}"`, location: `/v1/read-books/${book.id}` } };
};

export const handler = httpHandler(route, main);
export { route };
