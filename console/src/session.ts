import type { Role } from '../../shared/contract/access.ts';
import type { LoginResponse } from '../../shared/contract/auth.ts';

export type { LoginResponse };

/**
 * The console session: the token from `POST /v1/auth/login` with its expiry and the user, kept in
 * sessionStorage (one browser tab, gone when it closes; never in localStorage or a cookie).
 */
export interface SessionUser {
  tenant: string;
  username: string;
  name: string;
  roles: Role[];
  /** Regions the user may see; null or absent: every region of the tenant. */
  regions?: string[] | null;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: SessionUser;
  /** The tenant's time zone, once the API told us. */
  timeZone?: string;
  /** The password was set by an operator: nothing but the change screen until a new one is set. */
  mustChangePassword?: boolean;
}



const KEY = 'gascare.session';

export const isExpired = (session: Pick<Session, 'expiresAt'>, now = Date.now()) => Date.parse(session.expiresAt) <= now;

export function loadSession(): Session | undefined {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return undefined;
    const session = JSON.parse(raw) as Session;
    if (typeof session.token !== 'string' || typeof session.expiresAt !== 'string' || !session.user) return undefined;
    return session;
  } catch {
    return undefined;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(KEY);
}
