import { keys } from '../keys.ts';
import type { Item } from '../db/tenant-store.ts';
import type { Principal, Role } from '../tenancy.ts';

/** A console user of one tenant. Managers (and optionally field staff) carry the regions they may see. */
export interface User {
  username: string;
  name: string;
  roles: Role[];
  /** Undefined: every region. */
  regions?: string[];
  /** scrypt, salted per user; absent until the user set one through their setup link. */
  passwordHash?: string;
  disabled?: boolean;
  disabledAt?: string;
  /** Bumped by sign-out, a change of roles or regions, a disable, a new password (absent: 1). */
  sessionVersion?: number;
  lastSignInAt?: string;
  /** The next sign-in must set a new password (a password an operator set). */
  mustChangePassword?: boolean;
  passwordChangedAt?: string;
  /** SHA-256 of the one password-reset (or setup) token still valid for this user. */
  pendingReset?: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The user item, listed in the tenant's users (gsi1 `tenantUsers`). */
export const userItem = (tenantId: string, user: User): Item => ({
  ...keys.user(tenantId, user.username),
  gsi1pk: keys.tenantUsers(tenantId),
  gsi1sk: keys.tenantUserSort(user.username),
  entity: 'user',
  ...user,
});

export const principalOf = (user: User): Principal => ({
  kind: 'user',
  id: user.username,
  name: user.name,
  roles: user.roles,
  regions: user.roles.includes('admin') ? undefined : user.regions,
  scopes: [],
});

export const publicUser = (tenantId: string, user: User) => ({
  tenant: tenantId,
  username: user.username,
  name: user.name,
  roles: user.roles,
  regions: user.roles.includes('admin') ? undefined : user.regions,
});
