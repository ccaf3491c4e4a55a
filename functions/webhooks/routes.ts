import { CreatedWebhook, CreateWebhookBody, DeliveriesQuery, Delivery, DeliveryPage, DeliveryParams, EVENT_READERS, EventFeed, EventsQuery, RotatedWebhook, UpdateWebhookBody, Webhook, WEBHOOK_MANAGERS, WebhookParams } from '../../shared/contract/webhooks.ts';
import { Items } from '../../shared/contract/common.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['webhooks'];

export const createWebhook = defineRoute({
  method: 'POST',
  path: '/v1/webhooks',
  summary: 'Subscribe an https endpoint to event types ("ticket.*", "*"); the signing secret is in this response only',
  access: WEBHOOK_MANAGERS,
  body: CreateWebhookBody,
  idempotent: true,
  responses: { 201: CreatedWebhook },
  tags,
});

export const listWebhooks = defineRoute({
  method: 'GET',
  path: '/v1/webhooks',
  summary: "The tenant's webhooks (never their secrets)",
  access: WEBHOOK_MANAGERS,
  responses: { 200: Items(Webhook) },
  tags,
});

export const getWebhook = defineRoute({
  method: 'GET',
  path: '/v1/webhooks/{id}',
  summary: 'A webhook',
  access: WEBHOOK_MANAGERS,
  params: WebhookParams,
  responses: { 200: Webhook },
  tags,
});

export const updateWebhook = defineRoute({
  method: 'PATCH',
  path: '/v1/webhooks/{id}',
  summary: 'Change the URL, the event types, the description, or disable / enable it (a disabled webhook receives nothing; its pending deliveries are cancelled); If-Match guards against lost updates',
  access: WEBHOOK_MANAGERS,
  params: WebhookParams,
  body: UpdateWebhookBody,
  responses: { 200: Webhook },
  tags,
});

export const deleteWebhook = defineRoute({
  method: 'DELETE',
  path: '/v1/webhooks/{id}',
  summary: 'Unsubscribe: nothing more is delivered, pending deliveries are cancelled',
  access: WEBHOOK_MANAGERS,
  params: WebhookParams,
  responses: { 200: Webhook },
  tags,
});

export const rotateWebhookSecret = defineRoute({
  method: 'POST',
  path: '/v1/webhooks/{id}/rotate-secret',
  summary: 'A new signing secret, shown once; for 24 hours deliveries carry a signature under each secret (two v1= values), so receivers switch without losing events',
  access: WEBHOOK_MANAGERS,
  params: WebhookParams,
  responses: { 200: RotatedWebhook },
  tags,
});

export const testWebhook = defineRoute({
  method: 'POST',
  path: '/v1/webhooks/{id}/test',
  summary: 'Send a webhook.test event to this endpoint, signed and retried like any event; follow it in the deliveries',
  access: WEBHOOK_MANAGERS,
  params: WebhookParams,
  responses: { 202: Delivery },
  tags,
});

export const listWebhookDeliveries = defineRoute({
  method: 'GET',
  path: '/v1/webhooks/{id}/deliveries',
  summary: "A webhook's deliveries, newest first (by state: pending, succeeded, dead, cancelled): attempts with status codes, durations and errors",
  access: WEBHOOK_MANAGERS,
  params: WebhookParams,
  query: DeliveriesQuery,
  responses: { 200: DeliveryPage },
  tags,
});

export const getWebhookDelivery = defineRoute({
  method: 'GET',
  path: '/v1/webhooks/{id}/deliveries/{deliveryId}',
  summary: 'One delivery with its attempts',
  access: WEBHOOK_MANAGERS,
  params: DeliveryParams,
  responses: { 200: Delivery },
  tags,
});

export const redeliverWebhookDelivery = defineRoute({
  method: 'POST',
  path: '/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver',
  summary: 'Send a dead (or finished) delivery again, as a new round of up to 8 attempts; 409 while it is still pending',
  access: WEBHOOK_MANAGERS,
  params: DeliveryParams,
  responses: { 202: Delivery },
  tags,
});

export const listEvents = defineRoute({
  method: 'GET',
  path: '/v1/events',
  summary:
    "The tenant's public events (the types and JSON webhooks deliver), oldest first, for polling or tailing: after a position (`after`: the previous page's `next`, or an event id) or a time (`since`, default an hour ago, at most 7 days back); `types` as a webhook subscribes (\"ticket.*\"). `next` is always there; the newest second is left for the next poll",
  access: EVENT_READERS,
  query: EventsQuery,
  responses: { 200: EventFeed },
  tags: ['events'],
});
