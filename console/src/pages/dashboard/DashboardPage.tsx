import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { useFormat } from '../../format.ts';
import { useRegionScope } from '../../regions.tsx';
import { useRequest } from '../../useRequest.ts';
import { ArchiveFigures } from './ArchiveFigures.tsx';
import { CalendarWarnings } from './CalendarWarnings.tsx';
import { CapabilityCards } from './CapabilityCards.tsx';

/**
 * The home page: live figures of the user's region scope from GET /v1/dashboard. Sections whose
 * capability has no data yet show an empty state that says what will appear there.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { setTimeZone } = useAuth();
  const { regionId, nameOf } = useRegionScope();
  const { data, error, loading, reload } = useRequest(
    (signal) => unwrap(client.GET('/v1/dashboard', { params: { query: { regionId } }, signal })),
    [regionId],
  );

  useEffect(() => {
    if (data?.timeZone) setTimeZone(data.timeZone);
  }, [data?.timeZone, setTimeZone]);

  return (
    <div className="dashboard" aria-busy={loading}>
      <div className="dashboard-toolbar">
        <Typography.Text type="secondary" data-testid="dashboard-scope">
          {data && t('dashboard.scope', { scope: data.regions.map(nameOf).join('、') || t('common.none') })}
          {data?.archive && <> · {t('dashboard.asOf', { time: f.dateTime(data.archive.asOf) })}</>}
        </Typography.Text>
        <Button icon={<ReloadOutlined />} onClick={reload} loading={loading}>
          {t('dashboard.refresh')}
        </Button>
      </div>

      {error && (
        <Alert
          type="error"
          showIcon
          title={t('dashboard.loadFailed')}
          description={error.status === 0 ? t('errors.network') : error.problem.detail ?? error.problem.title}
          action={<Button onClick={reload}>{t('errors.retry')}</Button>}
          className="dashboard-error"
        />
      )}

      {!data && loading && <Skeleton active paragraph={{ rows: 6 }} />}

      {data && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <CalendarWarnings calendar={data.calendar} />
          {data.archive ? (
            <ArchiveFigures archive={data.archive} />
          ) : (
            <Row>
              <Col span={24}>
                <Card data-testid="archive-empty">
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={
                      <>
                        <strong className="empty-title">{t('dashboard.archiveEmpty.title')}</strong>
                        <span className="empty-detail">{t('dashboard.archiveEmpty.detail')}</span>
                      </>
                    }
                  />
                </Card>
              </Col>
            </Row>
          )}
          <CapabilityCards view={data} />
        </Space>
      )}
    </div>
  );
}
