import * as z from 'zod';
import { ROLES, SCOPES } from './access.ts';
import { IsoDateTime, TenantId } from './common.ts';

export const LoginBody = z.strictObject({
  tenant: TenantId,
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const SignedInUser = z.strictObject({
  tenant: z.string(),
  username: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  /** Absent for admins: every region. */
  regions: z.array(z.string()).optional(),
});

export const LoginResponse = z.strictObject({
  token: z.string(),
  expiresAt: IsoDateTime,
  /** The tenant's time zone: the console reads its times in it. */
  timeZone: z.string(),
  user: SignedInUser,
});

export const Me = z.strictObject({
  timeZone: z.string().nullable(),
  tenant: z.string(),
  kind: z.enum(['user', 'api-key', 'system']),
  id: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  /** null: every region of the tenant. */
  regions: z.array(z.string()).nullable(),
  scopes: z.array(z.enum(SCOPES)),
});

export type LoginResponse = z.infer<typeof LoginResponse>;
export type Me = z.infer<typeof Me>;
