import './messages.ts';
import { Alert, App, Button, Card, Drawer, Dropdown, Empty, Form, Input, InputNumber, Modal, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCOPES, type Scope } from '../../../../shared/contract/access.ts';
import { API_KEY_TIER_LIMITS, API_KEY_TIERS, type ApiKey } from '../../../../shared/contract/api-keys.ts';
import { SecretOnceModal } from '../../components/SecretOnceModal.tsx';
import { ApiError, client, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { useRequest } from '../../useRequest.ts';
import { UsageChart } from './UsageChart.tsx';

type Tier = ApiKey['tier'];

/** A key shown once: after a create or a rotation. */
interface ShownKey {
  key: string;
  name: string;
  /** Set after a rotation: until when the replaced secret still works (now or earlier: not at all). */
  previousExpiresAt?: string;
}

/**
 * Integrator API keys (admin): the tenant's keys with their scopes, tier and daily quota, last use
 * and rotation; create one (the key is shown this once), rotate it (the old secret works for the
 * overlap chosen, 24 h by default, 0: not at all), change its tier, revoke it; and per key a
 * drawer of its requests per day over the last 30 days.
 *
 * Unlike a webhook, a create is not sent with an Idempotency-Key: POST /v1/api-keys is not an
 * idempotent route (a replay would have to keep the plaintext key, which is stored only hashed);
 * the dialog's busy OK button is what keeps a double click from making two keys.
 */
export default function ApiKeysPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message, modal } = App.useApp();
  const { data, loading, error, reload } = useRequest((signal) => unwrap(client.GET('/v1/api-keys', { signal })), []);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<ShownKey>();
  const [rotating, setRotating] = useState<ApiKey>();
  const [retiering, setRetiering] = useState<ApiKey>();
  const [viewing, setViewing] = useState<ApiKey>();
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

  const revoke = (k: ApiKey) =>
    modal.confirm({
      title: t('apiKeys.revokeConfirm.title'),
      content: t('apiKeys.revokeConfirm.text', { name: k.name }),
      okText: t('apiKeys.revokeConfirm.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        act(k.id, async () => {
          await unwrap(client.DELETE('/v1/api-keys/{id}', { params: { path: { id: k.id } } }));
          void message.success(t('apiKeys.revokeConfirm.done'));
          reload();
        }),
    });

  const now = Date.now();
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('apiKeys.intro')}</Typography.Paragraph>
      <Space className="page-toolbar">
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('apiKeys.create')}
        </Button>
        <Button onClick={reload}>{t('apiKeys.reload')}</Button>
      </Space>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<ApiKey>
        rowKey="id"
        className="api-keys"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('apiKeys.empty')} /> }}
        columns={[
          { title: t('apiKeys.columns.name'), dataIndex: 'name', render: (name: string) => <Typography.Text strong>{name}</Typography.Text> },
          {
            title: t('apiKeys.columns.scopes'),
            dataIndex: 'scopes',
            render: (scopes: Scope[]) => (
              <Space size={[0, 4]} wrap>
                {scopes.map((s) => (
                  <Tag key={s} title={t(`apiKeys.scopes.${s}`)}>
                    {s}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('apiKeys.columns.tier'),
            key: 'tier',
            render: (_, k) => (
              <Space direction="vertical" size={0}>
                <Tag data-tier={k.tier}>{t(`apiKeys.tiers.${k.tier}`)}</Tag>
                <Typography.Text type="secondary">{t('apiKeys.dailyQuota', { quota: f.number(k.dailyQuota) })}</Typography.Text>
              </Space>
            ),
          },
          { title: t('apiKeys.columns.createdAt'), dataIndex: 'createdAt', render: (at: string) => f.dateTime(at) },
          { title: t('apiKeys.columns.lastUsedAt'), dataIndex: 'lastUsedAt', render: (at: string | null) => (at ? f.dateTime(at) : <Typography.Text type="secondary">{t('apiKeys.never')}</Typography.Text>) },
          {
            title: t('apiKeys.columns.state'),
            key: 'state',
            render: (_, k) => (
              <Tag color={k.revokedAt ? 'default' : 'success'} data-state={k.revokedAt ? 'revoked' : 'active'}>
                {t(k.revokedAt ? 'apiKeys.states.revoked' : 'apiKeys.states.active')}
              </Tag>
            ),
          },
          {
            title: t('apiKeys.columns.rotation'),
            key: 'rotation',
            render: (_, k) =>
              k.rotatedAt ? (
                <Space direction="vertical" size={0}>
                  <span>{t('apiKeys.rotatedAt', { time: f.dateTime(k.rotatedAt) })}</span>
                  <Typography.Text type="secondary">
                    {k.previousExpiresAt && Date.parse(k.previousExpiresAt) > now ? t('apiKeys.oldValidUntil', { time: f.dateTime(k.previousExpiresAt) }) : t('apiKeys.oldExpired')}
                  </Typography.Text>
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('apiKeys.notRotated')}</Typography.Text>
              ),
          },
          {
            title: t('apiKeys.columns.actions'),
            key: 'actions',
            render: (_, k) => (
              <Space wrap>
                <Button size="small" onClick={() => setViewing(k)}>
                  {t('apiKeys.actions.usage')}
                </Button>
                <Dropdown
                  trigger={['click']}
                  disabled={!!k.revokedAt}
                  menu={{
                    items: [
                      { key: 'rotate', label: t('apiKeys.actions.rotate') },
                      { key: 'tier', label: t('apiKeys.actions.tier') },
                      { type: 'divider' },
                      { key: 'revoke', label: t('apiKeys.actions.revoke'), danger: true },
                    ],
                    onClick: ({ key }) => {
                      if (key === 'rotate') setRotating(k);
                      else if (key === 'tier') setRetiering(k);
                      else if (key === 'revoke') revoke(k);
                    },
                  }}
                >
                  <Button size="small" loading={busy === k.id} disabled={!!k.revokedAt} aria-label={t('apiKeys.actions.more')}>
                    {t('apiKeys.actions.more')}
                  </Button>
                </Dropdown>
              </Space>
            ),
          },
        ]}
      />
      {creating && (
        <CreateKey
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setShown(created);
            reload();
          }}
        />
      )}
      {rotating && (
        <RotateKey
          apiKey={rotating}
          onClose={() => setRotating(undefined)}
          onRotated={(rotated) => {
            setRotating(undefined);
            setShown(rotated);
            reload();
          }}
        />
      )}
      {retiering && (
        <ChangeTier
          apiKey={retiering}
          onClose={() => setRetiering(undefined)}
          onChanged={() => {
            setRetiering(undefined);
            void message.success(t('apiKeys.tierForm.done'));
            reload();
          }}
        />
      )}
      {shown && <KeyModal shown={shown} onClose={() => setShown(undefined)} />}
      {viewing && <UsageDrawer apiKey={viewing} onClose={() => setViewing(undefined)} />}
    </Card>
  );
}

