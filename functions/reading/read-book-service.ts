import { ulid } from 'ulid';
import type * as z from 'zod';
import { MAX_BOOK_CHANGES, MAX_BOOK_METERS, type CreateReadBookBody, type MergeReadBookBody, type SplitReadBookBody, type UpdateReadBookBody } from '../../shared/contract/read-books.ts';
import type { TenantStore, WriteOp } from '../../shared/db/tenant-store.ts';
import { absent, versionIs } from '../../shared/db/tenant-store.ts';
import type { CustomerClass } from '../../shared/contract/customers.ts';
import type { Cadence } from '../../shared/contract/read-books.ts';
import { meterFromItem, type Meter } from '../../shared/entities/meter.ts';
import { bookGuardItem, readBookFromItem, readBookItem, type ReadBook } from '../../shared/entities/read-book.ts';
import type { User } from '../../shared/entities/user.ts';
import { conflictError, notFoundError, unprocessableError } from '../../shared/errors.ts';
import { keys } from '../../shared/keys.ts';
import { Index } from '../../shared/table.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { regionsInScope } from '../../shared/tenant-profile.ts';
import { checkExpected, type Expected } from '../customers/expected.ts';
import { derivedCadence } from './cycles/schedule.ts';

const unique = <T>(xs: T[]) => [...new Set(xs)];

const bookSubject = (id: string) => ({ type: 'read-book', id });

const field422 = (code: string, field: string, message: string, params: Record<string, string | number> = {}) =>
  unprocessableError(code, `${field}: ${message}`, { field, ...params }, { fields: [{ field, message }] });

/**
 * Read books: create, list by region, read, change (add, remove, re-sequence, rename, reassign).
 * A meter is in at most one book: its guard item (in the meter's partition) is put with
 * `attribute_not_exists` in the same transaction as the book, and deleted when it leaves; a split
 * or a merge moves it (`bookId = :from` → the other book) in the transaction of both books.
 */
export class ReadBookService {
  constructor(readonly store: TenantStore) {}

  private get tenantId() {
    return this.store.tenantId;
  }

  async get(id: string, consistent = false): Promise<ReadBook> {
    const item = await this.store.get(keys.readBook(this.tenantId, id), consistent);
    if (!item || !canSeeRegion(this.store.ctx.principal, String(item.regionId))) throw notFoundError('Read book', { id });
    return readBookFromItem(item);
  }

  async list(regionId: string, page: { cursor?: string; limit?: number }) {
    await regionsInScope(this.store, regionId);
    const found = await this.store.query({ index: Index.regionReadBooks, pk: keys.regionReadBooks(this.tenantId, regionId), cursor: page.cursor, limit: page.limit ?? 50 });
    return { items: found.items.map(readBookFromItem), nextCursor: found.nextCursor ?? null };
  }

  /** The reader must be an enabled `field` user who works in the region. */
  private async checkReader(username: string, regionId: string, field: string): Promise<void> {
    const user = await this.store.get<User>(keys.user(this.tenantId, username));
    if (!user || user.disabled || !user.roles.includes('field') || (user.regions !== undefined && !user.regions.includes(regionId))) {
      throw field422('reader-not-eligible', field, `${username} is not an enabled field user of region ${regionId}`, { reader: username, regionId });
    }
  }

  /** The meters to add exist, are active, lie in the book's region (and the caller's). */
  private async checkMeters(meterIds: string[], regionId: string, field: string): Promise<Meter[]> {
    const items = await this.store.getMany(meterIds.map((id) => keys.meter(this.tenantId, id)));
    const meters = new Map(items.filter((i) => i.entity === 'meter').map((i) => [String(i.id), meterFromItem(i)]));
    meterIds.forEach((id, i) => {
      const meter = meters.get(id);
      if (!meter || !canSeeRegion(this.store.ctx.principal, meter.regionId)) throw field422('meter-not-found', `${field}.${i}`, 'meter not found', { meterId: id });
      if (meter.regionId !== regionId) throw field422('meter-other-region', `${field}.${i}`, `meter ${meter.serial} is in region ${meter.regionId}, not ${regionId}`, { meterId: id });
      if (meter.status !== 'active') throw field422('meter-not-active', `${field}.${i}`, `meter ${meter.serial} is ${meter.status}`, { meterId: id });
    });
    return meterIds.map((id) => meters.get(id)!);
  }

