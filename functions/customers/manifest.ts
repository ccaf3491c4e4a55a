import { defineCapability, routesOf } from '../../shared/capability.ts';
import { customersLifecyclePolicy } from '../../shared/contract/customers-policies.ts';
import * as routes from './routes.ts';

export const capability = defineCapability({
  name: 'customers',
  routes: routesOf(routes),
  jobs: [
    {
      name: 'archive-stats',
      summary: 'Nightly archive statistics per region: customers by class and state, special care, meters by type and age',
      schedule: 'cron(30 1 * * ? *)',
      timeZone: 'Asia/Shanghai',
    },
    {
      name: 'reindex-customers',
      summary: "Index repair: re-derives every customer's search keys and writes back the stale ones (run after an upgrade; weekly it writes nothing)",
      schedule: 'cron(0 3 ? * SUN *)',
      timeZone: 'Asia/Shanghai',
    },
  ],
  policies: [customersLifecyclePolicy],
  dashboard: ['archive'],
});
