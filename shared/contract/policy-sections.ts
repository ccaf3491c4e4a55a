import { assessmentsKpisPolicy } from './assessments-policy.ts';
import { customersLifecyclePolicy } from './customers-policies.ts';
import { notificationsQuietHoursPolicy, notificationsTemplatesPolicy } from './notifications-policies.ts';
import type { PolicySection } from './policies.ts';
import { readingCadencePolicy, readingVeePolicy } from './reading-policies.ts';
import { ticketsDeadlinesPolicy, ticketsDispatchPolicy } from './tickets-policies.ts';
import { surveysRulesPolicy } from './surveys-policy.ts';
import { ticketsSlaPolicy } from './tickets-sla-policy.ts';

/**
 * Every policy section of the product, by name. A capability declares the sections it reads in its
 * manifest (`policies`) and adds them here; `registry.test.ts` fails when the two differ. The list
 * lives in the contract so the policies function reads it without the whole manifest (every
 * route's schema and every job's code) in its bundle.
 */
export const POLICY_SECTIONS: readonly PolicySection[] = [customersLifecyclePolicy, notificationsQuietHoursPolicy, notificationsTemplatesPolicy, readingVeePolicy, readingCadencePolicy, ticketsDeadlinesPolicy, ticketsDispatchPolicy, ticketsSlaPolicy, surveysRulesPolicy, assessmentsKpisPolicy];

export const policySectionOf = (name: string): PolicySection | undefined => POLICY_SECTIONS.find((s) => s.name === name);
