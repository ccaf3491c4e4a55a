import { defineCapability, routesOf } from '../../shared/capability.ts';
import { readingCadencePolicy, readingVeePolicy } from '../../shared/contract/reading-policies.ts';
import * as routes from './routes.ts';

export const capability = defineCapability({
  name: 'reading',
  routes: routesOf(routes),
  jobs: [
    {
      name: 'read-cycles',
      summary: 'Opens the read cycles whose window opened (one per read book, the meters due), closes those past their window (follow-up tasks, read rate frozen), recounts the others',
      schedule: 'cron(30 0 * * ? *)',
      timeZone: 'Asia/Shanghai',
    },
  ],
  policies: [readingVeePolicy, readingCadencePolicy],
  dashboard: ['readCycles', 'readingExceptions'],
});
