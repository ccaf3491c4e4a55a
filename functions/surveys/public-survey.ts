import { notificationsTemplatesPolicy } from '../../shared/contract/notifications-policies.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import type { TenantProfile } from '../../shared/entities/tenant.ts';
import type { Invitation } from '../../shared/entities/survey.ts';
import { Problem, tooManyRequests } from '../../shared/http/problems.ts';
import { keys } from '../../shared/keys.ts';
import { policyInForce } from '../../shared/policies/policy-store.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { checkOpen, getInvitation } from './answer-service.ts';
import { readSurveyToken } from './survey-link.ts';

/**
 * What the public survey routes share: the link read and checked before anything else, the
 * per-client window, and the invitation. A link this deployment did not sign (or of another
 * tenant's API) is 404 without a read; each client address gets PUBLIC_LIMIT requests per window
 * and tenant; an expired or answered link is refused with a code the page explains.
 */
export const PUBLIC_WINDOW_SECONDS = 10 * 60;
export const PUBLIC_LIMIT = 30;

const invalidLink = () => new Problem(404, 'survey-link-invalid', 'Not found', 'This survey link is not valid');

export async function openInvitation(token: string, source: string, correlationId: string, answeredStatus: 409 | 410): Promise<{ store: TenantStore; invitation: Invitation }> {
  const link = readSurveyToken(token);
  if (!link || (process.env.TENANT_ID && link.tenantId !== process.env.TENANT_ID)) throw invalidLink();
  const store = new TenantStore(systemContext(link.tenantId, 'survey-page', correlationId));
  await throttle(store, source || 'unknown');
  const invitation = await getInvitation(store, link.invitationId, true);
  // The token carries the expiry in whole seconds: a token of this invitation with another expiry was never issued.
  if (!invitation || Math.floor(Date.parse(invitation.expiresAt) / 1000) !== link.expiresAt.getTime() / 1000) throw invalidLink();
  checkOpen(invitation, store.clock(), answeredStatus);
  return { store, invitation };
}

async function throttle(store: TenantStore, source: string): Promise<void> {
  const now = Math.floor(store.clock().getTime() / 1000);
  const window = Math.floor(now / PUBLIC_WINDOW_SECONDS);
  const counted = await store.write({
    kind: 'update',
    key: keys.publicSurveySource(store.tenantId, source, window),
    set: { entity: 'survey-source', ttl: (window + 1) * PUBLIC_WINDOW_SECONDS + 60 },
    add: { requests: 1 },
  });
  if (Number(counted?.requests) > PUBLIC_LIMIT) throw tooManyRequests((window + 1) * PUBLIC_WINDOW_SECONDS - now, 'Too many requests from this address; try again later');
}

/** The company's name and hotline as its customers know them (the templates policy, else the tenant's name). */
export async function companyOf(store: TenantStore): Promise<{ company: string; hotline: string | null }> {
  const [templates, profile] = await Promise.all([policyInForce(store, notificationsTemplatesPolicy, store.clock()), store.get<TenantProfile>(keys.tenantProfile(store.tenantId))]);
  return { company: templates.values.company ?? profile?.name ?? store.tenantId, hotline: templates.values.hotline ?? null };
}

export const aboutOf = (i: Invitation) => (i.subject?.type === 'ticket' ? 'ticket' : i.subject?.type === 'gas-on' ? 'gas-on' : i.subject?.type === 'inspection' ? 'inspection' : 'service') as 'ticket' | 'gas-on' | 'inspection' | 'service';
