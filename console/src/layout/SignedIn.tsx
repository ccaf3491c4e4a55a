import { App as AntApp, Button } from 'antd';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { PageLoading } from '../components/PageLoading.tsx';
import { mayOpen, menuPages, resolvePage } from '../navigation.tsx';
import { RegionScopeProvider } from '../regions.tsx';
import { useLocation } from '../router.tsx';
import { AppShell } from './AppShell.tsx';

const StatusPage = lazy(() => import('../pages/status/StatusPage.tsx'));

/** Everything behind the login: the region scope, the shell, and the registry's page for the path. */
export default function SignedIn() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();

  // Once the first screen is up, fetch the chunks of the other menu pages while the user reads,
  // so moving between pages shows no spinner.
  useEffect(() => {
    const timer = window.setTimeout(() => menuPages(user.roles).forEach((p) => void p.component.preload().catch(() => undefined)), 1500);
    return () => window.clearTimeout(timer);
  }, [user.roles]);

  const resolved = resolvePage(pathname);
  const title = resolved ? t(resolved.page.titleKey) : t('errors.notFoundTitle');
  let body: ReactNode;
  if (!resolved) body = <StatusPage status="404" />;
  else if (!mayOpen(resolved.page, user.roles)) body = <StatusPage status="403" />;
  else {
    const Page = resolved.page.component;
    body = <Page params={resolved.params} />;
  }

  return (
    <AntApp>
      <RegionScopeProvider>
        <AppShell title={title}>
          <ErrorBoundary resetKey={pathname} fallback={(retry) => <PageFailed retry={retry} />}>
            <Suspense fallback={<PageLoading />}>{body}</Suspense>
          </ErrorBoundary>
        </AppShell>
      </RegionScopeProvider>
    </AntApp>
  );
}


function PageFailed({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="page-failed" role="alert">
      <p>{t('app.pageFailed')}</p>
      <Button type="primary" onClick={() => (navigator.onLine ? window.location.reload() : retry())}>
        {t('app.reload')}
      </Button>
    </div>
  );
}
