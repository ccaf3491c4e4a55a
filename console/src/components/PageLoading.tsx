import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** The spinner shown while a page's chunk or data loads, announced to screen readers. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status">
      <Spin />
      <span className="sr-only">{t('app.loading')}</span>
    </div>
  );
}