  /** The cadence a new book follows when none is given: from its meters' placement and their customers' class. */
  private async cadenceOf(meters: Meter[]): Promise<Cadence> {
    const customers = await this.store.getMany(unique(meters.map((m) => m.customerId)).map((id) => keys.customer(this.tenantId, id)));
    const classOf = new Map(customers.map((c) => [String(c.id), c.class as CustomerClass]));
    return derivedCadence(meters.map((m) => ({ customerClass: classOf.get(m.customerId) ?? 'residential', ...(m.placement ? { placement: m.placement } : {}) })));
  }

  private guards(bookId: string, add: string[], remove: string[]): WriteOp[] {
    return [
      ...add.map((meterId): WriteOp => ({ kind: 'put', item: bookGuardItem(this.tenantId, meterId, bookId), condition: absent(conflictError('meter-in-another-book', `A meter is in another read book already`, { meterId })) })),
      ...remove.map((meterId): WriteOp => ({
        kind: 'delete',
        key: keys.meterReadBookGuard(this.tenantId, meterId),
        condition: { expression: 'bookId = :book', values: { ':book': bookId }, onFail: conflictError('stale-version', 'The read book changed; reload and try again') },
      })),
    ];
  }

  async create(input: z.infer<typeof CreateReadBookBody>): Promise<ReadBook> {
    await regionsInScope(this.store, input.regionId);
    await this.checkReader(input.reader, input.regionId, 'reader');
    const meters = await this.checkMeters(input.meterIds, input.regionId, 'meterIds');
    const cadence = input.cadence ?? (await this.cadenceOf(meters));
    const at = new Date().toISOString();
    const book: ReadBook = { id: ulid(), name: input.name, regionId: input.regionId, reader: input.reader, cadence, meterIds: input.meterIds, version: 1, createdAt: at, updatedAt: at };
    await this.store.commit({
      writes: [{ kind: 'put', item: readBookItem(this.tenantId, book), condition: absent(conflictError('id-taken', 'Read book id taken')) }, ...this.guards(book.id, input.meterIds, [])],
      audit: { action: 'read-book.created', subject: bookSubject(book.id), summary: `read book ${book.name} of ${book.reader}, ${book.meterIds.length} meters, ${book.cadence}`, detail: { regionId: book.regionId, reader: book.reader, cadence: book.cadence, meters: book.meterIds.length } },
      events: [{ type: 'read-book.created', data: { bookId: book.id, regionId: book.regionId, reader: book.reader, meters: book.meterIds.length } }],
    });
    return book;
  }

