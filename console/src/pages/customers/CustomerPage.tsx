import './customers.css';
import './messages.ts';
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import type { PageProps } from '../../navigation.tsx';
import { useRegionScope } from '../../regions.tsx';
import { navigate } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { CustomerNotFound } from './CustomerNotFound.tsx';
import { LifecycleCard } from './LifecycleCard.tsx';
import { MetersCard } from './MetersCard.tsx';
import { hasAnyRole, REVEAL_ROLES, WRITER_ROLES, type CustomerView } from './model.ts';
import { ProfileCard } from './ProfileCard.tsx';
import { TimelineCard } from './TimelineCard.tsx';
import { SpecialCareIcon, StateTag } from './ui.tsx';
import { problemMessage } from '../../problem-message.ts';

/**
 * Customer 360 (`/customers/:id`): who and where, the account's lifecycle with its actions,
 * the meters, open work, and the history. Field staff see it all and change nothing.
 */
export default function CustomerPage({ params }: PageProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { nameOf } = useRegionScope();
  const id = params.id!;
  const { data, error, loading, reload } = useRequest((signal) => unwrap(client.GET('/v1/customers/{id}', { params: { path: { id } }, signal })), [id]);
  // What an action answered: newer than what was loaded, until the next load.
  const [latest, setLatest] = useState<CustomerView>();
  const [round, setRound] = useState(0);
  const [stale, setStale] = useState(false);
  const customer = latest && latest.id === id && (!data || latest.version >= data.version) ? latest : data;

  if (error && (error.status === 404 || error.status === 400)) return <CustomerNotFound />;
  if (!customer) {
    return (
      <Card>
        {error ? (
          <Alert type="error" showIcon title={t('customers.profile.loadFailed')} description={error.status === 0 ? t('errors.network') : problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />
        ) : (
          <Skeleton active={loading} paragraph={{ rows: 8 }} />
        )}
      </Card>
    );
  }

  const canWrite = hasAnyRole(user.roles, WRITER_ROLES);
  const canReveal = hasAnyRole(user.roles, REVEAL_ROLES);
  const changed = (next?: CustomerView) => {
    if (next) setLatest(next);
    else reload();
    setRound((r) => r + 1);
  };

  return (
    <div className="stack customer-360" data-testid="customer-360" data-version={customer.version}>
      <Card className="customer-summary">
        <div className="customer-summary-row">
          <div>
            <h2 className="customer-name">
              {customer.name}
              <SpecialCareIcon flags={customer.specialCare} />
            </h2>
            <Space wrap size={[8, 4]} className="customer-summary-facts">
              <StateTag state={customer.state} />
              <code>{customer.accountNumber}</code>
              <span>{t(`customers.classes.${customer.class}`)}</span>
              <span>{nameOf(customer.regionId)}</span>
            </Space>
            <Typography.Paragraph type="secondary" className="customer-address">
              {customer.address}
            </Typography.Paragraph>
          </div>
          {canWrite && (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/customers/${customer.id}/edit`)}>
              {t('customers.profile.edit')}
            </Button>
          )}
        </div>
        {!canWrite && <Alert type="info" showIcon className="read-only-note" data-testid="read-only" title={t('customers.profile.readOnly')} />}
        {stale && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            className="customer-alert"
            title={t('customers.lifecycle.stale')}
            closable={{ 'aria-label': t('common.close') }}
            onClose={() => setStale(false)}
          />
        )}
      </Card>

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <div className="stack">
            <ProfileCard customer={customer} canReveal={canReveal} onRevealed={() => setRound((r) => r + 1)} />
            <LifecycleCard
              customer={customer}
              canAct={canWrite}
              onChanged={(next) => {
                setStale(false);
                changed(next);
              }}
              onStale={() => {
                setLatest(undefined);
                setStale(true);
                changed();
              }}
            />
            <MetersCard customer={customer} canWrite={canWrite} onChanged={() => changed()} />
          </div>
        </Col>
        <Col xs={24} xl={10}>
          <div className="stack">
            <Card title={<h2 className="card-title">{t('customers.openWork.title')}</h2>} data-testid="open-work">
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="empty-detail">{t('customers.openWork.empty')}</span>} />
            </Card>
            <TimelineCard customerId={customer.id} round={round} />
          </div>
        </Col>
      </Row>
    </div>
  );
}
