import { TenantStore, type Condition } from '../../shared/db/tenant-store.ts';
import { afterAttempt, deliveryFromItem, deliveryItem, webhookFromItem, type DeliveryRecord, type WebhookRecord } from '../../shared/entities/webhook.ts';
import { conflictError, isDomainError } from '../../shared/errors.ts';
import { keys } from '../../shared/keys.ts';
import { logger } from '../../shared/logger.ts';
import { decryptField } from '../../shared/privacy.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { signatureHeader } from '../../shared/webhook-signature.ts';
import { retryDelaySeconds } from './backoff.ts';
import type { Poster } from './post.ts';

/**
 * One attempt of a delivery, driven by a queue message (in AWS an SQS message, locally a timer):
 * 1. the delivery is read; one no longer pending, or of another round (a redelivery started
 *    since), is done with — duplicates and stale messages change nothing;
 * 2. one not due yet goes back on the queue for the rest of its wait (SQS delays ≤ 15 min);
 * 3. it is claimed (a conditional write under its version, for the POST's duration), so a
 *    duplicate message arriving meanwhile does not POST it twice (it is dropped);
 * 4. POST, signed with the time of the attempt, and the outcome recorded under the claim:
 *    succeeded, pending again with the backoff's next instant (and the message sent with that
 *    delay), or dead after the eighth failure. A webhook deleted or disabled meanwhile cancels it.
 * A crash between claim and record leaves the message on the queue: it is tried again once the
 * claim has lapsed.
 */
export interface DeliveryMessage {
  tenantId: string;
  webhookId: string;
  deliveryId: string;
  round: number;
}

export interface DeliveryQueue {
  send(message: DeliveryMessage, delaySeconds: number): Promise<void>;
}

export interface DeliveryDeps {
  queue: DeliveryQueue;
  post: Poster;
  /** Shrinks the retry schedule (local tests); 1 in AWS. */
  scale?: number;
  random?: () => number;
}

export type AttemptOutcome = 'succeeded' | 'retry' | 'dead' | 'cancelled' | 'not-due' | 'skipped';

/** How long a claim holds: the POST's timeout and some. */
const CLAIM_SECONDS = 30;

const secretOf = (tenantId: string, w: WebhookRecord, sealed: string) => decryptField(sealed, `webhook:${tenantId}:${w.id}`);

/** The signing secrets in force: the current one, and a rotated one until its overlap ends. */
export function signingSecrets(tenantId: string, w: WebhookRecord, now: Date): string[] {
  const secrets = [secretOf(tenantId, w, w.secretSealed)];
  if (w.previousSecretSealed && w.previousUntil && Date.parse(w.previousUntil) > now.getTime()) secrets.push(secretOf(tenantId, w, w.previousSecretSealed));
  return secrets;
}

/** `t=…,v1=<current>[,v1=<previous>]`: a receiver accepts either while a rotation overlaps. */
export function signedHeader(secrets: string[], body: string, now: Date): string {
  const [first, ...rest] = secrets.map((s) => signatureHeader(s, body, now));
  return [first!, ...rest.map((h) => h.slice(h.indexOf(',') + 1))].join(',');
}

const unchanged = (d: DeliveryRecord): Condition => ({
  expression: '#version = :v',
  names: { '#version': 'version' },
  values: { ':v': d.version },
  onFail: conflictError('delivery-changed', 'the delivery changed meanwhile', { deliveryId: d.id }),
});

export async function attemptDelivery(message: DeliveryMessage, deps: DeliveryDeps): Promise<AttemptOutcome> {
  const { tenantId, webhookId, deliveryId } = message;
  const store = new TenantStore(systemContext(tenantId, 'webhook-delivery', deliveryId));
  const item = await store.get(keys.webhookDelivery(tenantId, webhookId, deliveryId), true);
  if (!item) return 'skipped';
  const delivery = deliveryFromItem(item);
  if (delivery.state !== 'pending' || delivery.round !== message.round) return 'skipped';
  const now = new Date();
  // Another message is attempting it: that one sends the next message (or, crashed, comes back from its queue).
  if (delivery.claimedUntil && Date.parse(delivery.claimedUntil) > now.getTime()) return 'skipped';
  const waitMs = delivery.nextAttemptAt ? Date.parse(delivery.nextAttemptAt) - now.getTime() : 0;
  if (waitMs > 0) {
    await deps.queue.send(message, waitMs / 1000);
    return 'not-due';
  }

  const hook = await store.get(keys.webhook(tenantId, webhookId), true);
  const webhook = hook && webhookFromItem(hook);
  if (!webhook || webhook.state !== 'active') {
    const reason = webhook ? 'the webhook is disabled' : 'the webhook was deleted';
    const cancelled: DeliveryRecord = { ...delivery, state: 'cancelled', nextAttemptAt: null, lastError: reason, updatedAt: now.toISOString(), version: delivery.version + 1 };
    return (await writeUnder(store, tenantId, delivery, cancelled)) ? 'cancelled' : 'skipped';
  }

  const claimed: DeliveryRecord = { ...delivery, claimedUntil: new Date(now.getTime() + CLAIM_SECONDS * 1000).toISOString(), version: delivery.version + 1 };
  if (!(await writeUnder(store, tenantId, delivery, claimed))) return 'skipped';

  const sentAt = new Date();
  const result = await deps.post(webhook.url, delivery.body, {
    'user-agent': 'gascare-webhooks/1',
    'gascare-event-id': delivery.eventId,
    'gascare-event-type': delivery.eventType,
    'gascare-delivery-id': delivery.id,
    'gascare-delivery-attempt': String(delivery.attemptCount + 1),
    'gascare-signature': signedHeader(signingSecrets(tenantId, webhook, sentAt), delivery.body, sentAt),
  });
  const ok = result.status !== null && result.status >= 200 && result.status < 300;
  const delay = ok ? null : retryDelaySeconds(claimed.attemptCount + 1, (deps.random ?? Math.random)(), deps.scale ?? 1);
  const doneAt = new Date();
  const retryAt = delay === null ? null : new Date(doneAt.getTime() + delay * 1000).toISOString();
  const next = afterAttempt(claimed, { at: sentAt.toISOString(), status: result.status, durationMs: result.durationMs, error: result.error }, ok, retryAt);
  if (!(await writeUnder(store, tenantId, claimed, next))) return 'skipped';
  if (ok) return 'succeeded';
  if (delay === null) {
    logger.warn('webhook delivery dead', { tenantId, webhookId, deliveryId, attempts: next.attemptCount, lastError: next.lastError });
    return 'dead';
  }
  await deps.queue.send(message, delay);
  return 'retry';
}

/** Writes `next` if the delivery is still `read`; false when something else changed it first. */
async function writeUnder(store: TenantStore, tenantId: string, read: DeliveryRecord, next: DeliveryRecord): Promise<boolean> {
  try {
    await store.write({ kind: 'put', item: deliveryItem(tenantId, next), condition: unchanged(read) });
    return true;
  } catch (error) {
    if (isDomainError(error, 'delivery-changed')) return false;
    throw error;
  }
}
