import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueTexts } from './values.ts';

/** The words `formatValue` needs, in the user's language. */
export function useValueTexts(): ValueTexts {
  const { t, i18n } = useTranslation();
  return useMemo(
    () => ({
      language: i18n.language === 'en' ? 'en' : 'zh-CN',
      off: t('policies.off'),
      yes: t('policies.yes'),
      no: t('policies.no'),
      units: {
        minutes: t('policies.units.minutes'),
        hours: t('policies.units.hours'),
        days: t('policies.units.days'),
        'working-days': t('policies.units.working-days'),
        count: t('policies.units.count'),
      },
      clocks: {
        elapsed: t('policies.clocks.elapsed'),
        working: t('policies.clocks.working'),
        endOfWorkingDay: t('policies.clocks.endOfWorkingDay'),
        postponed: t('policies.clocks.postponed'),
        weekendsDoNotCount: t('policies.clocks.weekendsDoNotCount'),
      },
    }),
    [t, i18n.language],
  );
}
