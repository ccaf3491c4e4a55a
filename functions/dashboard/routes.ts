import { z } from 'zod';
import { defineRoute } from '../../shared/http/route.ts';
import { RegionId } from '../../shared/schemas.ts';
import { ROLES } from '../../shared/tenancy.ts';

export const getDashboard = defineRoute({
  context: 'dashboard',
  method: 'GET',
  path: '/v1/dashboard',
  summary: "The home figures of the caller's regions (or one of them); a null section is a capability with no data yet",
  access: { roles: ROLES },
  query: z.strictObject({ regionId: RegionId.optional() }),
  tags: ['dashboard'],
});
