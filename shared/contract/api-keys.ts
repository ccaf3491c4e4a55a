import * as z from 'zod';
import { SCOPES } from './access.ts';
import { HumanText, IsoDateTime, Ulid } from './common.ts';

export const CreateApiKeyBody = z.strictObject({
  name: HumanText({ max: 80 }),
  scopes: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length),
});

export const ApiKeyParams = z.strictObject({ id: Ulid });

/** What an admin sees of a key: everything but its hash. */
export const ApiKey = z.strictObject({
  id: z.string(),
  name: z.string(),
  scopes: z.array(z.enum(SCOPES)),
  createdAt: IsoDateTime,
  createdBy: z.string(),
  revokedAt: IsoDateTime.nullable(),
  lastUsedAt: IsoDateTime.nullable(),
});

/** The create response: the key itself, shown this once. */
export const CreatedApiKey = ApiKey.extend({ key: z.string() });

export type ApiKey = z.infer<typeof ApiKey>;
