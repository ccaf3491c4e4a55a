import { defineCapability, routesOf } from '../../shared/capability.ts';
import { assessmentsKpisPolicy } from '../../shared/contract/assessments-policy.ts';
import * as routes from './routes.ts';

export const capability = defineCapability({
  name: 'assessments',
  routes: routesOf(routes),
  jobs: [
    {
      name: 'assessment-quarterly',
      summary: "Quarterly performance assessment: the scorecards of the quarter that ended last (regions, dispatch center, staff) from the capabilities' counters, a new version each run",
      schedule: 'cron(0 2 1 1,4,7,10 ? *)',
      timeZone: 'Asia/Shanghai',
    },
    {
      name: 'assessment-annual',
      summary: "Annual performance assessment: the scorecards of the year that ended last from the capabilities' counters, a new version each run",
      schedule: 'cron(0 3 1 1 ? *)',
      timeZone: 'Asia/Shanghai',
    },
  ],
  policies: [assessmentsKpisPolicy],
});
