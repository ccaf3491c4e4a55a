import * as z from 'zod';

export const Health = z.strictObject({ status: z.literal('ok'), storeLatencyMs: z.number() });

/** The OpenAPI document itself (described loosely: it describes everything else). */
export const OpenApiDocument = z.looseObject({ openapi: z.string(), info: z.object({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) });
