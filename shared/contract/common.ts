import * as z from 'zod';

/** Small schemas every context reuses, so the same field is validated the same way everywhere. */
export const TenantId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'lowercase letters, digits and "-", 2–32 characters');
export const Ulid = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'not an id this API issued');
export const IdParams = z.strictObject({ id: Ulid });
export const Cursor = z.string().max(2048);
/** Largest page a list returns; a list may choose a smaller largest page and its own default. */
export const MAX_PAGE = 200;
export const limitUpTo = (max = MAX_PAGE) => z.coerce.number().int().min(1).max(max);
export const pageQuery = (max = MAX_PAGE) => z.strictObject({ cursor: Cursor.optional(), limit: limitUpTo(max).optional() });
export const IsoDateTime = z.iso.datetime({ offset: true });
export const RegionId = z.string().regex(/^[A-Za-z0-9-]{1,32}$/, 'a region id such as "r-east"');

/** A page of a list: the items and the cursor of the next page (null on the last). */
export const Page = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() });

/** `{items}` of a short list that is never paged (regions, keys, jobs). */
export const Items = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item) });

/** Who did something: a user, an integrator key or a job. */
export const Actor = z.strictObject({ kind: z.string(), id: z.string(), name: z.string() });

/** A CSV body (UTF-8; the first chunk starts with a BOM). */
export const CsvText = z.string().meta({ description: 'CSV, UTF-8' });

/** RFC 9457 problem details, with the stable `code` clients branch on and its parameters. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  code: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  instance: z.string().optional(),
  /** The response's `x-correlation-id`: quote it when reporting the error. */
  correlationId: z.string().optional(),
});
