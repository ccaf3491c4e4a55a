import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { HOME } from '../../navigation.tsx';
import { navigate } from '../../router.tsx';

/** 403 (the role may not open the page) and 404 (no such page). */
export default function StatusPage({ status }: { status: '403' | '404' }) {
  const { t } = useTranslation();
  return (
    <Result
      status={status}
      title={status === '403' ? t('errors.forbiddenTitle') : t('errors.notFoundTitle')}
      subTitle={status === '403' ? t('errors.forbidden') : t('errors.notFound')}
      extra={
        <Button type="primary" onClick={() => navigate(HOME)}>
          {t('errors.backHome')}
        </Button>
      }
    />
  );
}
