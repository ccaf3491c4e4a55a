/**
 * Who may do what, as plain data both sides read: the handlers enforce it, the console chooses
 * its menus and buttons by it. No zod here, so the console's first page does not carry it.
 */
export const ROLES = ['admin', 'manager', 'dispatcher', 'agent', 'field'] as const;
export type Role = (typeof ROLES)[number];

export const SCOPES = [
  'customers:read',
  'customers:write',
  'readings:write',
  'payments:write',
  'tickets:read',
  'tickets:write',
  'events:read',
  'webhooks:manage',
] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * Who may call a route. `public` needs no credential at all. Otherwise a console user needs one
 * of `roles` and an integrator key needs one of `scopes` (no scopes: users only).
 */
export type Access = { public: true } | { roles: readonly Role[]; scopes?: readonly Scope[] };

export const hasAnyRole = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));

/** Whether a user with `roles` may call a route with this access rule. */
export const rolesMayCall = (roles: readonly Role[], access: Access) => 'public' in access || hasAnyRole(roles, access.roles);
