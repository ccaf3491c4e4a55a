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
  /** The password was set by an operator: the console lets the user do nothing before changing it. */
  mustChangePassword: z.boolean(),
  user: SignedInUser,
});

/** A fresh token (after a password change ended the previous sessions). */
export const SessionToken = z.strictObject({ token: z.string(), expiresAt: IsoDateTime });

/** Change one's own password: the current one, and a new one of the minimum strength. */
export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});

/** Redeem a one-time reset (or setup) link: it names the tenant and carries the token. */
export const RedeemPasswordResetBody = z.strictObject({
  tenant: TenantId,
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'not a token this API issued'),
  newPassword: z.string().min(1).max(256),
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
