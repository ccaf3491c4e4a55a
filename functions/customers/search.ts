import { decodeCursor, encodeCursor } from '../../shared/db/cursor.ts';
import type { KeyCondition, TenantStore } from '../../shared/db/tenant-store.ts';
import { accountGuardKey, customerFromItem, type Customer, type CustomerClass } from '../../shared/entities/customer.ts';
import { serialGuardKey } from '../../shared/entities/meter.ts';
import { invalidField } from '../../shared/http/problems.ts';
import { firstChar, keys, SEARCH_SHARDS } from '../../shared/keys.ts';
import type { MATCHED_BY } from '../../shared/contract/customers.ts';
import { normalizeIdentifier, normalizePhone, normalizeSearchKey } from '../../shared/contract/search-key.ts';
import { Index, type IndexName } from '../../shared/table.ts';
import { regionsInScope } from '../../shared/tenant-profile.ts';

/**
 * Customer search: every lookup is a GetItem or a Query on a designed key, never a Scan.
 *
 * - `q` as an account number or a meter serial: GetItem on its guard item, then on the customer.
 * - `q` as a phone: Query on `byPhone` (`begins_with` the reversed digits and `#`).
 * - `q` of 4–6 digits, when no account number or serial matches: the customers whose phone ends
 *   with them, a Query on `byPhone` (partition of the last 4 digits), paged.
 * - otherwise `q` is a name or address prefix. A caller who sees the whole tenant: Query
 *   `byTenantName` and `byTenantAddress` in each shard of the prefix's first character
 *   (2 × SEARCH_SHARDS Queries, whatever the number of regions), merged. A regional caller, or a
 *   region or class filter: `byRegionName` (or `byRegionClass` with a class) and
 *   `byRegionAddress` in each visible region, in parallel, merged.
 * - no `q`: the customers of each visible region (and class) by name, merged.
 *
 * Regions a caller may not see are never queried. A `regionId` outside the caller's regions (or
 * not existing) is 404, like any object the caller may not see.
 */
export interface SearchQuery {
  q?: string;
  regionId?: string;
  class?: CustomerClass;
  cursor?: string;
  limit?: number;
}

type MatchedBy = (typeof MATCHED_BY)[number];

export interface SearchResult {
  items: Customer[];
  nextCursor?: string;
  /** How the result was found (for the console's hint and for tests). */
  matchedBy: MatchedBy;
}

/** One sorted stream of customers: a key range of one index partition. */
interface Source {
  index: IndexName;
  pk: string;
  /** The sort-key prefix every item of the source carries. */
  prefix: string;
  sortAttribute: 'gsi1sk' | 'gsi2sk' | 'gsi3sk' | 'gsi4sk' | 'gsi5sk' | 'gsi6sk';
  /** Items asked of this source (default: the page's limit). */
  limit?: number;
  keep?: (c: Customer) => boolean;
}

/** DynamoDB orders string keys by their UTF-8 bytes, which is not JavaScript's UTF-16 order. */
export const compareKeys = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/** Above every key with a given prefix: the largest code point. */
const TOP = '\u{10FFFF}';

