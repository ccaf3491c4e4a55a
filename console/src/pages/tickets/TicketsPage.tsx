import './messages.ts';
import './tickets.css';
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TICKET_STATUSES, TICKET_WRITERS, type TicketStatus, type TicketView } from '../../../../shared/contract/tickets.ts';
import { client, unwrap } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { useRegionScope } from '../../regions.tsx';
import { Link, navigate } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { Countdown, KindTag, RiskTag, SpecialCareMark, useNow } from './ui.tsx';

const PAGE_SIZE = 25;
type View = 'risk' | 'assignee' | 'all';

/**
 * 工单 / Tickets: the dispatch desk's queue by SLA risk (overdue first, special care and urgent
 * first), an assignee's queue (field staff: their own), or the tickets of a status, newest first;
 * each row's next deadline counts down. Pages go by cursor (a stack for "previous").
 */
export default function TicketsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useSession();
  const { regionId, nameOf } = useRegionScope();
  const desk = user.roles.some((r) => TICKET_WRITERS.roles.includes(r));
  const [view, setView] = useState<View>(desk ? 'risk' : 'assignee');
  const [assignee, setAssignee] = useState(user.roles.includes('field') ? user.username : 'field');
  const [status, setStatus] = useState<TicketStatus | undefined>();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const now = useNow();
  const { data, loading, error, reload } = useRequest(
    (signal) =>
      unwrap(
        client.GET('/v1/tickets', {
          params: {
            query: {
              limit: PAGE_SIZE,
              ...(regionId ? { regionId } : {}),
              ...(cursor ? { cursor } : {}),
              ...(view === 'risk' ? { view: 'risk' as const } : view === 'assignee' ? { view: 'assignee' as const, assignee } : status ? { status } : {}),
            },
          },
          signal,
        }),
      ),
    [view, assignee, status, regionId, cursor],
  );
  const reset = () => setCursors([]);

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('tickets.intro')}</Typography.Paragraph>
      <div className="page-toolbar">
        <Space wrap>
          <Radio.Group
            aria-label={t('tickets.views.label')}
            optionType="button"
            value={view}
            onChange={(e) => {
              setView(e.target.value as View);
              reset();
            }}
            options={(['risk', 'assignee', 'all'] as const).map((v) => ({ value: v, label: t(`tickets.views.${v}`) }))}
          />
          {view === 'assignee' && (
            <Input.Search
              aria-label={t('tickets.assigneeLabel')}
              placeholder={t('tickets.assigneeLabel')}
              defaultValue={assignee}
              style={{ width: 220 }}
              onSearch={(value) => {
                if (value.trim()) setAssignee(value.trim());
                reset();
              }}
            />
          )}
          {view === 'all' && (
            <Select<TicketStatus | ''>
              aria-label={t('tickets.statusFilter')}
              style={{ width: 160 }}
              value={status ?? ''}
              onChange={(value) => {
                setStatus(value || undefined);
                reset();
              }}
              options={[{ value: '', label: t('tickets.anyStatus') }, ...TICKET_STATUSES.map((s) => ({ value: s, label: t(`tickets.statuses.${s}`) }))]}
            />
          )}
        </Space>
        {desk && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/tickets/new')}>
            {t('tickets.newTicket')}
          </Button>
        )}
      </div>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<TicketView>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(view === 'all' ? 'tickets.emptyAll' : 'tickets.empty')} /> }}
        columns={[
          {
            title: t('tickets.columns.kind'),
            key: 'kind',
            render: (_, ticket) => (
              <Space size={0}>
                <SpecialCareMark on={ticket.specialCare} />
                <KindTag ticket={ticket} />
              </Space>
            ),
          },
          {
            title: t('tickets.columns.description'),
            key: 'description',
            render: (_, ticket) => (
              <Typography.Paragraph className="ticket-description" ellipsis={{ rows: 2 }}>
                <Link to={`/tickets/${ticket.id}`}>{ticket.description}</Link>
              </Typography.Paragraph>
            ),
          },
          {
            title: t('tickets.columns.status'),
            key: 'status',
            render: (_, ticket) => (
              <Space size={0} wrap>
                <Tag>{t(`tickets.statuses.${ticket.status}`)}</Tag>
                {ticket.paused && <Tag color="default">{t('tickets.paused')}</Tag>}
              </Space>
            ),
          },
          { title: t('tickets.columns.risk'), key: 'risk', render: (_, ticket) => <RiskTag risk={ticket.risk} /> },
          { title: t('tickets.columns.next'), key: 'next', render: (_, ticket) => (ticket.paused ? t('tickets.paused') : <Countdown due={ticket.nextDeadline} now={now} />) },
          { title: t('tickets.columns.assignee'), key: 'assignee', render: (_, ticket) => ticket.assignee ?? <Typography.Text type="secondary">{t('tickets.unassigned')}</Typography.Text> },
          { title: t('tickets.columns.region'), key: 'region', render: (_, ticket) => nameOf(ticket.regionId) },
          { title: t('tickets.columns.received'), key: 'received', render: (_, ticket) => <span style={{ whiteSpace: 'nowrap' }}>{f.dateTime(ticket.receivedAt)}</span> },
        ]}
      />
      <div className="page-toolbar" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
        <Space>
          <Button icon={<LeftOutlined />} disabled={!cursors.length} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('tickets.previous')}
          </Button>
          <Button icon={<RightOutlined />} iconPosition="end" disabled={!data?.nextCursor} onClick={() => data?.nextCursor && setCursors([...cursors, data.nextCursor])}>
            {t('tickets.next')}
          </Button>
        </Space>
      </div>
    </Card>
  );
}
