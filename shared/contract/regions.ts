import * as z from 'zod';
import { HumanText, IsoDateTime, RegionId } from './common.ts';

export const REGION_KINDS = ['region', 'business-hall'] as const;

export const CreateRegionBody = z.strictObject({
  regionId: RegionId,
  name: HumanText({ max: 64 }),
  kind: z.enum(REGION_KINDS).default('region'),
});

export const RegionParams = z.strictObject({ regionId: RegionId });

export const RegionListItem = z.strictObject({ regionId: z.string(), name: z.string(), kind: z.enum(REGION_KINDS) });
export const Region = RegionListItem.extend({ createdAt: IsoDateTime });

export type Region = z.infer<typeof Region>;
