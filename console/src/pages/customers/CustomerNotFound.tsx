import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../router.tsx';

/** A customer that does not exist, or that the caller may not see (another region, another tenant). */
export function CustomerNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('customers.profile.notFoundTitle')}
      subTitle={t('customers.profile.notFound')}
      data-testid="customer-not-found"
      extra={
        <Button type="primary" onClick={() => navigate('/customers')}>
          {t('customers.profile.backToSearch')}
        </Button>
      }
    />
  );
}
