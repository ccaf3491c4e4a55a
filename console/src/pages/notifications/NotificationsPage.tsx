import './messages.ts';
import { CursorPager } from '../../components/CursorPager.tsx';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTIFICATION_CHANNELS, NOTIFICATION_TEMPLATE_NAMES, PHONE_TASK_OUTCOMES, PHONE_TASK_WORKERS, type NotificationChannel, type NotificationState, type NotificationTemplate, type NotificationView } from '../../../../shared/contract/notifications.ts';
import { ApiError, client, unwrap } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { useFormat } from '../../format.ts';
import { Link } from '../../router.tsx';
import { problemMessage } from '../../problem-message.ts';
import { useRequest } from '../../useRequest.ts';

const PAGE_SIZE = 20;
const ALL = '*';

/** The state as a tag with its text (never colour alone). */
const STATE_COLORS: Record<NotificationState, string> = { queued: 'processing', held: 'default', sent: 'success', failed: 'error', open: 'warning', done: 'default' };

interface Filters {
  day?: string;
  channel?: NotificationChannel;
  type?: NotificationTemplate;
  customerId?: string;
}

/**
 * The notification log (admin): a day's notifications (default the tenant's today) or a
 * customer's, newest first, filtered by channel and type; the recipient masked, the state as a
 * tagged word, the business object linked; open phone tasks completed from here. Pages go by
 * cursor (a stack of the cursors seen, for "previous").
 */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useSession();
  const [filters, setFilters] = useState<Filters>({});
  const [draft, setDraft] = useState<Filters>({});
  const [cursors, setCursors] = useState<string[]>([]);
  const [completing, setCompleting] = useState<NotificationView>();
  const cursor = cursors.at(-1);
  const { data, loading, error, reload } = useRequest(
    (signal) =>
      unwrap(
        client.GET('/v1/notifications', {
          params: { query: { ...filters, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    [JSON.stringify(filters), cursor],
  );
  const mayComplete = user.roles.some((r) => PHONE_TASK_WORKERS.includes(r));

  const apply = (next: Filters) => {
    setFilters(next);
    setCursors([]);
  };

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('notifications.intro')}</Typography.Paragraph>
      <Form layout="inline" className="page-toolbar" onFinish={() => apply(draft)}>
        <Form.Item label={t('notifications.filters.day')}>
          <DatePicker
            aria-label={t('notifications.filters.day')}
            value={draft.day ? dayjs(draft.day) : null}
            onChange={(d: Dayjs | null) => setDraft({ ...draft, day: d ? d.format('YYYY-MM-DD') : undefined })}
          />
        </Form.Item>
        <Form.Item label={t('notifications.filters.channel')}>
          <Select
            aria-label={t('notifications.filters.channel')}
            style={{ minWidth: 120 }}
            value={draft.channel ?? ALL}
            onChange={(v: string) => setDraft({ ...draft, channel: v === ALL ? undefined : (v as NotificationChannel) })}
            options={[{ value: ALL, label: t('notifications.filters.all') }, ...NOTIFICATION_CHANNELS.map((c) => ({ value: c, label: t(`notifications.channels.${c}`) }))]}
          />
        </Form.Item>
        <Form.Item label={t('notifications.filters.type')}>
          <Select
            aria-label={t('notifications.filters.type')}
            style={{ minWidth: 160 }}
            value={draft.type ?? ALL}
            onChange={(v: string) => setDraft({ ...draft, type: v === ALL ? undefined : (v as NotificationTemplate) })}
            options={[{ value: ALL, label: t('notifications.filters.all') }, ...NOTIFICATION_TEMPLATE_NAMES.map((n) => ({ value: n, label: t(`notifications.types.${n}`) }))]}
          />
        </Form.Item>
        <Form.Item label={t('notifications.filters.customerId')}>
          <Input
            aria-label={t('notifications.filters.customerId')}
            placeholder={t('notifications.filters.customerIdPlaceholder')}
            value={draft.customerId ?? ''}
            onChange={(e) => setDraft({ ...draft, customerId: e.target.value.trim() || undefined })}
            style={{ width: 280 }}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('notifications.filters.search')}
          </Button>
          <Button
            onClick={() => {
              setDraft({});
              apply({});
            }}
          >
            {t('notifications.filters.reset')}
          </Button>
        </Space>
      </Form>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<NotificationView>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} /> }}
        columns={[
          { title: t('notifications.columns.createdAt'), dataIndex: 'createdAt', render: (at: string) => f.dateTime(at) },
          { title: t('notifications.columns.channel'), dataIndex: 'channel', render: (c: NotificationChannel) => t(`notifications.channels.${c}`) },
          { title: t('notifications.columns.type'), dataIndex: 'type', render: (type: NotificationTemplate) => t(`notifications.types.${type}`) },
          {
            title: t('notifications.columns.recipient'),
            key: 'recipient',
            render: (_, n) => (
              <span className="notification-recipient">
                {n.recipient.name ?? (n.recipient.username ? t('notifications.staff', { username: n.recipient.username }) : '')}{' '}
                <code>{(n.channel === 'email' ? n.recipient.email : n.recipient.phone) ?? t('notifications.noRecipient')}</code>
              </span>
            ),
          },
          { title: t('notifications.columns.text'), dataIndex: 'text', render: (text: string) => <Typography.Paragraph style={{ maxWidth: 420, marginBottom: 0 }} ellipsis={{ rows: 2, tooltip: text }}>{text}</Typography.Paragraph> },
          {
            title: t('notifications.columns.state'),
            key: 'state',
            render: (_, n) => (
              <Space direction="vertical" size={0}>
                <Tag color={STATE_COLORS[n.state]} data-state={n.state}>
                  {t(`notifications.states.${n.state}`)}
                </Tag>
                {n.state === 'held' && n.sendAfter && <Typography.Text type="secondary">{t('notifications.heldUntil', { time: f.dateTime(n.sendAfter) })}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('notifications.columns.subject'),
            key: 'subject',
            render: (_, n) => (n.subject.type === 'customer' ? <Link to={`/customers/${n.subject.id}`}>{t('notifications.subjectCustomer')}</Link> : <code>{`${n.subject.type}:${n.subject.id}`}</code>),
          },
          {
            title: t('notifications.columns.actions'),
            key: 'actions',
            render: (_, n) =>
              mayComplete && n.channel === 'phone-task' && n.state === 'open' ? (
                <Button size="small" onClick={() => setCompleting(n)}>
                  {t('notifications.complete.button')}
                </Button>
              ) : null,
          },
        ]}
      />
      <CursorPager cursors={cursors} setCursors={setCursors} nextCursor={data?.nextCursor} previous={t('notifications.previous')} next={t('notifications.next')} />
      {completing && (
        <CompleteTask
          task={completing}
          onClose={() => setCompleting(undefined)}
          onDone={() => {
            setCompleting(undefined);
            reload();
          }}
        />
      )}
    </Card>
  );
}

function CompleteTask({ task, onClose, onDone }: { task: NotificationView; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ outcome: (typeof PHONE_TASK_OUTCOMES)[number]; note?: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setProblem(undefined);
    try {
      await unwrap(
        client.POST('/v1/notifications/{id}/actions', {
          params: { path: { id: task.id } },
          body: { action: 'complete', outcome: values.outcome, ...(values.note ? { note: values.note } : {}), version: task.version },
        }),
      );
      void message.success(t('notifications.complete.done'));
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) setProblem(problemMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('notifications.complete.title')} okText={t('notifications.complete.submit')} cancelText={t('common.cancel')} confirmLoading={busy} onOk={() => void submit()} onCancel={onClose}>
      <Typography.Paragraph>{task.text}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ outcome: 'reached' }}>
        <Form.Item name="outcome" label={t('notifications.complete.outcome')} rules={[{ required: true }]}>
          <Select options={PHONE_TASK_OUTCOMES.map((o) => ({ value: o, label: t(`notifications.outcomes.${o}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('notifications.complete.note')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
