import { ConfigProvider } from 'antd';
import { Suspense, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthProvider, useAuth } from './auth.tsx';
import { PageLoading } from './components/PageLoading.tsx';
import { antdLocales, currentLanguage, isLanguage } from './i18n/index.ts';
import { useIsPhone } from './media.ts';
import { lazyComponent } from './lazy.tsx';
import { HOME, resolvePage } from './navigation.tsx';
import { matchPath, navigate, useLocation } from './router.tsx';
import { isExpired, loadSession } from './session.ts';
import { themeFor } from './theme.ts';

/*
 * The entry chunk holds only this: providers, the router and the session. The login page, the
 * signed-in shell and every page are lazy chunks; a signed-in load fetches the shell and the
 * current page's chunk at the same time.
 */
const LoginPage = lazyComponent(() => import('./pages/login/LoginPage.tsx'));
const SignedIn = lazyComponent(() => import('./layout/SignedIn.tsx'));
const ResetPasswordPage = lazyComponent(() => import('./pages/login/ResetPasswordPage.tsx'));
const ForcedPasswordPage = lazyComponent(() => import('./pages/account/ForcedPasswordPage.tsx'));
const PublicSurveyPage = lazyComponent(() => import('./pages/public-survey/PublicSurveyPage.tsx'));

/** The one-time link's page: open whether or not someone is signed in on this tab. */
const RESET_PATH = '/reset-password';
/** A customer's survey link (`/s/<token>` in a text or e-mail): no login, no console around it. */
const surveyToken = (pathname: string) => matchPath('/s/:token', pathname)?.token;

/** The chunks the first screen needs: the login page, or the shell and the page at `pathname`. */
export function preloadFirstScreen(pathname: string): Promise<unknown> {
  if (surveyToken(pathname) !== undefined) return PublicSurveyPage.preload();
  const session = loadSession();
  if (!session || isExpired(session)) return LoginPage.preload();
  return Promise.all([SignedIn.preload(), resolvePage(pathname === '/' ? HOME : pathname)?.page.component.preload()]);
}

export function App() {
  const { i18n } = useTranslation();
  const isPhone = useIsPhone();
  const language = isLanguage(i18n.language) ? i18n.language : currentLanguage();
  const theme = useMemo(() => themeFor(isPhone), [isPhone]);
  return (
    <ConfigProvider locale={antdLocales[language]} theme={theme} componentSize={isPhone ? 'large' : 'middle'}>
      <AuthProvider>
        <Routes />
      </AuthProvider>
    </ConfigProvider>
  );
}

/** Login and the redirects around it; everything signed in is the shell's business. */
function Routes() {
  const { session } = useAuth();
  const location = useLocation();
  const { pathname } = location;
  const token = surveyToken(pathname);

  const target = pathname === RESET_PATH || token !== undefined
    ? undefined
    : !session
    ? pathname === '/login'
      ? undefined
      : `/login${pathname === '/' ? '' : `?next=${encodeURIComponent(location.href)}`}`
    : pathname === '/' || pathname === '/login'
      ? (safeNext(location.search.get('next')) ?? HOME)
      : undefined;
  useEffect(() => {
    if (target) navigate(target, { replace: true });
  }, [target]);

  if (target) return <PageLoading />;
  if (token !== undefined) {
    return (
      <Suspense fallback={<PageLoading />}>
        <PublicSurveyPage token={token} />
      </Suspense>
    );
  }
  if (pathname === RESET_PATH) {
    return (
      <Suspense fallback={<PageLoading />}>
        <ResetPasswordPage />
      </Suspense>
    );
  }
  if (session?.mustChangePassword) {
    return (
      <Suspense fallback={<PageLoading />}>
        <ForcedPasswordPage />
      </Suspense>
    );
  }
  if (!session) {
    return (
      <Suspense fallback={<PageLoading />}>
        <LoginPage />
      </Suspense>
    );
  }
  void resolvePage(pathname)?.page.component.preload(); // in parallel with the shell's chunk
  return (
    <Suspense fallback={<PageLoading />}>
      <SignedIn />
    </Suspense>
  );
}

/** Only paths of this console: never an absolute URL someone put in `?next=`. */
function safeNext(next: string | null): string | undefined {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : undefined;
}

