/**
 * Who is calling, as established by the authorizer. Code downstream receives this context and
 * never reads a tenant from a path, query or body.
 */
import type { Role, Scope } from './contract/access.ts';

export { ROLES, SCOPES, type Role, type Scope } from './contract/access.ts';

export interface Principal {
  kind: 'user' | 'api-key' | 'system';
  id: string; // username, key id, or job name
  name: string;
  roles: Role[];
  /** Regions the caller may see; `undefined` means every region of the tenant. */
  regions?: string[];
  scopes: Scope[];
  /** Signed in with a password someone else set: only routes marked `duringPasswordChange` until it is changed. */
  mustChangePassword?: true;
}

export interface TenantContext {
  tenantId: string;
  principal: Principal;
  correlationId: string;
  /** The tenant's time zone when the credential carried it. */
  timeZone?: string;
}

export const hasRole = (p: Principal, ...roles: Role[]) => p.roles.some((r) => roles.includes(r));

/** Whether the caller may see an object in `regionId` (admins and integrators: every region). */
export const canSeeRegion = (p: Principal, regionId: string) => p.regions === undefined || p.regions.includes(regionId);

export function systemContext(tenantId: string, job: string, correlationId: string): TenantContext {
  return {
    tenantId,
    correlationId,
    principal: { kind: 'system', id: job, name: job, roles: ['admin'], scopes: [] },
  };
}
