import { randomBytes } from 'node:crypto';
import { ulid } from 'ulid';
import { MAX_WEBHOOKS, WEBHOOK_TEST_EVENT, type Delivery, type DeliveryState, type Webhook } from '../../shared/contract/webhooks.ts';
import { absent, TenantStore, type Condition } from '../../shared/db/tenant-store.ts';
import { deliveryFromItem, deliveryItem, deliveryView, newDelivery, webhookFromItem, webhookItem, webhookView, type DeliveryRecord, type WebhookRecord } from '../../shared/entities/webhook.ts';
import { conflictError, notFoundError, staleError, unprocessableError } from '../../shared/errors.ts';
import { keys } from '../../shared/keys.ts';
import { encryptField } from '../../shared/privacy.ts';
import { Index } from '../../shared/table.ts';
import { endpointProblem } from './endpoint-policy.ts';

/**
 * Webhook subscriptions and their deliveries, for admins and integrator keys with
 * `webhooks:manage`. A change is audited; a test ping and a redelivery write the delivery and a
 * `webhook.delivery-requested` event in one transaction, and the event's consumer
 * (on-outbox-event.ts) queues it — only that consumer ever sends to the delivery queue.
 */
export const DELIVERY_REQUESTED = 'webhook.delivery-requested';
/** After a rotation the old secret keeps signing (beside the new one) this long. */
export const ROTATION_OVERLAP_HOURS = 24;

/** Loopback endpoints are allowed where the local runtime says so (`npm start`, tests); never in AWS. */
export const allowLoopback = () => process.env.GASCARE_WEBHOOKS_ALLOW_LOOPBACK === '1';

const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;
const aad = (tenantId: string, id: string) => `webhook:${tenantId}:${id}`;

export interface CreateInput {
  url: string;
  events: string[];
  description?: string;
}

export interface UpdateInput {
  url?: string;
  events?: string[];
  description?: string | null;
  state?: 'active' | 'disabled';
}

export class WebhookService {
  constructor(readonly store: TenantStore) {}

  private get t() {
    return this.store.tenantId;
  }

  private checkUrl(url: string): void {
    const problem = endpointProblem(url, { allowLoopback: allowLoopback() });
    if (problem) throw unprocessableError('webhook-url-refused', `url ${problem}`, { url }, { fields: [{ field: 'url', message: problem }] });
  }

  async create(input: CreateInput): Promise<Webhook & { secret: string }> {
    this.checkUrl(input.url);
    const count = await this.store.count({ pk: keys.webhooksPartition(this.t), sk: { beginsWith: 'WEBHOOK#' } });
    if (count >= MAX_WEBHOOKS) throw conflictError('webhook-limit', `A tenant has at most ${MAX_WEBHOOKS} webhooks; delete one first`, { max: MAX_WEBHOOKS });
    const now = new Date().toISOString();
    const id = ulid();
    const secret = newSecret();
    const p = this.store.ctx.principal;
    const record: WebhookRecord = {
      id,
      url: input.url,
      events: [...new Set(input.events)],
      ...(input.description ? { description: input.description } : {}),
      state: 'active',
      secretHint: secret.slice(-4),
      secretSealed: encryptField(secret, aad(this.t, id)),
      createdAt: now,
      createdBy: p.name ?? p.id,
      updatedAt: now,
      version: 1,
    };
    await this.store.commit({
      writes: [{ kind: 'put', item: webhookItem(this.t, record), condition: absent(conflictError('webhook-exists', 'id taken')) }],
      audit: { action: 'webhook.created', subject: { type: 'webhook', id }, summary: input.url, detail: { url: input.url, events: record.events } },
    });
    return { ...webhookView(record), secret };
  }

  async list(): Promise<Webhook[]> {
    const page = await this.store.query({ pk: keys.webhooksPartition(this.t), sk: { beginsWith: 'WEBHOOK#' }, limit: MAX_WEBHOOKS * 2 });
    return page.items.map((i) => webhookView(webhookFromItem(i)));
  }

  async record(id: string, consistent = false): Promise<WebhookRecord> {
    const item = await this.store.get(keys.webhook(this.t, id), consistent);
    if (!item) throw notFoundError('Webhook', { id });
    return webhookFromItem(item);
  }

  async get(id: string): Promise<Webhook> {
    return webhookView(await this.record(id));
  }

  async update(id: string, patch: UpdateInput, expected?: number): Promise<Webhook> {
    const current = await this.record(id, true);
    if (expected !== undefined && expected !== current.version) throw staleError('precondition-failed', `The webhook is at version ${current.version}, not ${expected}; reload and try again`, { what: 'webhook', version: expected, actual: current.version });
    if (patch.url !== undefined) this.checkUrl(patch.url);
    const { description, ...rest } = patch;
    const next: WebhookRecord = { ...current, ...rest, ...(patch.events ? { events: [...new Set(patch.events)] } : {}), updatedAt: new Date().toISOString(), version: current.version + 1 };
    if (description === null) delete next.description;
    else if (description !== undefined) next.description = description;
    const changed = Object.keys(patch).filter((k) => JSON.stringify((patch as Record<string, unknown>)[k]) !== JSON.stringify((current as unknown as Record<string, unknown>)[k]));
    if (!changed.length) return webhookView(current);
    await this.store.commit({
      writes: [{ kind: 'put', item: webhookItem(this.t, next), condition: this.unchanged(current) }],
      audit: { action: 'webhook.updated', subject: { type: 'webhook', id }, summary: changed.join(', '), detail: { changed, ...(patch.url ? { url: patch.url } : {}), ...(patch.state ? { state: patch.state } : {}) } },
    });
    return webhookView(next);
  }

