import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../../shared/contract/access.ts';
import type { CreatedUser, UserView } from '../../../../shared/contract/users.ts';
import { ApiError, client, idempotencyKey, unwrap } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { useRegionScope } from '../../regions.tsx';
import { useRequest } from '../../useRequest.ts';

type User = UserView;

interface UserValues {
  username: string;
  name: string;
  roles: Role[];
  regions?: string[];
}

interface Link {
  resetUrl: string;
  expiresAt: string;
  /** What the link is for: a new user's setup or a reset. */
  kind: 'setup' | 'reset';
  name: string;
}

/** The tenant's users for its admins: roles, regions, status and last sign-in; create, edit, disable, reset links. */
export default function UsersPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const { user: me } = useSession();
  const { nameOf } = useRegionScope();
  const { data, loading, error, reload } = useRequest((signal) => unwrap(client.GET('/v1/users', { signal })), []);
  const [editing, setEditing] = useState<User | 'new'>();
  const [link, setLink] = useState<Link>();

  const act = async (user: User, action: 'disable' | 'enable') => {
    try {
      await client.POST('/v1/users/{username}/actions', { params: { path: { username: user.username } }, body: { action } });
      reload();
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(problemMessage(t, e));
    }
  };

  const reset = async (user: User) => {
    try {
      const issued = await unwrap(client.POST('/v1/users/{username}/password-reset', { params: { path: { username: user.username } } }));
      setLink({ ...issued, kind: 'reset', name: user.name });
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(problemMessage(t, e));
    }
  };

  return (
    <Card>
      <div className="page-toolbar">
        <Typography.Text type="secondary">{t('users.intro')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('users.create')}
        </Button>
      </div>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<User>
        rowKey="username"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('users.empty')} /> }}
        columns={[
          { title: t('users.name'), dataIndex: 'name' },
          { title: t('users.username'), dataIndex: 'username', render: (u: string) => <code>{u}</code> },
          { title: t('users.roles'), dataIndex: 'roles', render: (roles: Role[]) => roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>) },
          {
            title: t('users.regions'),
            dataIndex: 'regions',
            render: (regions: string[] | null) => (regions ? regions.map((id) => <Tag key={id}>{nameOf(id)}</Tag>) : t('users.allRegions')),
          },
          {
            title: t('users.status'),
            key: 'status',
            render: (_, u) => (
              <Space size={4} wrap>
                {u.disabled ? <Tag color="error">{t('users.disabled')}</Tag> : <Tag color="success">{t('users.active')}</Tag>}
                {!u.passwordSet && <Tag>{t('users.noPassword')}</Tag>}
              </Space>
            ),
          },
          { title: t('users.lastSignIn'), dataIndex: 'lastSignInAt', render: (at: string | null) => (at ? f.dateTime(at) : t('users.never')) },
          {
            title: t('users.actions'),
            key: 'actions',
            render: (_, u) => (
              <Space size={4} wrap>
                <Button size="small" onClick={() => setEditing(u)}>
                  {t('users.edit')}
                </Button>
                {u.disabled ? (
                  <Button size="small" onClick={() => void act(u, 'enable')}>
                    {t('users.enable')}
                  </Button>
                ) : (
                  u.username !== me.username && (
                    <Popconfirm title={t('users.disableConfirm', { name: u.name })} okText={t('users.disable')} cancelText={t('common.cancel')} onConfirm={() => act(u, 'disable')}>
                      <Button size="small" danger>
                        {t('users.disable')}
                      </Button>
                    </Popconfirm>
                  )
                )}
                {!u.disabled && (
                  <Button size="small" onClick={() => void reset(u)}>
                    {t('users.resetLink')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <UserForm
          user={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
          onSaved={(created) => {
            setEditing(undefined);
            reload();
            if (created) setLink({ ...created.setup, kind: 'setup', name: created.user.name });
          }}
        />
      )}
      {link && <LinkModal link={link} onClose={() => setLink(undefined)} />}
    </Card>
  );
}

function UserForm({ user, onClose, onSaved }: { user?: User; onClose(): void; onSaved(created?: CreatedUser): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { regions } = useRegionScope();
  const [form] = Form.useForm<UserValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const roles = Form.useWatch('roles', form) ?? user?.roles ?? [];

  const submit = async (values: UserValues) => {
    setBusy(true);
    setProblem(undefined);
    const regionList = values.roles.includes('admin') || !values.regions?.length ? null : values.regions;
    try {
      if (user) {
        await client.PATCH('/v1/users/{username}', {
          params: { path: { username: user.username } },
          body: { name: values.name, roles: values.roles, regions: regionList, version: user.version },
        });
        void message.success(t('users.saved', { name: values.name }));
        onSaved();
      } else {
        const created = await unwrap(
          client.POST('/v1/users', {
            body: { username: values.username, name: values.name, roles: values.roles, regions: regionList },
            headers: { 'idempotency-key': idempotencyKey() },
          }),
        );
        onSaved(created);
      }
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401) return;
      setProblem(problemMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={user ? t('users.edit') : t('users.create')}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<UserValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={user ? { username: user.username, name: user.name, roles: user.roles, regions: user.regions ?? [] } : { roles: ['agent'], regions: [] }}
      >
        {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={user ? undefined : t('users.usernameHint')}
          rules={[
            { required: true, message: t('users.required') },
            { pattern: /^[a-z0-9][a-z0-9._-]{1,31}$/, message: t('users.usernameHint') },
          ]}
        >
          <Input disabled={Boolean(user)} autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <Form.Item name="name" label={t('users.name')} rules={[{ required: true, whitespace: true, message: t('users.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="roles" label={t('users.roles')} rules={[{ required: true, message: t('users.required') }]} extra={user ? t('users.sessionsEnd') : undefined}>
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        </Form.Item>
        {!roles.includes('admin') && (
          <Form.Item name="regions" label={t('users.regions')} extra={t('users.regionsHint')}>
            <Select mode="multiple" allowClear options={regions.map((r) => ({ value: r.regionId, label: r.name }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

function LinkModal({ link, onClose }: { link: Link; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const full = new URL(link.resetUrl, window.location.origin).toString();
  return (
    <Modal open title={t('users.resetLink')} onCancel={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>}>
      <Typography.Paragraph>{t(link.kind === 'setup' ? 'users.setupIssued' : 'users.resetIssued', { name: link.name, expiresAt: f.dateTime(link.expiresAt) })}</Typography.Paragraph>
      <Typography.Paragraph copyable={{ text: full, tooltips: [t('users.copy'), t('users.copied')] }} code className="reset-link">
        {full}
      </Typography.Paragraph>
    </Modal>
  );
}