export async function searchCustomers(store: TenantStore, query: SearchQuery): Promise<SearchResult> {
  const limit = query.limit ?? 20;
  // A caller who sees the whole tenant and asks for no region needs no region list (a Query) to
  // scope exact matches or a tenant-wide prefix: every customer's region is one of the tenant's.
  const wholeTenant = store.ctx.principal.regions === undefined && !query.regionId;
  const regions = wholeTenant ? undefined : await regionsInScope(store, query.regionId);
  const inScope = (c: Customer) => (!regions || regions.includes(c.regionId)) && (!query.class || c.class === query.class);
  const t = store.tenantId;

  const q = query.q === undefined ? undefined : query.q.trim();
  const nameKey = q ? normalizeSearchKey(q) : '';
  const list = `customers|q=${nameKey}|region=${query.regionId ?? '*'}|class=${query.class ?? '*'}`;
  const cursor = decodeCursor(t, list, query.cursor) as { after?: unknown; by?: unknown } | undefined;
  const after = cursor?.after;
  if (cursor && (typeof after !== 'string' || (cursor.by !== undefined && cursor.by !== 'phone-last-digits'))) throw invalidField('cursor', 'is not a cursor of this list');

  // The last 4–6 digits of a phone: one partition of `byPhone`, queried alongside the exact keys.
  const ending = q ? phoneEnding(q) : undefined;
  const endingPage = (from?: string) =>
    mergedPage(store, [{ index: Index.byPhone, pk: keys.customersByPhone(t, ending!), prefix: keys.customerPhoneEndingPrefix(ending!), sortAttribute: 'gsi2sk', keep: inScope }], limit, from);

  if (q && !cursor) {
    const [exact, byEnding] = await Promise.all([exactMatches(store, q), ending ? endingPage() : undefined]);
    if (exact) {
      const items = exact.customers.filter(inScope);
      if (items.length) return { items, matchedBy: exact.by };
    }
    if (byEnding && (byEnding.items.length || byEnding.last)) {
      return { items: byEnding.items, nextCursor: byEnding.last ? encodeCursor(t, list, { after: byEnding.last, by: 'phone-last-digits' }) : undefined, matchedBy: 'phone-last-digits' };
    }
  }
  if (ending && cursor?.by === 'phone-last-digits') {
    const page = await endingPage(after as string);
    return { items: page.items, nextCursor: page.last ? encodeCursor(t, list, { after: page.last, by: 'phone-last-digits' }) : undefined, matchedBy: 'phone-last-digits' };
  }

  const sources: Source[] = [];
  // A caller who sees the whole tenant searches a prefix on the tenant-wide indexes: 2 ×
  // SEARCH_SHARDS Queries whatever the number of regions, each shard asked for its share of the
  // page and a half (hashed shards fill alike; a page may come out a little short, never with a gap).
  // A manager keeps the per-region indexes: their few regions are few Queries, each returning only
  // rows they may see (the tenant-wide partitions, filtered, would return short pages). So does a
  // class (byRegionClass), which would filter most rows of the tenant-wide partitions out.
  if (q && wholeTenant && !query.class) {
    const nameFirst = firstChar(nameKey);
    const share = Math.ceil((limit * 3) / (2 * SEARCH_SHARDS));
    for (let shard = 0; shard < SEARCH_SHARDS; shard++) {
      sources.push(
        { index: Index.byTenantName, pk: keys.tenantNameCustomers(t, nameFirst, shard), prefix: keys.customerNamePrefix(nameKey), sortAttribute: 'gsi5sk', limit: share },
        { index: Index.byTenantAddress, pk: keys.tenantAddressCustomers(t, nameFirst, shard), prefix: keys.customerAddressPrefix(nameKey), sortAttribute: 'gsi6sk', limit: share },
      );
    }
  } else {
    for (const regionId of regions ?? (await regionsInScope(store))) {
      sources.push(
        query.class
          ? { index: Index.byRegionClass, pk: keys.regionClassCustomers(t, regionId, query.class), prefix: keys.customerNamePrefix(nameKey), sortAttribute: 'gsi1sk' }
          : { index: Index.byRegionName, pk: keys.regionCustomers(t, regionId), prefix: keys.customerNamePrefix(nameKey), sortAttribute: 'gsi3sk' },
      );
      if (q) {
        sources.push({
          index: Index.byRegionAddress,
          pk: keys.regionCustomers(t, regionId),
          prefix: keys.customerAddressPrefix(nameKey),
          sortAttribute: 'gsi4sk',
          keep: (c) => !query.class || c.class === query.class,
        });
      }
    }
  }

  const page = await mergedPage(store, sources, limit, after as string | undefined);
  return {
    items: page.items,
    nextCursor: page.last ? encodeCursor(t, list, { after: page.last }) : undefined,
    matchedBy: q ? 'prefix' : 'list',
  };
}

