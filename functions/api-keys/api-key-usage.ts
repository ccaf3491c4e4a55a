import type { ApiKeyRecord } from '../../shared/auth/authorizer.ts';
import { quotaDay } from '../../shared/auth/api-key-tiers.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { notFound } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys } from '../../shared/keys.ts';
import { tenantTimeZone } from '../../shared/tenant-profile.ts';
import { apiKeyUsage as route } from './routes.ts';

const DEFAULT_DAYS = 30;

/** A calendar day `n` days from `day` (YYYY-MM-DD; calendar arithmetic, no time zone). */
export const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The tenant-local days [first, last] (YYYY-MM-DD), oldest first. */
export function dayRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${first}T00:00:00Z`); d.toISOString().slice(0, 10) <= last; d.setUTCDate(d.getUTCDate() + 1)) {
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}

/**
 * Requests per tenant-local day of the last `days` days (today included), one Query of the key's
 * counter items. A day without requests is 0 from the key's creation day on; days before it are absent.
 */
export const main = async ({ ctx, params, query }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const record = await store.get<ApiKeyRecord>(keys.apiKey(ctx.tenantId, params.id));
  if (!record) throw notFound('API key');
  const timeZone = ctx.timeZone ?? (await tenantTimeZone(store));
  const now = new Date();
  const days = query.days ?? DEFAULT_DAYS;
  const today = quotaDay(now, timeZone);
  const windowStart = addDays(today, 1 - days);
  const createdDay = quotaDay(new Date(record.createdAt), timeZone);
  const first = createdDay > windowStart ? createdDay : windowStart;
  const { items } = await store.query<{ day: string; requests: number }>({
    pk: keys.apiKeyUsagePartition(ctx.tenantId, params.id),
    sk: { between: [`D#${first}`, `D#${today}`] },
    limit: 100,
  });
  const counted = new Map(items.map((i) => [i.day, Number(i.requests)]));
  return ok({ days: dayRange(first, today).map((date) => ({ date, requests: counted.get(date) ?? 0 })) });
};

export const handler = httpHandler(route, main);
export { route };
