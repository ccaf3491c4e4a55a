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
  passwordHash: string;
  disabled?: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const userItem = (tenantId: string, user: User): Item => ({ ...keys.user(tenantId, user.username), entity: 'user', ...user });

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