  async update(id: string, patch: Omit<z.infer<typeof UpdateReadBookBody>, 'version'>, expected?: Expected): Promise<ReadBook> {
    const book = await this.get(id, true);
    checkExpected(book.version, expected, 'read book');
    const add = patch.add ?? [];
    const remove = patch.remove ?? [];
    if (add.length + remove.length > 90) throw field422('too-many-changes', 'add', 'at most 90 meters added and removed at once');
    add.forEach((m, i) => {
      if (book.meterIds.includes(m)) throw field422('meter-in-book', `add.${i}`, 'the meter is in this book already', { meterId: m });
    });
    remove.forEach((m, i) => {
      if (!book.meterIds.includes(m)) throw field422('meter-not-in-book', `remove.${i}`, 'the meter is not in this book', { meterId: m });
    });
    let meterIds = [...book.meterIds.filter((m) => !remove.includes(m)), ...add];
    if (patch.order) {
      const same = patch.order.length === meterIds.length && new Set(patch.order).size === meterIds.length && patch.order.every((m) => meterIds.includes(m));
      if (!same) throw field422('order-not-a-permutation', 'order', "must list exactly the book's meters (after add and remove), each once");
      meterIds = patch.order;
    }
    if (meterIds.length > MAX_BOOK_METERS) throw field422('book-full', 'add', `a read book holds at most ${MAX_BOOK_METERS} meters`);
    if (patch.reader && patch.reader !== book.reader) await this.checkReader(patch.reader, book.regionId, 'reader');
    if (add.length) await this.checkMeters(add, book.regionId, 'add');
    const next: ReadBook = { ...book, ...(patch.name ? { name: patch.name } : {}), ...(patch.reader ? { reader: patch.reader } : {}), ...(patch.cadence ? { cadence: patch.cadence } : {}), meterIds, version: book.version + 1, updatedAt: new Date().toISOString() };
    const changed = [patch.name && 'name', patch.reader && 'reader', patch.cadence && patch.cadence !== book.cadence && `cadence ${patch.cadence}`, add.length && `+${add.length} meters`, remove.length && `-${remove.length} meters`, patch.order && 'order'].filter(Boolean).join(', ');
    await this.store.commit({
      writes: [{ kind: 'put', item: readBookItem(this.tenantId, next), condition: versionIs(book.version, 'read book') }, ...this.guards(book.id, add, remove)],
      audit: { action: 'read-book.updated', subject: bookSubject(book.id), summary: `changed ${changed || 'nothing'}`, detail: { reader: next.reader, cadence: next.cadence, added: add.length, removed: remove.length, reordered: Boolean(patch.order), version: next.version } },
      events: [{ type: 'read-book.updated', data: { bookId: book.id, regionId: book.regionId, reader: next.reader, meters: meterIds.length } }],
    });
    return next;
  }

  /** Each moved meter's guard: from one book to the other, if it is still the source's. */
  private moves(from: string, to: string, meterIds: string[]): WriteOp[] {
    return meterIds.map((meterId) => ({
      kind: 'update',
      key: keys.meterReadBookGuard(this.tenantId, meterId),
      set: { bookId: to },
      condition: { expression: 'bookId = :book', values: { ':book': from }, onFail: conflictError('stale-version', 'The read book changed; reload and try again') },
    }));
  }

  /**
   * Split: the meters named move to a new book of the region (walk order kept in both), in one
   * transaction — the source under its version, the new book, each moved meter's guard (≤ 90).
   */
  async split(id: string, input: Omit<z.infer<typeof SplitReadBookBody>, 'version'>, expected?: Expected): Promise<{ book: ReadBook; source: ReadBook }> {
    const source = await this.get(id, true);
    checkExpected(source.version, expected, 'read book');
    input.meterIds.forEach((m, i) => {
      if (!source.meterIds.includes(m)) throw field422('meter-not-in-book', `meterIds.${i}`, 'the meter is not in this book', { meterId: m });
    });
    if (input.meterIds.length >= source.meterIds.length) throw field422('split-takes-all', 'meterIds', 'a split leaves at least one meter in the book (rename or reassign it instead)');
    const reader = input.reader ?? source.reader;
    if (input.reader) await this.checkReader(input.reader, source.regionId, 'reader');
    const moving = new Set(input.meterIds);
    const at = new Date().toISOString();
    const book: ReadBook = { id: ulid(), name: input.name, regionId: source.regionId, reader, cadence: source.cadence, meterIds: source.meterIds.filter((m) => moving.has(m)), version: 1, createdAt: at, updatedAt: at };
    const rest: ReadBook = { ...source, meterIds: source.meterIds.filter((m) => !moving.has(m)), version: source.version + 1, updatedAt: at };
    await this.store.commit({
      writes: [
        { kind: 'put', item: readBookItem(this.tenantId, rest), condition: versionIs(source.version, 'read book') },
        { kind: 'put', item: readBookItem(this.tenantId, book), condition: absent(conflictError('id-taken', 'Read book id taken')) },
        ...this.moves(source.id, book.id, book.meterIds),
      ],
      audit: [
        { action: 'read-book.split', subject: bookSubject(source.id), summary: `${book.meterIds.length} meters moved to the new book ${book.name}`, detail: { newBookId: book.id, moved: book.meterIds.length, remaining: rest.meterIds.length, version: rest.version } },
        { action: 'read-book.created', subject: bookSubject(book.id), summary: `split from ${source.name}: read book ${book.name} of ${book.reader}, ${book.meterIds.length} meters`, detail: { splitFrom: source.id, regionId: book.regionId, reader: book.reader, meters: book.meterIds.length } },
      ],
      events: [{ type: 'read-book.split', data: { bookId: source.id, newBookId: book.id, regionId: source.regionId, reader: book.reader, moved: book.meterIds.length, remaining: rest.meterIds.length } }],
    });
    return { book, source: rest };
  }

