import type { Delivery, DeliveryAttempt, DeliveryState, Webhook } from '../contract/webhooks.ts';
import type { Item } from '../db/tenant-store.ts';
import { keys } from '../keys.ts';

/**
 * Webhooks and their deliveries (docs/data-model.md › "Webhooks"). The signing secret is kept
 * sealed (AES-256-GCM, shared/privacy.ts) because we must sign with it, not just compare it; a
 * rotated secret keeps signing beside the new one until `previousUntil`.
 */
export interface WebhookRecord extends Omit<Webhook, 'description'> {
  description?: string;
  secretSealed: string;
  previousSecretSealed?: string;
  previousUntil?: string;
}

export const webhookItem = (tenantId: string, w: WebhookRecord): Item => ({ ...keys.webhook(tenantId, w.id), entity: 'webhook', ...w });

export function webhookFromItem(item: Record<string, unknown>): WebhookRecord {
  const { pk: _pk, sk: _sk, entity: _entity, ...rest } = item;
  return rest as unknown as WebhookRecord;
}

export const webhookView = (w: WebhookRecord): Webhook => ({
  id: w.id,
  url: w.url,
  events: w.events,
  description: w.description ?? null,
  state: w.state,
  secretHint: w.secretHint,
  createdAt: w.createdAt,
  createdBy: w.createdBy,
  updatedAt: w.updatedAt,
  version: w.version,
});

/** At most this many attempts are kept on a delivery (a round has 8; redeliveries add rounds). */
export const KEPT_ATTEMPTS = 20;
/** Deliveries are kept this long, then expire. */
const DELIVERY_TTL_DAYS = 30;

export interface DeliveryRecord extends Delivery {
  /** The JSON body sent, the same on every attempt (the signature differs: it carries the time). */
  body: string;
  /** An attempt under way until then (a duplicate message meanwhile does not POST twice). */
  claimedUntil?: string;
  version: number;
}

export function deliveryItem(tenantId: string, d: DeliveryRecord): Item {
  return {
    ...keys.webhookDelivery(tenantId, d.webhookId, d.id),
    entity: 'webhook-delivery',
    ...d,
    gsi1pk: keys.webhookDeliveriesByState(tenantId, d.webhookId, d.state),
    gsi1sk: `D#${d.id}`,
    ttl: Math.floor(Date.parse(d.createdAt) / 1000) + DELIVERY_TTL_DAYS * 86_400,
  };
}

export function deliveryFromItem(item: Record<string, unknown>): DeliveryRecord {
  const { pk: _pk, sk: _sk, entity: _entity, gsi1pk: _g, gsi1sk: _s, ttl: _ttl, ...rest } = item;
  return rest as unknown as DeliveryRecord;
}

export const deliveryView = (d: DeliveryRecord): Delivery => ({
  id: d.id,
  webhookId: d.webhookId,
  eventId: d.eventId,
  eventType: d.eventType,
  eventAt: d.eventAt,
  state: d.state,
  attempts: d.attempts,
  attemptCount: d.attemptCount,
  round: d.round,
  nextAttemptAt: d.nextAttemptAt,
  lastStatus: d.lastStatus,
  lastError: d.lastError,
  createdAt: d.createdAt,
  updatedAt: d.updatedAt,
});

/** The JSON of an event as integrators get it: a webhook delivery's body, an item of `GET /v1/events`. */
export const webhookEventBody = (event: { id: string; type: string; at: string; data: unknown }) => ({ id: event.id, type: event.type, createdAt: event.at, data: event.data });

/** A new delivery of an event to a webhook: pending, first attempt due now. */
export function newDelivery(webhookId: string, event: { id: string; type: string; at: string; data: unknown }, now: string): DeliveryRecord {
  return {
    id: event.id,
    webhookId,
    eventId: event.id,
    eventType: event.type,
    eventAt: event.at,
    state: 'pending',
    attempts: [],
    attemptCount: 0,
    round: 1,
    nextAttemptAt: now,
    lastStatus: null,
    lastError: null,
    createdAt: now,
    updatedAt: now,
    body: JSON.stringify(webhookEventBody(event)),
    version: 1,
  };
}

/** The delivery after an attempt: succeeded, pending again at `retryAt`, or dead (retryAt null). */
export function afterAttempt(d: DeliveryRecord, attempt: DeliveryAttempt, ok: boolean, retryAt: string | null): DeliveryRecord {
  const state: DeliveryState = ok ? 'succeeded' : retryAt ? 'pending' : 'dead';
  const { claimedUntil: _claim, ...rest } = d;
  return {
    ...rest,
    state,
    attempts: [...d.attempts, attempt].slice(-KEPT_ATTEMPTS),
    attemptCount: d.attemptCount + 1,
    nextAttemptAt: state === 'pending' ? retryAt : null,
    lastStatus: attempt.status,
    lastError: attempt.error,
    updatedAt: attempt.at,
    version: d.version + 1,
  };
}
