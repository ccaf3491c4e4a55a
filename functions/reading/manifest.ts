import { defineCapability } from '../../shared/capability.ts';
import { readingCadencePolicy, readingVeePolicy } from '../../shared/contract/reading-policies.ts';

export const capability = defineCapability({
  name: 'reading',
  routes: [],
  policies: [readingVeePolicy, readingCadencePolicy],
});
