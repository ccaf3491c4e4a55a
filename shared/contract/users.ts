import * as z from 'zod';
import { ROLES } from './access.ts';
import { HumanText, IsoDateTime, RegionId, Version } from './common.ts';

/** Console users of a tenant, managed by its admins. An admin never sees or sets a password. */
export const USER_ADMINS = ['admin'] as const;
export const USER_ACTIONS = ['disable', 'enable'] as const;

export const Username = z.string().regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'lowercase letters, digits, ".", "_" and "-", 2–32 characters');
export const UserParams = z.strictObject({ username: Username });

const Roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);
/** The regions a non-admin may see; omitted or null: every region. Ignored for admins. */
const Regions = z.array(RegionId).min(1).max(100).nullable();

export const CreateUserBody = z.strictObject({
  username: Username,
  name: HumanText({ max: 64 }),
  roles: Roles,
  regions: Regions.optional(),
});

export const UpdateUserBody = z.strictObject({
  name: HumanText({ max: 64 }).optional(),
  roles: Roles.optional(),
  regions: Regions.optional(),
  /** Or `If-Match: "<version>"`. */
  version: Version.optional(),
});

export const UserActionBody = z.strictObject({ action: z.enum(USER_ACTIONS) });

/** What an admin sees of a user: never a hash, never a token. */
export const UserView = z.strictObject({
  username: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  /** null: every region. */
  regions: z.array(z.string()).nullable(),
  disabled: z.boolean(),
  disabledAt: IsoDateTime.nullable(),
  /** The user has not set a password yet (their setup link is unused). */
  passwordSet: z.boolean(),
  mustChangePassword: z.boolean(),
  lastSignInAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: z.int(),
});

/** A one-time link to set a password: shown to the admin once, to hand to the user. */
export const PasswordResetLink = z.strictObject({
  /** The console's reset page; the token is in the fragment, so it reaches no server log. */
  resetUrl: z.string(),
  expiresAt: IsoDateTime,
});

export const CreatedUser = z.strictObject({ user: UserView, setup: PasswordResetLink });

export type UserView = z.infer<typeof UserView>;
export type PasswordResetLink = z.infer<typeof PasswordResetLink>;
export type CreatedUser = z.infer<typeof CreatedUser>;
