import { client, unwrap } from '../../api.ts';
import type { ReadBookView, ReadCycleDetail, ReadCycleView } from './model.ts';

/**
 * A read book's cycles: the newest first of its region's (GET /v1/read-cycles?regionId=), the
 * book's own picked out. `open` asks for its open cycle only (the route sheet, the reader's day).
 */
export async function bookCycle(book: Pick<ReadBookView, 'id' | 'regionId'>, options: { open?: boolean; signal?: AbortSignal }): Promise<ReadCycleDetail | undefined> {
  let cursor: string | undefined;
  for (let page = 0; page < 10; page++) {
    const found = (await unwrap(
      client.GET('/v1/read-cycles', {
        params: { query: { regionId: book.regionId, ...(options.open ? { state: 'open' as const } : {}), limit: 100, ...(cursor ? { cursor } : {}) } },
        signal: options.signal,
      }),
    )) as { items: ReadCycleView[]; nextCursor: string | null };
    const cycle = found.items.find((c) => c.bookId === book.id);
    if (cycle) return (await unwrap(client.GET('/v1/read-cycles/{id}', { params: { path: { id: cycle.id } }, signal: options.signal }))) as ReadCycleDetail;
    if (!found.nextCursor) return undefined;
    cursor = found.nextCursor;
  }
  return undefined;
}
