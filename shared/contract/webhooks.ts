import * as z from 'zod';
import type { Access } from './access.ts';
import { Cursor, HumanText, IsoDateTime, limitUpTo, pageQuery, Page, Ulid } from './common.ts';

/**
 * Outbound events (webhooks): an integrator subscribes an endpoint to event types; each event is
 * POSTed to it, signed (`Gascare-Signature`, shared/webhook-signature.ts), retried with backoff,
 * dead-lettered after the last attempt and redeliverable (docs/integrators.md › Webhooks).
 */

/**
 * The event types a webhook receives: the outbox events an integrator acts on. Internal ones
 * (policies, calendars, jobs, notifications to send, campaigns) are not delivered. `ticket.<action>`
 * is one type per ticket action and deadline warning, so tickets are subscribed as `ticket.*`.
 */
export const WEBHOOK_EVENT_TYPES = [
  'customer.created',
  'customer.updated',
  'customer.lifecycle-changed',
  'customer.contract-signed',
  'meter.installed',
  'meter.replaced',
  'meter.updated',
  'meter.ic-card-purchased',
  'readings.accepted',
  'reading.exception',
  'reading.exception-resolved',
  'read-cycle.opened',
  'read-cycle.closed',
  'adjustment.proposed',
  'adjustment.approved',
  'adjustment.rejected',
  'survey.answered',
] as const;

/** Families delivered whole (`ticket.*`): every type that begins with the family and a dot. */
export const WEBHOOK_EVENT_FAMILIES = ['ticket', 'customer', 'meter', 'reading', 'readings', 'read-cycle', 'adjustment', 'survey'] as const;

/** The ping `POST /v1/webhooks/{id}/test` sends; no subscription needed. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

export const isWebhookEventType = (type: string): boolean =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type) || (type.startsWith('ticket.') && /^ticket\.[a-z-]+$/.test(type));

/** Whether a subscription's patterns take an event type (`*`, `family.*` or the exact type). */
export function subscribed(patterns: readonly string[], type: string): boolean {
  if (!isWebhookEventType(type)) return false;
  return patterns.some((p) => p === '*' || p === type || (p.endsWith('.*') && type.startsWith(p.slice(0, -1))));
}

const EventPattern = z
  .string()
  .max(64)
  .refine(
    (p) => p === '*' || (WEBHOOK_EVENT_TYPES as readonly string[]).includes(p) || (p.endsWith('.*') && (WEBHOOK_EVENT_FAMILIES as readonly string[]).includes(p.slice(0, -2))),
    { message: `an event type (${WEBHOOK_EVENT_TYPES.join(', ')}), a family with ".*" (${WEBHOOK_EVENT_FAMILIES.map((f) => `${f}.*`).join(', ')}) or "*"` },
  );

/** At most this many webhooks per tenant (each event is one Query of them). */
export const MAX_WEBHOOKS = 20;

export const WebhookUrl = z.url({ protocol: /^https?$/ }).max(2048).meta({ description: 'https://…; plain http only to localhost (development)' });

export const CreateWebhookBody = z.strictObject({
  url: WebhookUrl,
  events: z.array(EventPattern).min(1).max(50),
  description: HumanText({ max: 200 }).optional(),
});

export const UpdateWebhookBody = z
  .strictObject({
    url: WebhookUrl.optional(),
    events: z.array(EventPattern).min(1).max(50).optional(),
    description: HumanText({ max: 200 }).nullable().optional(),
    state: z.enum(['active', 'disabled']).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'give at least one of url, events, description, state' });

export const WebhookParams = z.strictObject({ id: Ulid });
export const DeliveryParams = z.strictObject({ id: Ulid, deliveryId: Ulid });

