import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { keys } from '../keys.ts';
import { TenantStore, type Condition } from '../db/tenant-store.ts';
import type { TenantContext } from '../tenancy.ts';
import { conflictError, isDomainError, unprocessableError } from '../errors.ts';
import { asProblem, invalidField, Problem } from './problems.ts';
import type { Reply } from './reply.ts';

/**
 * Retries never double-apply: a POST carrying `Idempotency-Key` records its response; the same
 * key with the same request replays that response, with another request it is a 422. Records
 * expire after `IDEMPOTENCY_TTL_HOURS`. Keys are scoped to the caller (tenant + principal).
 *
 * While the first request runs, its record is `in-progress` until `inProgressExpiry` (the model of
 * Powertools Idempotency's `in_progress_expiry`): a retry before then is a 409 with `Retry-After`;
 * a retry after it takes the record over with a conditional write (two racing retries: one wins)
 * and runs afresh. So a request whose process died mid-way blocks its key for a minute, not a day.
 */
const IDEMPOTENCY_TTL_HOURS = 24;
/**
 * How long a request may hold its key. Longer than any request can live: API Gateway ends an
 * integration after 29 s and the API functions time out after 10 s, so a record still in progress
 * after 60 s belongs to a request that is gone (killed, timed out) and will never finish it.
 * `GASCARE_IDEMPOTENCY_IN_PROGRESS_SECONDS` shortens it for tests of a killed server (the
 * crash-safety test); default 60.
 */
export const IN_PROGRESS_SECONDS = Number(process.env.GASCARE_IDEMPOTENCY_IN_PROGRESS_SECONDS) > 0 ? Number(process.env.GASCARE_IDEMPOTENCY_IN_PROGRESS_SECONDS) : 60;
const KEY_PATTERN = /^[\x21-\x7e]{1,128}$/;

interface StoredProblem {
  status: number;
  json: Record<string, unknown>;
  headers?: Record<string, string>;
}

interface IdempotencyRecord {
  state: 'in-progress' | 'done';
  fingerprint: string;
  /** Epoch seconds after which an `in-progress` record may be taken over by a retry. */
  inProgressExpiry?: number;
  ttl: number;
  /** The reply as gzipped JSON: a 500-reading batch's results are tens of KB, and write units are per KB (gzipped: 0.09 W a reading less, bench/readings.ts). */
  reply?: Uint8Array;
  problem?: StoredProblem;
}

export interface IdempotencyOptions {
  /** Epoch milliseconds; tests move it. */
  now?: () => number;
}

export async function withIdempotency(
  ctx: TenantContext,
  event: APIGatewayProxyEvent,
  rawBody: string,
  run: () => Promise<Reply>,
  options: IdempotencyOptions = {},
): Promise<Reply> {
  const idempotencyKey = event.headers['idempotency-key'];
  if (idempotencyKey === undefined) return run();
  if (!KEY_PATTERN.test(idempotencyKey)) throw invalidField('Idempotency-Key', 'must be 1–128 visible ASCII characters');

  const store = new TenantStore(ctx);
  const key = keys.idempotency(ctx.tenantId, `${ctx.principal.kind}:${ctx.principal.id}`, idempotencyKey);
  const fingerprint = createHash('sha256').update(`${event.httpMethod} ${event.path}\n${rawBody}`).digest('base64url');
  const now = Math.floor((options.now ?? Date.now)() / 1000);

  const previous = await store.get<IdempotencyRecord>(key, true);
  // TTL deletion lags (up to days): an expired record counts as absent, as for Powertools.
  if (previous && previous.ttl > now && !abandoned(previous, fingerprint, now)) return replay(previous, fingerprint, now);

  const ttl = now + IDEMPOTENCY_TTL_HOURS * 3600;
  try {
    await store.write({
      kind: 'put',
      item: { ...key, entity: 'idempotency', state: 'in-progress', fingerprint, inProgressExpiry: now + IN_PROGRESS_SECONDS, ttl },
      condition: claimable(fingerprint, now),
    });
  } catch (error) {
    // Lost a race with the same key: behave as if we had read the winner's record.
    if (!(error instanceof Problem) && !isDomainError(error)) throw error;
    const winner = await store.get<IdempotencyRecord>(key, true);
    if (winner) return replay(winner, fingerprint, now);
    throw error;
  }

  let reply: Reply;
  try {
    reply = await run();
  } catch (error) {
    const problem = asProblem(error);
    if (problem && problem.status < 500) {
      await store.write({ kind: 'put', item: { ...key, entity: 'idempotency', state: 'done', fingerprint, ttl, problem: { status: problem.status, json: problem.toJSON(), headers: problem.headers } } });
    } else {
      await store.write({ kind: 'delete', key }); // let a retry try again
    }
    throw error;
  }
  await store.write({ kind: 'put', item: { ...key, entity: 'idempotency', state: 'done', fingerprint, ttl, reply: gzipSync(JSON.stringify(reply)) } });
  return reply;
}

/** An in-progress record of the same request whose holder is gone: a retry may take it over. */
const abandoned = (record: IdempotencyRecord, fingerprint: string, now: number) =>
  record.state === 'in-progress' && record.fingerprint === fingerprint && (record.inProgressExpiry ?? record.ttl) < now;

/**
 * The record may be (re)written by this request: there is none, it has expired, or it is an
 * abandoned in-progress record of the same request. Exactly one of several racing writers wins.
 */
const claimable = (fingerprint: string, now: number): Condition => ({
  expression: 'attribute_not_exists(pk) OR #ttl < :now OR (#state = :inProgress AND #fingerprint = :fingerprint AND #expiry < :now)',
  names: { '#ttl': 'ttl', '#state': 'state', '#fingerprint': 'fingerprint', '#expiry': 'inProgressExpiry' },
  values: { ':now': now, ':inProgress': 'in-progress', ':fingerprint': fingerprint },
  onFail: inProgress(IN_PROGRESS_SECONDS),
});

/** Another attempt holds the key: retry after the seconds it may still hold it. */
const inProgress = (retryAfterSeconds: number) =>
  conflictError('idempotency-in-progress', 'A request with this Idempotency-Key is in progress', {}, { retryAfterSeconds: Math.max(1, retryAfterSeconds) });

function replay(record: IdempotencyRecord, fingerprint: string, now: number): Reply {
  if (record.fingerprint !== fingerprint) {
    throw unprocessableError('idempotency-key-reused', 'This Idempotency-Key was used for a different request', {}, {
      fields: [{ field: 'Idempotency-Key', message: 'reused with a different body' }],
    });
  }
  if (record.state === 'in-progress') throw inProgress((record.inProgressExpiry ?? record.ttl) - now + 1);
  if (record.problem) {
    const p = record.problem;
    throw new Problem(p.status, String(p.json.type).split('/').pop()!, String(p.json.title), p.json.detail as string, p.json.errors as never, p.headers, p.json.params as never);
  }
  const reply = JSON.parse(gunzipSync(record.reply!).toString('utf8')) as Reply;
  return { ...reply, headers: { ...reply.headers, 'idempotent-replayed': 'true' } };
}
