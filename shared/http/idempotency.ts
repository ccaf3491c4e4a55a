import { createHash } from 'node:crypto';
import type { APIGatewayProxyEvent } from 'aws-lambda';
import { keys } from '../keys.ts';
import { absent, TenantStore } from '../db/tenant-store.ts';
import type { TenantContext } from '../tenancy.ts';
import { conflictError, unprocessableError } from '../errors.ts';
import { asProblem, invalidField, Problem } from './problems.ts';
import type { Reply } from './reply.ts';

/**
 * Retries never double-apply: a POST carrying `Idempotency-Key` records its response; the same
 * key with the same request replays that response, with another request it is a 422. Records
 * expire after `IDEMPOTENCY_TTL_HOURS`. Keys are scoped to the caller (tenant + principal).
 */
const IDEMPOTENCY_TTL_HOURS = 24;
const KEY_PATTERN = /^[\x21-\x7e]{1,128}$/;
/** How long a client should wait before retrying a key still in progress. */
const IN_PROGRESS_RETRY_SECONDS = 1;

const inProgress = () =>
  conflictError('idempotency-in-progress', 'A request with this Idempotency-Key is in progress', {}, { retryAfterSeconds: IN_PROGRESS_RETRY_SECONDS });

interface IdempotencyRecord {
  state: 'in-progress' | 'done';
  fingerprint: string;
  reply?: Reply;
}

export async function withIdempotency(ctx: TenantContext, event: APIGatewayProxyEvent, rawBody: string, run: () => Promise<Reply>): Promise<Reply> {
  const idempotencyKey = event.headers['idempotency-key'];
  if (idempotencyKey === undefined) return run();
  if (!KEY_PATTERN.test(idempotencyKey)) throw invalidField('Idempotency-Key', 'must be 1–128 visible ASCII characters');

  const store = new TenantStore(ctx);
  const key = keys.idempotency(ctx.tenantId, `${ctx.principal.kind}:${ctx.principal.id}`, idempotencyKey);
  const fingerprint = createHash('sha256').update(`${event.httpMethod} ${event.path}\n${rawBody}`).digest('base64url');

  const previous = await store.get<IdempotencyRecord>(key, true);
  if (previous) return replay(previous, fingerprint);

  const ttl = Math.floor(Date.now() / 1000) + IDEMPOTENCY_TTL_HOURS * 3600;
  try {
    await store.write({
      kind: 'put',
      item: { ...key, entity: 'idempotency', state: 'in-progress', fingerprint, ttl },
      condition: absent(inProgress()),
    });
  } catch (error) {
    // Lost a race with the same key: behave as if we had read the winner's record.
    const winner = await store.get<IdempotencyRecord>(key, true);
    if (winner) return replay(winner, fingerprint);
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
  await store.write({ kind: 'put', item: { ...key, entity: 'idempotency', state: 'done', fingerprint, ttl, reply } });
  return reply;
}

function replay(record: IdempotencyRecord & { problem?: { status: number; json: Record<string, unknown>; headers?: Record<string, string> } }, fingerprint: string): Reply {
  if (record.fingerprint !== fingerprint) {
    throw unprocessableError('idempotency-key-reused', 'This Idempotency-Key was used for a different request', {}, {
      fields: [{ field: 'Idempotency-Key', message: 'reused with a different body' }],
    });
  }
  if (record.state === 'in-progress') throw inProgress();
  if (record.problem) {
    const p = record.problem;
    throw new Problem(p.status, String(p.json.type).split('/').pop()!, String(p.json.title), p.json.detail as string, p.json.errors as never, p.headers, p.json.params as never);
  }
  return { ...record.reply!, headers: { ...record.reply!.headers, 'idempotent-replayed': 'true' } };
}
