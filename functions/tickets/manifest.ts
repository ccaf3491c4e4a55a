import { defineCapability, routesOf } from '../../shared/capability.ts';
import { ticketsDeadlinesPolicy, ticketsDispatchPolicy } from '../../shared/contract/tickets-policies.ts';
import { ticketsSlaPolicy } from '../../shared/contract/tickets-sla-policy.ts';
import * as routes from './routes.ts';

export const capability = defineCapability({
  name: 'tickets',
  routes: routesOf(routes),
  jobs: [
    {
      name: 'sla-sweep',
      summary: 'Ticket deadlines: warns before a breach, records breaches, escalates department → company → regulator, with the notices (work proportional to the tickets with work due)',
      schedule: 'cron(0/5 * * * ? *)',
      timeZone: 'Asia/Shanghai',
    },
  ],
  policies: [ticketsDeadlinesPolicy, ticketsDispatchPolicy, ticketsSlaPolicy],
  dashboard: ['tickets', 'emergenciesToday'],
});
