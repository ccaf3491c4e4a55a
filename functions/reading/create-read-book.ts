import { TenantStore } from '../../shared/db/tenant-store.ts';
import { readBookView } from '../../shared/entities/read-book.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import type { Reply } from '../../shared/http/reply.ts';
import { ReadBookService } from './read-book-service.ts';
import { createReadBook as route } from './routes.ts';

export const main = async ({ ctx, body }: Request<typeof route>): Promise<Reply> => {
  const book = await new ReadBookService(new TenantStore(ctx)).create(body);
  return { status: 201, body: readBookView(book), headers: { etag: `"${book.version}"`, location: `/v1/read-books/${book.id}` } };
};

export const handler = httpHandler(route, main);
export { route };
