import { z } from 'zod';
import { defineRoute } from '../../shared/http/route.ts';
import { ROLES } from '../../shared/tenancy.ts';
import { RegionId } from '../../shared/schemas.ts';

export const listRegions = defineRoute({
  context: 'regions',
  method: 'GET',
  path: '/v1/regions',
  summary: 'Regions of the tenant (a manager sees their own regions)',
  access: { roles: ROLES, scopes: ['customers:read'] },
  tags: ['regions'],
});

export const CreateRegionBody = z.strictObject({
  regionId: RegionId,
  name: z.string().trim().min(1).max(64),
  kind: z.enum(['region', 'business-hall']).default('region'),
});

export const createRegion = defineRoute({
  context: 'regions',
  method: 'POST',
  path: '/v1/regions',
  summary: 'Create a region or business hall (admin)',
  access: { roles: ['admin'] },
  body: CreateRegionBody,
  idempotent: true,
  tags: ['regions'],
});

export const getRegion = defineRoute({
  context: 'regions',
  method: 'GET',
  path: '/v1/regions/{regionId}',
  summary: 'One region (a manager sees only their own; others are 404)',
  access: { roles: ROLES, scopes: ['customers:read'] },
  params: z.strictObject({ regionId: RegionId }),
  tags: ['regions'],
});