  /**
   * Merge: the meters of `from` (same region, ≤ 90) are appended to this book in their walk order
   * and `from` is deleted, in one transaction — both books under their versions, each moved guard.
   */
  async merge(id: string, input: Omit<z.infer<typeof MergeReadBookBody>, 'version'>, expected?: Expected): Promise<ReadBook> {
    if (input.from === id) throw field422('merge-into-itself', 'from', 'a book cannot be merged into itself');
    const into = await this.get(id, true);
    checkExpected(into.version, expected, 'read book');
    const item = await this.store.get(keys.readBook(this.tenantId, input.from), true);
    if (!item || !canSeeRegion(this.store.ctx.principal, String(item.regionId))) throw field422('book-not-found', 'from', 'read book not found', { bookId: input.from });
    const from = readBookFromItem(item);
    if (input.fromVersion !== undefined && input.fromVersion !== from.version) {
      throw conflictError('stale-version', `The read book ${from.id} is at version ${from.version}, not ${input.fromVersion}; reload and try again`, { what: 'read book', version: input.fromVersion, actual: from.version });
    }
    if (from.regionId !== into.regionId) throw field422('book-other-region', 'from', `the book is in region ${from.regionId}, not ${into.regionId}`, { bookId: from.id, regionId: from.regionId });
    if (from.meterIds.length > MAX_BOOK_CHANGES) {
      throw field422('too-many-changes', 'from', `a merge moves at most ${MAX_BOOK_CHANGES} meters in its one transaction; ${from.name} has ${from.meterIds.length}: move its meters over in steps of ${MAX_BOOK_CHANGES} (PATCH remove, then add), then merge`, { meters: from.meterIds.length, max: MAX_BOOK_CHANGES });
    }
    if (into.meterIds.length + from.meterIds.length > MAX_BOOK_METERS) throw field422('book-full', 'from', `a read book holds at most ${MAX_BOOK_METERS} meters`);
    const at = new Date().toISOString();
    const merged: ReadBook = { ...into, meterIds: [...into.meterIds, ...from.meterIds], version: into.version + 1, updatedAt: at };
    await this.store.commit({
      writes: [
        { kind: 'put', item: readBookItem(this.tenantId, merged), condition: versionIs(into.version, 'read book') },
        { kind: 'delete', key: keys.readBook(this.tenantId, from.id), condition: versionIs(from.version, 'read book') },
        ...this.moves(from.id, into.id, from.meterIds),
      ],
      audit: [
        { action: 'read-book.merged', subject: bookSubject(into.id), summary: `${from.name} merged in: +${from.meterIds.length} meters`, detail: { fromBookId: from.id, added: from.meterIds.length, meters: merged.meterIds.length, version: merged.version } },
        { action: 'read-book.deleted', subject: bookSubject(from.id), summary: `merged into ${into.name}`, detail: { mergedInto: into.id, meters: from.meterIds.length, version: from.version } },
      ],
      events: [{ type: 'read-book.merged', data: { bookId: into.id, fromBookId: from.id, regionId: into.regionId, reader: into.reader, added: from.meterIds.length, meters: merged.meterIds.length } }],
    });
    return merged;
  }
}
