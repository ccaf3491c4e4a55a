import { useTranslation } from 'react-i18next';
import { useSession } from '../auth.tsx';
import { menuKeyOf, menuPages } from '../navigation.tsx';
import { Link, useLocation } from '../router.tsx';

/**
 * The site navigation: plain links in a list (not an ARIA menu), the current page marked with
 * aria-current. Each row is at least 48 px high, a comfortable touch target.
 */
export function NavList({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { pathname } = useLocation();
  const current = menuKeyOf(pathname);
  return (
    <ul className="nav-list">
      {menuPages(user.roles).map(({ path, titleKey, icon: Icon }) => (
        <li key={path}>
          <Link to={path} className="nav-link" aria-current={current === path ? 'page' : undefined} onClick={onNavigate}>
            <Icon />
            <span>{t(titleKey)}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