/** The last 4–6 digits of a phone (separators dropped), or undefined. Longer digit strings are whole phones. */
export function phoneEnding(q: string): string | undefined {
  const digits = q.normalize('NFKC').replace(/[\s\-.()（）]/gu, '');
  return /^\d{4,6}$/.test(digits) ? digits : undefined;
}

async function exactMatches(store: TenantStore, q: string): Promise<{ by: SearchResult['matchedBy']; customers: Customer[] } | undefined> {
  const t = store.tenantId;
  const identifier = normalizeIdentifier(q);
  const looksLikeIdentifier = /^[0-9a-z]{3,40}$/.test(identifier);
  const phone = normalizePhone(q);
  const [account, serial, phoneHits] = await Promise.all([
    looksLikeIdentifier ? store.get<{ customerId: string }>(accountGuardKey(t, q)) : undefined,
    looksLikeIdentifier ? store.get<{ customerId: string }>(serialGuardKey(t, q)) : undefined,
    phone ? store.query({ index: Index.byPhone, pk: keys.customersByPhone(t, phone), sk: { beginsWith: keys.customerPhonePrefix(phone) }, limit: 50 }) : undefined,
  ]);
  const load = async (ids: string[]) => (await store.getMany(ids.map((id) => keys.customer(t, id)))).map(customerFromItem);
  if (account) return { by: 'account-number', customers: await load([account.customerId]) };
  if (serial) return { by: 'meter-serial', customers: await load([serial.customerId]) };
  if (phoneHits?.items.length) return { by: 'phone', customers: phoneHits.items.map(customerFromItem) };
  return undefined;
}

/**
 * A page of the union of sorted sources, in key order: each source is queried (in parallel) from
 * just after the last key of the previous page, at most `limit` items; the smallest `limit` keys
 * win. A source that has more than it returned bounds the page at its last key, so nothing is
 * skipped. The cursor is that last key alone, which is small whatever the number of regions.
 */
async function mergedPage(store: TenantStore, sources: Source[], limit: number, after?: string): Promise<{ items: Customer[]; last?: string }> {
  const fetched = await Promise.all(
    sources.map(async (source) => {
      const upper = source.prefix + TOP;
      let sk: KeyCondition = { beginsWith: source.prefix };
      if (after !== undefined && compareKeys(after, source.prefix) >= 0) {
        const lower = `${after}\u0001`;
        if (compareKeys(lower, upper) > 0) return { source, items: [], more: false };
        sk = { between: [lower, upper] };
      }
      const first = await store.queryPages({ index: source.index, pk: source.pk, sk, limit: source.limit ?? limit }).next();
      const page = first.done ? { items: [], lastKey: undefined } : first.value;
      return { source, items: page.items, more: page.lastKey !== undefined };
    }),
  );
  const entries = fetched.flatMap(({ source, items }) => items.map((item) => ({ key: String(item[source.sortAttribute]), item, source })));
  entries.sort((a, b) => compareKeys(a.key, b.key));

  // A source with more items bounds what may be emitted: beyond its last key, it may hold smaller ones.
  const bounds = fetched.filter((f) => f.more && f.items.length).map((f) => String(f.items.at(-1)![f.source.sortAttribute]));
  const bound = bounds.sort(compareKeys)[0];
  const eligible = bound === undefined ? entries : entries.filter((e) => compareKeys(e.key, bound) <= 0);
  const taken = eligible.slice(0, limit);
  const hasMore = eligible.length > limit || fetched.some((f) => f.more);

  const seen = new Set<string>();
  const items: Customer[] = [];
  for (const { item, source } of taken) {
    const customer = customerFromItem(item);
    if (seen.has(customer.id) || (source.keep && !source.keep(customer))) continue;
    seen.add(customer.id);
    items.push(customer);
  }
  return { items, last: hasMore && taken.length ? taken.at(-1)!.key : undefined };
}
