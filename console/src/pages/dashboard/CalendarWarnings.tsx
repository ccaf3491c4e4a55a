import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/contract/dashboard.ts';
import { useSession } from '../../auth.tsx';
import { Link } from '../../router.tsx';

/**
 * The business calendar's warnings (a year without official public holidays, e.g. the coming year
 * in December), for admins: they are the ones who can load or enter the dates.
 */
export function CalendarWarnings({ calendar }: { calendar: Dashboard['calendar'] }) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!user.roles.includes('admin') || !calendar) return null;
  return (
    <>
      {calendar.flatMap((y) =>
        y.warnings.map((w) => (
          <Alert
            key={`${y.year}-${w.code}`}
            type="warning"
            showIcon
            data-testid={`dashboard-calendar-${y.year}`}
            title={w.code === 'official-data-missing' ? t('dashboard.calendarWarning.missing', { year: y.year }) : t('dashboard.calendarWarning.available', { year: y.year })}
            action={<Link to={`/calendar?year=${y.year}`}>{t('dashboard.calendarWarning.open', { year: y.year })}</Link>}
          />
        )),
      )}
    </>
  );
}
