import { defineCapability, routesOf } from '../../shared/capability.ts';
import { readingCadencePolicy, readingVeePolicy } from '../../shared/contract/reading-policies.ts';
import * as routes from './routes.ts';

export const capability = defineCapability({
  name: 'reading',
  routes: routesOf(routes),
  policies: [readingVeePolicy, readingCadencePolicy],
});
