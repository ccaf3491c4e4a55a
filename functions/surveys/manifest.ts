import { defineCapability, routesOf } from '../../shared/capability.ts';
import { surveysRulesPolicy } from '../../shared/contract/surveys-policy.ts';
import * as routes from './routes.ts';

export const capability = defineCapability({
  name: 'surveys',
  routes: routesOf(routes),
  jobs: [
    {
      name: 'survey-campaigns',
      summary: 'Satisfaction surveys: expires the links that ran out, samples each running periodic campaign once a period, invites after the events of the event campaigns (work proportional to the customers sampled and the events, never the archive)',
      schedule: 'cron(30 9 * * ? *)',
      timeZone: 'Asia/Shanghai',
    },
  ],
  policies: [surveysRulesPolicy],
  dashboard: ['satisfactionTrend'],
});
