import type { DynamoDBStreamEvent } from 'aws-lambda';
import type { SurveyTrigger } from '../../shared/contract/surveys.ts';
import { TenantStore, type Item } from '../../shared/db/tenant-store.ts';
import { campaignFromItem, type Campaign } from '../../shared/entities/survey.ts';
import { keys, surveyShard } from '../../shared/keys.ts';
import { insertedImages } from '../../shared/stream-images.ts';
import { Index } from '../../shared/table.ts';
import { systemContext } from '../../shared/tenancy.ts';

/**
 * Stream consumer: the outbox events that trigger surveys (a ticket closed, gas turned on, an
 * inspection done) become candidates of each running event campaign of that trigger whose regions
 * hold the customer; the `survey-campaigns` job draws from them on its next run. In AWS the event
 * source mapping delivers only outbox inserts of these types; locally the stream poller routes them.
 * Idempotent over redelivery: a candidate's key is the event's instant and id.
 */
interface Trigger {
  trigger: SurveyTrigger;
  customerId: string;
  regionId: string;
  subject: { type: string; id: string };
  staff: string | null;
}

/** The survey trigger an outbox event is, if any (pure). */
export function triggerOf(type: string, data: Record<string, unknown>): Trigger | undefined {
  const customerId = typeof data.customerId === 'string' ? data.customerId : undefined;
  const regionId = typeof data.regionId === 'string' ? data.regionId : undefined;
  if (!customerId || !regionId) return undefined;
  if (type === 'ticket.close' && typeof data.ticketId === 'string') {
    return { trigger: 'ticket.closed', customerId, regionId, subject: { type: 'ticket', id: data.ticketId }, staff: typeof data.assignee === 'string' ? data.assignee : null };
  }
  if (type === 'customer.lifecycle-changed' && data.action === 'gas-on') return { trigger: 'customer.gas-on', customerId, regionId, subject: { type: 'gas-on', id: customerId }, staff: null };
  if (type === 'inspection.done' && typeof data.inspectionId === 'string') {
    return { trigger: 'inspection.done', customerId, regionId, subject: { type: 'inspection', id: data.inspectionId }, staff: typeof data.inspector === 'string' ? data.inspector : null };
  }
  return undefined;
}

/** Candidates wait at most this long for a run (a campaign paused for longer no longer surveys them). */
const CANDIDATE_TTL_SECONDS = 30 * 86_400;

export const handler = async (event: DynamoDBStreamEvent) => {
  const byTenant = new Map<string, { id: string; at: string; trigger: Trigger }[]>();
  for (const image of insertedImages(event, 'outbox')) {
    const trigger = triggerOf(String(image.type), (image.data ?? {}) as Record<string, unknown>);
    if (!trigger) continue;
    const tenantId = String(image.tenantId);
    byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), { id: String(image.id), at: String(image.at), trigger }]);
  }
  for (const [tenantId, events] of byTenant) {
    const store = new TenantStore(systemContext(tenantId, 'survey-triggers', events[0]!.id));
    const running = new Map<SurveyTrigger, Promise<Campaign[]>>();
    const campaignsOf = (trigger: SurveyTrigger) => {
      if (!running.has(trigger)) running.set(trigger, store.query({ index: Index.runningSurveys, pk: keys.runningSurveys(tenantId, trigger), limit: 200 }).then((p) => p.items.map(campaignFromItem)));
      return running.get(trigger)!;
    };
    const candidates: Item[] = [];
    for (const e of events) {
      for (const campaign of await campaignsOf(e.trigger.trigger)) {
        if (!campaign.scope.regionIds.includes(e.trigger.regionId)) continue;
        candidates.push({
          pk: keys.surveyCandidates(tenantId, campaign.id, surveyShard(e.id)),
          sk: keys.surveyCandidateSort(e.at, e.id),
          entity: 'survey-candidate',
          eventId: e.id,
          at: e.at,
          customerId: e.trigger.customerId,
          subject: e.trigger.subject,
          staff: e.trigger.staff,
          ttl: Math.floor(Date.parse(e.at) / 1000) + CANDIDATE_TTL_SECONDS,
        });
      }
    }
    if (candidates.length) await store.putMany(candidates);
  }
};
