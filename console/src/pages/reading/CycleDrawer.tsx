import { FlagOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Empty, Progress, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { Link } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { METER_STATUS_COLORS, type ReadCycleDetail, type ReadCycleMeter } from './model.ts';

/** A cycle's meters in walk order with their status, its progress and counts (GET /v1/read-cycles/{id}). */
export function CycleDrawer({ cycleId, onClose }: { cycleId: string; onClose(): void }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useRequest(
    (signal) => unwrap(client.GET('/v1/read-cycles/{id}', { params: { path: { id: cycleId } }, signal })) as Promise<ReadCycleDetail>,
    [cycleId],
  );
  return (
    <Drawer
      open
      onClose={onClose}
      size="large"
      title={data ? t('reading.cycle.title', { book: data.bookName, period: data.period }) : t('reading.cycles.listTitle')}
      closable={{ 'aria-label': t('common.close') }}
      data-testid="cycle-drawer"
    >
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      {data && <CycleDetail cycle={data} loading={loading} />}
    </Drawer>
  );
}

export function CycleProgress({ cycle }: { cycle: ReadCycleDetail }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { due, read } = cycle.counts;
  const label = t('reading.cycle.progress', { read: f.number(read), due: f.number(due) });
  const met = cycle.readRate !== null && cycle.readRate >= cycle.target;
  return (
    <div className="cycle-progress">
      <div>{label}</div>
      <Progress
        percent={due ? Math.round((read / due) * 1000) / 10 : 0}
        status={met ? 'success' : cycle.state === 'open' ? 'active' : 'normal'}
        aria-label={label}
        data-testid="cycle-progress"
      />
    </div>
  );
}

function CycleDetail({ cycle, loading }: { cycle: ReadCycleDetail; loading: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { counts } = cycle;
  return (
    <div className="stack">
      <Space wrap>
        <Tag color={cycle.state === 'open' ? 'processing' : 'default'}>{t(`reading.states.${cycle.state}`)}</Tag>
        <span>{t(`reading.cadences.${cycle.cadence}`)}</span>
        <span>{cycle.reader}</span>
        <span>
          {t('reading.cycles.window', { from: cycle.window.opensOn, to: cycle.window.closesAfter })}
          {cycle.window.postponedDays > 0 && t('reading.cycles.postponed', { days: cycle.window.postponedDays })}
        </span>
      </Space>
      <CycleProgress cycle={cycle} />
      <Typography.Text>
        {t('reading.cycle.counts', { due: f.number(counts.due), read: f.number(counts.read), accurate: f.number(counts.accurate), estimated: f.number(counts.estimated) })}
      </Typography.Text>
      <Typography.Text>
        {cycle.readRate !== null && t('reading.cycles.rateVsTarget', { rate: f.percent(cycle.readRate), target: f.percent(cycle.target) })}
        {cycle.readRate !== null && ' · '}
        {cycle.accuracy !== null && t('reading.cycle.accuracy', { accuracy: f.percent(cycle.accuracy), target: f.percent(cycle.accuracyTarget) })}
      </Typography.Text>
      <Typography.Text type="secondary">{t('reading.cycle.countedAt', { time: f.dateTime(cycle.countedAt) })}</Typography.Text>
      {cycle.unofficialYears.length > 0 && <Alert type="warning" showIcon title={t('reading.cycle.unofficial', { years: cycle.unofficialYears.join('、') })} />}
      {cycle.state === 'open' && (
        <div>
          <Link to={`/read-books/${cycle.bookId}/route-sheet`} className="ant-btn ant-btn-default">
            <PrinterOutlined aria-hidden /> {t('reading.cycle.routeSheet')}
          </Link>
        </div>
      )}
      <CycleMeters meters={cycle.meters} loading={loading} />
    </div>
  );
}

export function CycleMeters({ meters, loading }: { meters: ReadCycleMeter[]; loading?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Table<ReadCycleMeter>
      rowKey="meterId"
      size="small"
      loading={loading}
      dataSource={meters}
      pagination={false}
      scroll={{ x: true }}
      data-testid="cycle-meters"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reading.cycle.empty')} /> }}
      columns={[
        { title: t('reading.cycle.columns.seq'), dataIndex: 'seq', width: 64 },
        { title: t('reading.cycle.columns.serial'), dataIndex: 'serial', render: (s: string) => <code>{s}</code> },
        {
          title: t('reading.cycle.columns.status'),
          dataIndex: 'status',
          render: (s: ReadCycleMeter['status']) => (
            <Tag color={METER_STATUS_COLORS[s]} data-status={s}>
              {t(`reading.meterStatus.${s}`)}
            </Tag>
          ),
        },
        {
          title: t('reading.cycle.columns.lastReading'),
          key: 'last',
          render: (_, m) => (m.lastReading ? t('reading.cycle.lastReading', { value: f.number(m.lastReading.value), time: f.dateTime(m.lastReading.readAt) }) : <Typography.Text type="secondary">{t('reading.cycle.noReading')}</Typography.Text>),
        },
        {
          title: t('reading.cycle.columns.followUp'),
          key: 'followUp',
          render: (_, m) =>
            m.followUpId ? (
              <Tag color="warning" icon={<FlagOutlined aria-hidden />} title={t('reading.cycle.followUpLabel', { id: m.followUpId })} data-follow-up={m.followUpId}>
                {t('reading.cycle.followUp')}
              </Tag>
            ) : null,
        },
      ]}
    />
  );
}
