import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { Avatar, Button, Drawer, Layout } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth, useSession } from '../auth.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { Logo } from '../components/Logo.tsx';
import { RegionSelect } from '../components/RegionSelect.tsx';
import { useIsPhone } from '../media.ts';
import { Link, useLocation } from '../router.tsx';
import { NavList } from './NavList.tsx';

/**
 * The frame around every signed-in page: navigation (a side bar on desks, a drawer on phones),
 * the region scope, the language switch, the user and logout; then the page's heading and body.
 * On a route change the heading takes the focus, so screen readers announce the new page.
 */
export function AppShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const isPhone = useIsPhone();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { pathname } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);

  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
  }, [pathname]);

  useEffect(() => {
    if (!isPhone) setDrawerOpen(false);
  }, [isPhone]);

  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {!isPhone && (
        <Layout.Sider width={232} className="app-sider">
          <Brand />
          <nav aria-label={t('app.navigation')}>
            <NavList />
          </nav>
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="app-header">
          {isPhone ? (
            <>
              <Button
                type="text"
                className="touch-target"
                icon={<MenuOutlined />}
                aria-label={t('app.openMenu')}
                aria-expanded={drawerOpen}
                aria-controls="nav-drawer"
                onClick={() => setDrawerOpen(true)}
              />
              <Brand compact />
            </>
          ) : (
            <>
              <RegionSelect />
              <div className="header-spacer" />
              <LanguageSwitch />
              <UserBadge />
              <Button icon={<LogoutOutlined />} onClick={() => logout()}>
                {t('auth.logout')}
              </Button>
            </>
          )}
        </Layout.Header>
        <Layout.Content id="main" className="app-content" tabIndex={-1}>
          <h1 ref={heading} tabIndex={-1} className="page-title">
            {title}
          </h1>
          {children}
        </Layout.Content>
      </Layout>
      {isPhone && (
        <Drawer
          id="nav-drawer"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={300}
          title={<UserBadge />}
          closable={{ 'aria-label': t('common.close') }}
          classNames={{ body: 'drawer-body' }}
        >
          <nav aria-label={t('app.navigation')}>
            <NavList onNavigate={() => setDrawerOpen(false)} />
          </nav>
          <div className="drawer-controls">
            <RegionSelect block />
            <LanguageSwitch block />
            <Button block size="large" icon={<LogoutOutlined />} onClick={() => logout()}>
              {t('auth.logout')}
            </Button>
          </div>
        </Drawer>
      )}
    </Layout>
  );
}

function Brand({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/dashboard" className={compact ? 'brand brand-compact' : 'brand'}>
      <Logo />
      <span>{compact ? t('app.shortName') : t('app.name')}</span>
    </Link>
  );
}

function UserBadge() {
  const { t } = useTranslation();
  const { user } = useSession();
  return (
    <Link to="/account" className="user-badge">
      <Avatar size="small" className="user-avatar" aria-hidden="true">
        {user.name.slice(0, 1)}
      </Avatar>
      <span className="user-text">
        <span className="user-name">{user.name}</span>
        <span className="user-role">{user.roles.map((r) => t(`roles.${r}`)).join(' · ')}</span>
      </span>
    </Link>
  );
}
