import { ROLES } from '../../shared/contract/access.ts';
import { Items } from '../../shared/contract/common.ts';
import { CreateRegionBody, Region, RegionListItem, RegionParams } from '../../shared/contract/regions.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['regions'];

export const listRegions = defineRoute({
  method: 'GET',
  path: '/v1/regions',
  summary: 'Regions of the tenant (a manager sees their own regions)',
  access: { roles: ROLES, scopes: ['customers:read'] },
  responses: { 200: Items(RegionListItem) },
  tags,
});

export const createRegion = defineRoute({
  method: 'POST',
  path: '/v1/regions',
  summary: 'Create a region or business hall (admin)',
  access: { roles: ['admin'] },
  body: CreateRegionBody,
  idempotent: true,
  responses: { 201: Region },
  tags,
});

export const getRegion = defineRoute({
  method: 'GET',
  path: '/v1/regions/{regionId}',
  summary: 'One region (a manager sees only their own; others are 404)',
  access: { roles: ROLES, scopes: ['customers:read'] },
  params: RegionParams,
  responses: { 200: Region },
  tags,
});
