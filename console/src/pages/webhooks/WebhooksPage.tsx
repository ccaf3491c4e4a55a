import './messages.ts';
import { Alert, App, Button, Card, Drawer, Dropdown, Empty, Form, Input, Modal, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DELIVERY_STATES, WEBHOOK_EVENT_FAMILIES, WEBHOOK_EVENT_TYPES, type Delivery, type DeliveryAttempt, type DeliveryState, type Webhook } from '../../../../shared/contract/webhooks.ts';
import { CursorPager } from '../../components/CursorPager.tsx';
import { SecretOnceModal } from '../../components/SecretOnceModal.tsx';
import { ApiError, client, idempotencyKey, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { useRequest } from '../../useRequest.ts';

const DELIVERY_COLORS: Record<DeliveryState, string> = { pending: 'processing', succeeded: 'success', dead: 'error', cancelled: 'default' };
const ALL = 'all';

/** A secret shown once: after a create or a rotation. */
interface ShownSecret {
  secret: string;
  url: string;
  /** Set after a rotation: until when the old secret still signs. */
  previousValidUntil?: string;
}

/**
 * Webhooks (admin; WEBHOOK_MANAGERS): the tenant's subscriptions with their event types and
 * state; create one (its signing secret is shown this once), enable / disable, rotate the secret
 * (the old one signs beside it for 24 h), send a test event and follow it, delete; and per
 * webhook a drawer of its deliveries, attempts and errors, dead ones redeliverable.
 */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message, modal } = App.useApp();
  const { data, loading, error, reload } = useRequest((signal) => unwrap(client.GET('/v1/webhooks', { signal })), []);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<ShownSecret>();
  const [testing, setTesting] = useState<{ webhook: Webhook; delivery?: Delivery; problem?: string }>();
  const [viewing, setViewing] = useState<Webhook>();
  const [busy, setBusy] = useState<string>();

  const act = async (id: string, run: () => Promise<void>) => {
    setBusy(id);
    try {
      await run();
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(problemMessage(t, e));
      else throw e;
    } finally {
      setBusy(undefined);
    }
  };

  const setState = (w: Webhook, state: Webhook['state']) =>
    act(w.id, async () => {
      await unwrap(client.PATCH('/v1/webhooks/{id}', { params: { path: { id: w.id } }, body: { state }, headers: { 'if-match': `"${w.version}"` } }));
      void message.success(t(state === 'active' ? 'webhooks.enabled' : 'webhooks.disabled'));
      reload();
    });

  const remove = (w: Webhook) =>
    modal.confirm({
      title: t('webhooks.deleteConfirm.title'),
      content: t('webhooks.deleteConfirm.text', { url: w.url }),
      okText: t('webhooks.deleteConfirm.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        act(w.id, async () => {
          await unwrap(client.DELETE('/v1/webhooks/{id}', { params: { path: { id: w.id } } }));
          void message.success(t('webhooks.deleteConfirm.done'));
          reload();
        }),
    });

  const rotate = (w: Webhook) =>
    modal.confirm({
      title: t('webhooks.rotateConfirm.title'),
      content: t('webhooks.rotateConfirm.text'),
      okText: t('webhooks.rotateConfirm.ok'),
      cancelText: t('common.cancel'),
      onOk: () =>
        act(w.id, async () => {
          const rotated = await unwrap(client.POST('/v1/webhooks/{id}/rotate-secret', { params: { path: { id: w.id } } }));
          setShown({ secret: rotated.secret, url: rotated.url, previousValidUntil: rotated.previousSecretValidUntil });
          reload();
        }),
    });

  const sendTest = (w: Webhook) =>
    act(w.id, async () => {
      setTesting({ webhook: w });
      try {
        const delivery = await unwrap(client.POST('/v1/webhooks/{id}/test', { params: { path: { id: w.id } } }));
        setTesting({ webhook: w, delivery });
      } catch (e) {
        if (e instanceof ApiError && e.status !== 401) setTesting({ webhook: w, problem: problemMessage(t, e) });
        else throw e;
      }
    });

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('webhooks.intro')}</Typography.Paragraph>
      <Space className="page-toolbar">
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('webhooks.create')}
        </Button>
        <Button onClick={reload}>{t('webhooks.reload')}</Button>
      </Space>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<Webhook>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('webhooks.empty')} /> }}
        columns={[
          {
            title: t('webhooks.columns.url'),
            key: 'url',
            render: (_, w) => (
              <Space direction="vertical" size={0}>
                <code className="webhook-url">{w.url}</code>
                {w.description && <Typography.Text type="secondary">{w.description}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('webhooks.columns.events'),
            dataIndex: 'events',
            render: (events: string[]) => (
              <Space size={[0, 4]} wrap>
                {events.map((e) => (
                  <Tag key={e}>{e}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('webhooks.columns.state'),
            dataIndex: 'state',
            render: (state: Webhook['state']) => (
              <Tag color={state === 'active' ? 'success' : 'default'} data-state={state}>
                {t(`webhooks.states.${state}`)}
              </Tag>
            ),
          },
          { title: t('webhooks.columns.secret'), dataIndex: 'secretHint', render: (hint: string) => <code>…{hint}</code> },
          { title: t('webhooks.columns.createdAt'), dataIndex: 'createdAt', render: (at: string) => f.dateTime(at) },
          {
            title: t('webhooks.columns.actions'),
            key: 'actions',
            render: (_, w) => (
              <Space wrap>
                <Button size="small" onClick={() => setViewing(w)}>
                  {t('webhooks.actions.deliveries')}
                </Button>
                <Button size="small" loading={busy === w.id && testing?.webhook.id === w.id && !testing.delivery} disabled={w.state !== 'active'} onClick={() => void sendTest(w)}>
                  {t('webhooks.actions.test')}
                </Button>
                <Dropdown
                  trigger={['click']}
                  menu={{
                    items: [
                      w.state === 'active' ? { key: 'disable', label: t('webhooks.actions.disable') } : { key: 'enable', label: t('webhooks.actions.enable') },
                      { key: 'rotate', label: t('webhooks.actions.rotate') },
                      { type: 'divider' },
                      { key: 'delete', label: t('webhooks.actions.delete'), danger: true },
                    ],
                    onClick: ({ key }) => {
                      if (key === 'disable') void setState(w, 'disabled');
                      else if (key === 'enable') void setState(w, 'active');
                      else if (key === 'rotate') rotate(w);
                      else if (key === 'delete') remove(w);
                    },
                  }}
                >
                  <Button size="small" loading={busy === w.id && !testing} aria-label={t('webhooks.actions.more')}>
                    {t('webhooks.actions.more')}
                  </Button>
                </Dropdown>
              </Space>
            ),
          },
        ]}
      />
      {creating && (
        <CreateWebhook
          onClose={() => setCreating(false)}
          onCreated={(secret) => {
            setCreating(false);
            setShown(secret);
            reload();
          }}
        />
      )}
      {shown && <SecretModal shown={shown} onClose={() => setShown(undefined)} />}
      {testing && <TestResult webhook={testing.webhook} delivery={testing.delivery} problem={testing.problem} onClose={() => setTesting(undefined)} />}
      {viewing && <DeliveriesDrawer webhook={viewing} onClose={() => setViewing(undefined)} />}
    </Card>
  );
}

function CreateWebhook({ onClose, onCreated }: { onClose(): void; onCreated(shown: ShownSecret): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ url: string; events: string[]; description?: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [key] = useState(idempotencyKey);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setProblem(undefined);
    try {
      const created = await unwrap(
        client.POST('/v1/webhooks', {
          body: { url: values.url.trim(), events: values.events, ...(values.description?.trim() ? { description: values.description.trim() } : {}) },
          headers: { 'idempotency-key': key },
        }),
      );
      onCreated({ secret: created.secret, url: created.url });
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) setProblem(problemMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const options = [
    {
      label: t('webhooks.form.groupAll'),
      options: [{ value: '*', label: t('webhooks.form.all') }, ...WEBHOOK_EVENT_FAMILIES.map((family) => ({ value: `${family}.*`, label: `${family}.* — ${t('webhooks.form.family', { family })}` }))],
    },
    { label: t('webhooks.form.groupTypes'), options: WEBHOOK_EVENT_TYPES.map((type) => ({ value: type, label: type })) },
  ];

  return (
    <Modal open title={t('webhooks.form.title')} okText={t('webhooks.form.submit')} cancelText={t('common.cancel')} confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="webhook">
        <Form.Item name="url" label={t('webhooks.form.url')} extra={t('webhooks.form.urlHelp')} rules={[{ required: true, whitespace: true, message: t('webhooks.form.urlRequired') }]}>
          <Input inputMode="url" placeholder="https://example.com/gascare/events" maxLength={2048} />
        </Form.Item>
        <Form.Item name="events" label={t('webhooks.form.events')} extra={t('webhooks.form.eventsHelp')} rules={[{ required: true, type: 'array', min: 1, message: t('webhooks.form.eventsRequired') }]}>
          <Select mode="multiple" allowClear options={options} maxCount={50} />
        </Form.Item>
        <Form.Item name="description" label={t('webhooks.form.description')}>
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SecretModal({ shown, onClose }: { shown: ShownSecret; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <SecretOnceModal
      texts={{
        title: t(shown.previousValidUntil ? 'webhooks.secret.rotatedTitle' : 'webhooks.secret.createdTitle'),
        warning: t('webhooks.secret.onceWarning'),
        label: t('webhooks.secret.label'),
        copy: t('webhooks.secret.copy'),
        copied: t('webhooks.secret.copied'),
        saved: t('webhooks.secret.saved'),
      }}
      secret={shown.secret}
      secretClassName="webhook-secret"
      context={
        <Typography.Paragraph>
          <code>{shown.url}</code>
        </Typography.Paragraph>
      }
      note={shown.previousValidUntil && <Alert type="info" showIcon title={t('webhooks.secret.oldValid', { time: f.dateTime(shown.previousValidUntil) })} />}
      onClose={onClose}
    />
  );
}

/** The test event's delivery, followed until its first attempt has an answer. */
function TestResult({ webhook, delivery, problem, onClose }: { webhook: Webhook; delivery?: Delivery; problem?: string; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [current, setCurrent] = useState(delivery);
  useEffect(() => setCurrent(delivery), [delivery]);
  const settled = current && (current.state !== 'pending' || current.attempts.length > 0);
  useEffect(() => {
    if (!current || settled) return undefined;
    const timer = setTimeout(() => {
      void unwrap(client.GET('/v1/webhooks/{id}/deliveries/{deliveryId}', { params: { path: { id: webhook.id, deliveryId: current.id } } }))
        .then(setCurrent)
        .catch(() => undefined);
    }, 500);
    return () => clearTimeout(timer);
  }, [current, settled, webhook.id]);

  let body;
  if (problem) body = <Alert type="error" showIcon title={problem} />;
  else if (!current || !settled) body = <Spin tip={t('webhooks.test.sending')}><div style={{ minHeight: 48 }} /></Spin>;
  else {
    const last = current.attempts.at(-1);
    const status = last?.status ?? current.lastStatus;
    const error = last?.error ?? current.lastError;
    if (current.state === 'succeeded') body = <Alert type="success" showIcon title={t('webhooks.test.succeeded', { status })} />;
    else
      body = (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type="error" showIcon title={error ? t('webhooks.test.failed', { error: status ? `${status} ${error}` : error }) : t('webhooks.test.failedStatus', { status: status ?? t('webhooks.test.noStatus') })} />
          {current.state === 'pending' && current.nextAttemptAt && <Typography.Text type="secondary">{t('webhooks.test.pending', { time: f.dateTime(current.nextAttemptAt) })}</Typography.Text>}
        </Space>
      );
  }
  return (
    <Modal open title={t('webhooks.test.title')} onCancel={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>}>
      <Typography.Paragraph>
        <code>{webhook.url}</code>
      </Typography.Paragraph>
      <div className="webhook-test-result" role="status">
        {body}
      </div>
    </Modal>
  );
}

function DeliveriesDrawer({ webhook, onClose }: { webhook: Webhook; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [state, setState] = useState<DeliveryState>();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const { data, loading, error, reload } = useRequest(
    (signal) =>
      unwrap(
        client.GET('/v1/webhooks/{id}/deliveries', {
          params: { path: { id: webhook.id }, query: { limit: 20, ...(state ? { state } : {}), ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    [webhook.id, state, cursor],
  );
  const [busy, setBusy] = useState<string>();

  const redeliver = async (d: Delivery) => {
    setBusy(d.id);
    try {
      await unwrap(client.POST('/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', { params: { path: { id: webhook.id, deliveryId: d.id } } }));
      void message.success(t('webhooks.deliveries.redelivered'));
      reload();
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(problemMessage(t, e));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Drawer open title={t('webhooks.deliveries.title', { url: webhook.url })} width={960} onClose={onClose} closable={{ 'aria-label': t('common.close') }}>
      <Space className="page-toolbar">
        <Select
          aria-label={t('webhooks.deliveries.filter')}
          style={{ minWidth: 140 }}
          value={state ?? ALL}
          onChange={(v: string) => {
            setState(v === ALL ? undefined : (v as DeliveryState));
            setCursors([]);
          }}
          options={[{ value: ALL, label: t('webhooks.deliveries.all') }, ...DELIVERY_STATES.map((s) => ({ value: s, label: t(`webhooks.deliveryStates.${s}`) }))]}
        />
        <Button onClick={reload}>{t('webhooks.reload')}</Button>
      </Space>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<Delivery>
        rowKey="id"
        className="webhook-deliveries"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        size="small"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('webhooks.deliveries.empty')} /> }}
        expandable={{
          rowExpandable: (d) => d.attempts.length > 0,
          expandedRowRender: (d) => (
            <Table<DeliveryAttempt>
              rowKey="at"
              size="small"
              pagination={false}
              dataSource={d.attempts}
              columns={[
                { title: t('webhooks.deliveries.attemptAt'), dataIndex: 'at', render: (at: string) => f.dateTime(at) },
                { title: t('webhooks.deliveries.attemptStatus'), dataIndex: 'status', render: (s: number | null) => s ?? t('webhooks.test.noStatus') },
                { title: t('webhooks.deliveries.attemptDuration'), dataIndex: 'durationMs', render: (ms: number) => t('webhooks.deliveries.durationMs', { ms }) },
                { title: t('webhooks.deliveries.attemptError'), dataIndex: 'error', render: (e: string | null) => e ?? '' },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('webhooks.deliveries.eventType'), dataIndex: 'eventType', render: (type: string) => <code>{type}</code> },
          { title: t('webhooks.deliveries.eventAt'), dataIndex: 'eventAt', render: (at: string) => f.dateTime(at) },
          {
            title: t('webhooks.deliveries.state'),
            dataIndex: 'state',
            render: (s: DeliveryState) => (
              <Tag color={DELIVERY_COLORS[s]} data-state={s}>
                {t(`webhooks.deliveryStates.${s}`)}
              </Tag>
            ),
          },
          {
            title: t('webhooks.deliveries.attempts'),
            key: 'attempts',
            render: (_, d) => (
              <span>
                {d.attemptCount}
                {d.round > 1 && <Typography.Text type="secondary"> ({t('webhooks.deliveries.round', { round: d.round })})</Typography.Text>}
              </span>
            ),
          },
          { title: t('webhooks.deliveries.lastStatus'), dataIndex: 'lastStatus', render: (s: number | null) => s ?? '' },
          { title: t('webhooks.deliveries.lastError'), dataIndex: 'lastError', render: (e: string | null) => (e ? <Typography.Text type="danger">{e}</Typography.Text> : '') },
          { title: t('webhooks.deliveries.nextAttempt'), dataIndex: 'nextAttemptAt', render: (at: string | null) => (at ? f.dateTime(at) : '') },
          {
            title: t('webhooks.deliveries.actions'),
            key: 'actions',
            render: (_, d) =>
              d.state === 'dead' ? (
                <Button size="small" loading={busy === d.id} onClick={() => void redeliver(d)}>
                  {t('webhooks.deliveries.redeliver')}
                </Button>
              ) : null,
          },
        ]}
      />
      <CursorPager cursors={cursors} setCursors={setCursors} nextCursor={data?.nextCursor} previous={t('webhooks.deliveries.previous')} next={t('webhooks.deliveries.next')} />
    </Drawer>
  );
}
