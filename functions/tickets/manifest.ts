import { defineCapability, routesOf } from '../../shared/capability.ts';
import { ticketsDeadlinesPolicy, ticketsDispatchPolicy } from '../../shared/contract/tickets-policies.ts';
import { ticketsSlaPolicy } from '../../shared/contract/tickets-sla-policy.ts';
import * as routes from './routes.ts';

export const capability = defineCapability({
  name: 'tickets',
  routes: routesOf(routes),
  policies: [ticketsDeadlinesPolicy, ticketsDispatchPolicy, ticketsSlaPolicy],
});
