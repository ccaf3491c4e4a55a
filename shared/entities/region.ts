import { keys } from '../keys.ts';
import type { Item } from '../db/tenant-store.ts';

/** A region (片区) or business hall (营业厅): the unit managers are scoped to. */
export interface Region {
  regionId: string;
  name: string;
  kind: 'region' | 'business-hall';
  createdAt: string;
}

export const regionItem = (tenantId: string, r: Region): Item => ({ ...keys.region(tenantId, r.regionId), entity: 'region', ...r });