  async remove(id: string): Promise<Webhook> {
    const current = await this.record(id, true);
    await this.store.commit({
      writes: [{ kind: 'delete', key: keys.webhook(this.t, id), condition: this.unchanged(current) }],
      audit: { action: 'webhook.deleted', subject: { type: 'webhook', id }, summary: current.url },
    });
    return webhookView(current);
  }

  /** A new secret, shown once; the old one keeps signing beside it for the overlap, so receivers switch without losing events. */
  async rotateSecret(id: string): Promise<Webhook & { secret: string; previousSecretValidUntil: string }> {
    const current = await this.record(id, true);
    const secret = newSecret();
    const until = new Date(Date.now() + ROTATION_OVERLAP_HOURS * 3_600_000).toISOString();
    const next: WebhookRecord = {
      ...current,
      secretSealed: encryptField(secret, aad(this.t, id)),
      secretHint: secret.slice(-4),
      previousSecretSealed: current.secretSealed,
      previousUntil: until,
      updatedAt: new Date().toISOString(),
      version: current.version + 1,
    };
    await this.store.commit({
      writes: [{ kind: 'put', item: webhookItem(this.t, next), condition: this.unchanged(current) }],
      audit: { action: 'webhook.secret-rotated', subject: { type: 'webhook', id }, summary: `previous secret valid until ${until}` },
    });
    return { ...webhookView(next), secret, previousSecretValidUntil: until };
  }

  /** A `webhook.test` ping to this webhook alone, delivered (and retried) like any event. */
  async test(id: string): Promise<Delivery> {
    const webhook = await this.record(id, true);
    if (webhook.state !== 'active') throw conflictError('webhook-disabled', 'The webhook is disabled; enable it to send a test', { id });
    const at = new Date().toISOString();
    const delivery = newDelivery(id, { id: ulid(), type: WEBHOOK_TEST_EVENT, at, data: { webhookId: id, message: 'gascare webhook test' } }, at);
    await this.store.commit({
      writes: [{ kind: 'put', item: deliveryItem(this.t, delivery), condition: absent(conflictError('delivery-exists', 'id taken')) }],
      events: [{ type: DELIVERY_REQUESTED, data: { webhookId: id, deliveryId: delivery.id, round: delivery.round } }],
    });
    return deliveryView(delivery);
  }

  async deliveries(id: string, query: { state?: DeliveryState; cursor?: string; limit?: number }): Promise<{ items: Delivery[]; nextCursor: string | null }> {
    await this.record(id);
    const page = query.state
      ? await this.store.query({ index: Index.webhookDeliveriesByState, pk: keys.webhookDeliveriesByState(this.t, id, query.state), newestFirst: true, limit: query.limit ?? 50, cursor: query.cursor })
      : await this.store.query({ pk: keys.webhookDeliveries(this.t, id), newestFirst: true, limit: query.limit ?? 50, cursor: query.cursor });
    return { items: page.items.map((i) => deliveryView(deliveryFromItem(i))), nextCursor: page.nextCursor ?? null };
  }

  private async deliveryRecord(id: string, deliveryId: string): Promise<DeliveryRecord> {
    await this.record(id);
    const item = await this.store.get(keys.webhookDelivery(this.t, id, deliveryId), true);
    if (!item) throw notFoundError('Delivery', { id: deliveryId });
    return deliveryFromItem(item);
  }

  async delivery(id: string, deliveryId: string): Promise<Delivery> {
    return deliveryView(await this.deliveryRecord(id, deliveryId));
  }

  /** Sends a delivery again as a new round of attempts (a dead letter, or one to replay); a pending one is already on its way. */
  async redeliver(id: string, deliveryId: string): Promise<Delivery> {
    const webhook = await this.record(id, true);
    if (webhook.state !== 'active') throw conflictError('webhook-disabled', 'The webhook is disabled; enable it to redeliver', { id });
    const current = await this.deliveryRecord(id, deliveryId);
    if (current.state === 'pending') throw conflictError('delivery-pending', 'The delivery is still being attempted; wait for it to succeed or die', { deliveryId, nextAttemptAt: current.nextAttemptAt });
    const now = new Date().toISOString();
    const { claimedUntil: _claim, ...rest } = current;
    const next: DeliveryRecord = { ...rest, state: 'pending', round: current.round + 1, attemptCount: 0, nextAttemptAt: now, updatedAt: now, version: current.version + 1 };
    await this.store.commit({
      writes: [{ kind: 'put', item: deliveryItem(this.t, next), condition: { expression: '#v = :v', names: { '#v': 'version' }, values: { ':v': current.version }, onFail: conflictError('delivery-pending', 'The delivery changed meanwhile; reload it', { deliveryId }) } }],
      audit: { action: 'webhook.redelivered', subject: { type: 'webhook', id }, summary: `${current.eventType} ${deliveryId} round ${next.round}`, detail: { deliveryId, eventId: current.eventId, round: next.round } },
      events: [{ type: DELIVERY_REQUESTED, data: { webhookId: id, deliveryId, round: next.round } }],
    });
    return deliveryView(next);
  }

  private unchanged(w: WebhookRecord): Condition {
    return { expression: '#v = :v', names: { '#v': 'version' }, values: { ':v': w.version }, onFail: conflictError('stale-version', 'The webhook changed meanwhile; reload and try again', { what: 'webhook', version: w.version }) };
  }
}
