import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { client, configureApi, unwrap } from './api.ts';
import { navigate } from './router.tsx';
import { clearSession, isExpired, loadSession, saveSession, type Session } from './session.ts';

/**
 * Who is signed in, and the ways a session ends: the user logs out, the token's `expiresAt`
 * passes (a timer, re-checked when the tab wakes up), or the API refuses the token (401). The
 * last two return to the login page with "session expired" and come back to the same page after.
 */
export type Notice = 'expired' | 'logged-out';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

interface AuthState {
  session?: Session;
  notice?: Notice;
  /** The tenant's time zone (times are shown in it); learned from the API, Asia/Shanghai until then. */
  timeZone: string;
  login(tenant: string, username: string, password: string): Promise<Session>;
  logout(reason?: Notice): void;
  setTimeZone(timeZone: string): void;
  /** After a password change: the API ended the other sessions and sent a token for this one. */
  passwordChanged(token: string, expiresAt: string): void;
}

const AuthContext = createContext<AuthState | undefined>(undefined);

function initialState(): { session?: Session; notice?: Notice } {
  const stored = loadSession();
  if (stored && isExpired(stored)) {
    clearSession();
    return { notice: 'expired' };
  }
  return { session: stored };
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState(initialState);
  const sessionRef = useRef(state.session);
  sessionRef.current = state.session;

  const logout = useCallback((reason: Notice = 'logged-out') => {
    if (!sessionRef.current && reason === 'expired') return; // already out (several 401s at once)
    // Signing out ends the session on the server too (every token of it is refused from now on).
    const token = sessionRef.current?.token;
    if (reason === 'logged-out' && token) void client.POST('/v1/auth/logout', { headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
    clearSession();
    sessionRef.current = undefined;
    setState({ notice: reason });
    const here = `${window.location.pathname}${window.location.search}`;
    const comeBack = reason === 'expired' && !here.startsWith('/login') ? `?next=${encodeURIComponent(here)}` : '';
    navigate(`/login${comeBack}`, { replace: true });
  }, []);

  const login = useCallback(async (tenant: string, username: string, password: string) => {
    const response = await unwrap(client.POST('/v1/auth/login', { body: { tenant, username, password } }));
    const session: Session = {
      token: response.token,
      expiresAt: response.expiresAt,
      user: response.user,
      timeZone: response.timeZone,
      ...(response.mustChangePassword ? { mustChangePassword: true } : {}),
    };
    saveSession(session);
    sessionRef.current = session;
    setState({ session });
    return session;
  }, []);

  const setTimeZone = useCallback((timeZone: string) => {
    const current = sessionRef.current;
    if (!current || current.timeZone === timeZone || !isValidTimeZone(timeZone)) return;
    const session = { ...current, timeZone };
    saveSession(session);
    sessionRef.current = session;
    setState((s) => ({ ...s, session }));
  }, []);

  const passwordChanged = useCallback((token: string, expiresAt: string) => {
    const current = sessionRef.current;
    if (!current) return;
    const { mustChangePassword: _done, ...rest } = current;
    const session = { ...rest, token, expiresAt };
    saveSession(session);
    sessionRef.current = session;
    setState((s) => ({ ...s, session }));
  }, []);

  // Before any child renders (children's effects run before ours): the first requests of a
  // reloaded page already carry the stored token.
  useState(() => configureApi({ token: () => sessionRef.current?.token, onSessionExpired: () => logout('expired') }));

  // Log out when the token expires; timers sleep with the tab, so check again when it wakes.
  const expiresAt = state.session?.expiresAt;
  useEffect(() => {
    if (!expiresAt) return;
    const check = () => {
      if (isExpired({ expiresAt })) logout('expired');
    };
    const timer = window.setTimeout(check, Math.min(Math.max(Date.parse(expiresAt) - Date.now(), 0), 2 ** 31 - 1));
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, [expiresAt, logout]);

  const value = useMemo<AuthState>(
    () => ({
      session: state.session,
      notice: state.notice,
      timeZone: state.session?.timeZone ?? DEFAULT_TIME_ZONE,
      login,
      logout,
      setTimeZone,
      passwordChanged,
    }),
    [state, login, logout, setTimeZone, passwordChanged],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in session; only for components rendered behind the login. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('useSession without a session');
  return session;
}

function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
