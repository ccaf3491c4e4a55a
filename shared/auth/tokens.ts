import { jwtVerify, SignJWT } from 'jose';
import { derivedKey } from '../secrets.ts';
import { ROLES, type Principal, type Role } from '../tenancy.ts';

/** Console sessions: short-lived HS256 tokens carrying tenant, roles and regions. */
export const TOKEN_TTL_SECONDS = Number(process.env.GASCARE_TOKEN_TTL_SECONDS ?? 3600);
const ISSUER = 'gascare';

export interface TokenClaims {
  tenantId: string;
  principal: Principal;
  /** The tenant's time zone, so the console and /v1/me need no extra read. */
  timeZone?: string;
  /** The user's session version at sign-in (`sv`): the authorizer refuses the token once it moved on. */
  sessionVersion: number;
}

export async function issueToken(
  tenantId: string,
  principal: Principal,
  options: { ttlSeconds?: number; timeZone?: string; sessionVersion: number; mustChangePassword?: boolean },
): Promise<{ token: string; expiresAt: string }> {
  const exp = Math.floor(Date.now() / 1000) + (options.ttlSeconds ?? TOKEN_TTL_SECONDS);
  const token = await new SignJWT({ tid: tenantId, name: principal.name, roles: principal.roles, regions: principal.regions, tz: options.timeZone, sv: options.sessionVersion, ...(options.mustChangePassword ? { pwc: true } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setAudience(tenantId)
    .setSubject(principal.id)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(derivedKey('token'));
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

/** The verified claims, or `undefined` for a forged, expired or malformed token, or one without `exp` or `sv`. */
export async function verifyToken(token: string): Promise<TokenClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, derivedKey('token'), { issuer: ISSUER, algorithms: ['HS256'], requiredClaims: ['exp', 'sv'] });
    const roles = (payload.roles as unknown[] | undefined)?.filter((r): r is Role => ROLES.includes(r as Role)) ?? [];
    if (typeof payload.tid !== 'string' || typeof payload.sub !== 'string' || payload.aud !== payload.tid) return undefined;
    if (typeof payload.exp !== 'number' || !Number.isInteger(payload.sv)) return undefined;
    return {
      tenantId: payload.tid,
      timeZone: typeof payload.tz === 'string' ? payload.tz : undefined,
      sessionVersion: payload.sv as number,
      principal: {
        kind: 'user',
        id: payload.sub,
        name: String(payload.name ?? payload.sub),
        roles,
        regions: Array.isArray(payload.regions) ? payload.regions.map(String) : undefined,
        scopes: [],
        ...(payload.pwc === true ? { mustChangePassword: true as const } : {}),
      },
    };
  } catch {
    return undefined;
  }
}