export const WEBHOOK_STATES = ['active', 'disabled'] as const;
export const DELIVERY_STATES = ['pending', 'succeeded', 'dead', 'cancelled'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export const Webhook = z.strictObject({
  id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  description: z.string().nullable(),
  state: z.enum(WEBHOOK_STATES),
  /** The secret's last 4 characters, to tell secrets apart (the secret itself is shown once). */
  secretHint: z.string(),
  createdAt: IsoDateTime,
  createdBy: z.string(),
  updatedAt: IsoDateTime,
  version: z.int(),
});

/** The create response: the signing secret, shown this once. */
export const CreatedWebhook = Webhook.extend({ secret: z.string() });

/** The rotate response: the new secret, shown this once; the old one signs beside it until then. */
export const RotatedWebhook = CreatedWebhook.extend({ previousSecretValidUntil: IsoDateTime });

export const DeliveryAttempt = z.strictObject({
  at: IsoDateTime,
  /** The receiver's HTTP status; null when none came (refused, timed out, address not allowed). */
  status: z.int().nullable(),
  durationMs: z.int(),
  error: z.string().nullable(),
});

export const Delivery = z.strictObject({
  id: z.string(),
  webhookId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  eventAt: IsoDateTime,
  state: z.enum(DELIVERY_STATES),
  /** The last 20 attempts, oldest first, of every round. */
  attempts: z.array(DeliveryAttempt),
  /** Attempts of this round (8 at most; a redelivery starts a new round). */
  attemptCount: z.int(),
  round: z.int(),
  nextAttemptAt: IsoDateTime.nullable(),
  lastStatus: z.int().nullable(),
  lastError: z.string().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

export const DeliveriesQuery = pageQuery(100).extend({ state: z.enum(DELIVERY_STATES).optional() });

export const WebhookPage = Page(Webhook);
export const DeliveryPage = Page(Delivery);

/**
 * The event feed (`GET /v1/events`): the same public events as webhooks, polled instead of pushed.
 * Each item is the JSON a webhook delivery's body carries.
 */
export const WebhookEvent = z.strictObject({
  id: z.string(),
  type: z.string(),
  createdAt: IsoDateTime,
  data: z.record(z.string(), z.unknown()),
});
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** Outbox events are kept this many days (their TTL): the feed reaches no further back. */
export const EVENTS_KEPT_DAYS = 7;
/** Largest page of the feed. */
export const MAX_EVENTS_PAGE = 100;

const notFuture = (iso: string) => Date.parse(iso) <= Date.now() + 60_000;

export const EventsQuery = z.strictObject({
  after: z
    .union([Ulid, Cursor.regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, 'a cursor (`next` of a page) or an event id')])
    .optional()
    .meta({ description: 'where to resume: the `next` of the previous page, or an event id (events after it)' }),
  since: IsoDateTime.refine(notFuture, 'is in the future')
    .refine((iso) => Date.parse(iso) >= Date.now() - EVENTS_KEPT_DAYS * 86_400_000, `is more than ${EVENTS_KEPT_DAYS} days ago (events are kept ${EVENTS_KEPT_DAYS} days)`)
    .optional()
    .meta({ description: `events at or after this time; default an hour ago, at most ${EVENTS_KEPT_DAYS} days back; with \`after\`, the later of the two` }),
  types: z
    .string()
    .max(1000)
    .transform((list) => list.split(',').map((p) => p.trim()))
    .pipe(z.array(EventPattern).min(1).max(50))
    .optional()
    .meta({ description: 'comma-separated event types, families ("ticket.*") or "*" (the default), as a webhook subscribes' }),
  limit: limitUpTo(MAX_EVENTS_PAGE).optional(),
});

/** A page of the feed, oldest first; `next` is always there: poll with it to get what came since. */
export const EventFeed = z.strictObject({ items: z.array(WebhookEvent), next: z.string() });

/** Admins in the console and integrators with `events:read`: a manager's regions do not filter events (their data has no common region field). */
export const EVENT_READERS: Access = { roles: ['admin'], scopes: ['events:read'] };

/** Admins in the console; integrators with `webhooks:manage`. */
export const WEBHOOK_MANAGERS: Access = { roles: ['admin'], scopes: ['webhooks:manage'] };

export type Webhook = z.infer<typeof Webhook>;
export type Delivery = z.infer<typeof Delivery>;
export type DeliveryAttempt = z.infer<typeof DeliveryAttempt>;
