import * as z from 'zod';

/** Small schemas every context reuses, so the same field is validated the same way everywhere. */
export const TenantId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'lowercase letters, digits and "-", 2–32 characters');
export const Ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'not an id this API issued');
export const IdParams = z.strictObject({ id: Ulid });
export const Cursor = z.string().max(2048);
export const Limit = z.coerce.number().int().min(1).max(200);
export const PageQuery = z.strictObject({ cursor: Cursor.optional(), limit: Limit.optional() });
export const IsoDateTime = z.iso.datetime({ offset: true });
export const RegionId = z.string().regex(/^[A-Za-z0-9-]{1,32}$/, 'a region id such as "r-east"');