/** The tier choices with each one's rate and daily quota (API_KEY_TIER_LIMITS of the contract). */
function useTierOptions() {
  const { t } = useTranslation();
  const f = useFormat();
  return API_KEY_TIERS.map((tier) => ({
    value: tier,
    label: t('apiKeys.tierOption', { tier: t(`apiKeys.tiers.${tier}`), rate: f.number(API_KEY_TIER_LIMITS[tier].ratePerSecond), quota: f.number(API_KEY_TIER_LIMITS[tier].dailyQuota) }),
  }));
}

/** Runs a dialog's request: busy while it runs, an API problem shown in the dialog. */
function useSubmit() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const run = async (request: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    try {
      await request();
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) setProblem(problemMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  return { busy, problem, run };
}

function CreateKey({ onClose, onCreated }: { onClose(): void; onCreated(shown: ShownKey): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; scopes: Scope[]; tier: Tier }>();
  const { busy, problem, run } = useSubmit();
  const tiers = useTierOptions();

  const submit = async () => {
    const values = await form.validateFields();
    await run(async () => {
      const created = await unwrap(client.POST('/v1/api-keys', { body: { name: values.name.trim(), scopes: values.scopes, tier: values.tier } }));
      onCreated({ key: created.key, name: created.name });
    });
  };

  return (
    <Modal open title={t('apiKeys.form.title')} okText={t('apiKeys.form.submit')} cancelText={t('common.cancel')} confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="api-key" initialValues={{ tier: 'standard' }}>
        <Form.Item name="name" label={t('apiKeys.form.name')} extra={t('apiKeys.form.nameHelp')} rules={[{ required: true, whitespace: true, message: t('apiKeys.form.nameRequired') }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="scopes" label={t('apiKeys.form.scopes')} extra={t('apiKeys.form.scopesHelp')} rules={[{ required: true, type: 'array', min: 1, message: t('apiKeys.form.scopesRequired') }]}>
          <Select
            mode="multiple"
            allowClear
            optionLabelProp="value"
            options={SCOPES.map((s) => ({ value: s, label: `${s} — ${t(`apiKeys.scopes.${s}`)}` }))}
          />
        </Form.Item>
        <Form.Item name="tier" label={t('apiKeys.form.tier')} extra={t('apiKeys.form.tierHelp')}>
          <Select options={tiers} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RotateKey({ apiKey, onClose, onRotated }: { apiKey: ApiKey; onClose(): void; onRotated(shown: ShownKey): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ overlapHours: number }>();
  const { busy, problem, run } = useSubmit();

  const submit = async () => {
    const { overlapHours } = await form.validateFields();
    await run(async () => {
      const rotated = await unwrap(client.POST('/v1/api-keys/{id}/rotate', { params: { path: { id: apiKey.id } }, body: { overlapHours } }));
      onRotated({ key: rotated.key, name: rotated.name, previousExpiresAt: rotated.previousExpiresAt });
    });
  };

  return (
    <Modal open title={t('apiKeys.rotateForm.title', { name: apiKey.name })} okText={t('apiKeys.rotateForm.submit')} cancelText={t('common.cancel')} confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph>{t('apiKeys.rotateForm.text')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="rotate-api-key" initialValues={{ overlapHours: 24 }}>
        <Form.Item name="overlapHours" label={t('apiKeys.rotateForm.overlap')} extra={t('apiKeys.rotateForm.overlapHelp')} rules={[{ required: true, type: 'number', min: 0, max: 168, message: t('apiKeys.rotateForm.overlapRequired') }]}>
          <InputNumber min={0} max={168} precision={3} step={1} inputMode="decimal" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ChangeTier({ apiKey, onClose, onChanged }: { apiKey: ApiKey; onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ tier: Tier }>();
  const { busy, problem, run } = useSubmit();
  const tiers = useTierOptions();

  const submit = async () => {
    const { tier } = await form.validateFields();
    await run(async () => {
      await unwrap(client.PATCH('/v1/api-keys/{id}', { params: { path: { id: apiKey.id } }, body: { tier } }));
      onChanged();
    });
  };

  return (
    <Modal open title={t('apiKeys.tierForm.title', { name: apiKey.name })} okText={t('apiKeys.tierForm.submit')} cancelText={t('common.cancel')} confirmLoading={busy} onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" name="api-key-tier" initialValues={{ tier: apiKey.tier }}>
        <Form.Item name="tier" label={t('apiKeys.tierForm.tier')} rules={[{ required: true }]}>
          <Select options={tiers} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function KeyModal({ shown, onClose }: { shown: ShownKey; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const rotated = shown.previousExpiresAt !== undefined;
  const oldStillWorks = rotated && Date.parse(shown.previousExpiresAt!) > Date.now();
  return (
    <SecretOnceModal
      texts={{
        title: t(rotated ? 'apiKeys.secret.rotatedTitle' : 'apiKeys.secret.createdTitle'),
        warning: t('apiKeys.secret.onceWarning'),
        label: t('apiKeys.secret.label'),
        copy: t('apiKeys.secret.copy'),
        copied: t('apiKeys.secret.copied'),
        saved: t('apiKeys.secret.saved'),
      }}
      secret={shown.key}
      secretClassName="api-key-secret"
      context={<Typography.Paragraph strong>{shown.name}</Typography.Paragraph>}
      note={rotated && <Alert type="info" showIcon title={oldStillWorks ? t('apiKeys.secret.oldValid', { time: f.dateTime(shown.previousExpiresAt!) }) : t('apiKeys.secret.oldRevoked')} />}
      onClose={onClose}
    />
  );
}

function UsageDrawer({ apiKey, onClose }: { apiKey: ApiKey; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { data, loading, error, reload } = useRequest((signal) => unwrap(client.GET('/v1/api-keys/{id}/usage', { params: { path: { id: apiKey.id }, query: { days: 30 } }, signal })), [apiKey.id]);
  return (
    <Drawer open title={t('apiKeys.usage.title', { name: apiKey.name })} width={720} onClose={onClose} closable={{ 'aria-label': t('common.close') }}>
      <Typography.Paragraph type="secondary">{t('apiKeys.usage.subtitle', { quota: f.number(apiKey.dailyQuota) })}</Typography.Paragraph>
      <Space className="page-toolbar">
        <Button onClick={reload}>{t('apiKeys.reload')}</Button>
      </Space>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      {loading && !data ? <Skeleton.Node active style={{ width: '100%', height: 260 }} /> : data && <UsageChart name={apiKey.name} days={data.days} />}
    </Drawer>
  );
}
