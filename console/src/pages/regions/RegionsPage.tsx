import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, idempotencyKey } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { useRegionScope, type RegionOption } from '../../regions.tsx';

interface NewRegion {
  regionId: string;
  name: string;
  kind: RegionOption['kind'];
}

/** The regions the user may see (a manager: their own); an admin can add one. */
export default function RegionsPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const { regions, loading, reload } = useRegionScope();
  const [creating, setCreating] = useState(false);
  const isAdmin = user.roles.includes('admin');

  return (
    <Card>
      <div className="page-toolbar">
        <Typography.Text type="secondary">{t('regions.intro')}</Typography.Text>
        {isAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('regions.create')}
          </Button>
        )}
      </div>
      <Table<RegionOption>
        rowKey="regionId"
        loading={loading}
        dataSource={regions}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('regions.empty')} /> }}
        columns={[
          { title: t('regions.name'), dataIndex: 'name' },
          { title: t('regions.id'), dataIndex: 'regionId', render: (id: string) => <code>{id}</code> },
          { title: t('regions.kind'), dataIndex: 'kind', render: (kind: RegionOption['kind']) => <Tag>{t(`regions.kinds.${kind}`)}</Tag> },
        ]}
      />
      {isAdmin && <CreateRegion open={creating} onClose={() => setCreating(false)} onCreated={reload} />}
    </Card>
  );
}

function CreateRegion({ open, onClose, onCreated }: { open: boolean; onClose(): void; onCreated(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewRegion>();
  const [busy, setBusy] = useState(false);

  const submit = async (values: NewRegion) => {
    setBusy(true);
    try {
      await client.POST('/v1/regions', { body: values, headers: { 'idempotency-key': idempotencyKey() } });
      void message.success(t('regions.created', { name: values.name }));
      form.resetFields();
      onClose();
      onCreated();
    } catch (e) {
      if (!(e instanceof ApiError) || e.status === 401) return;
      // A taken id is 409; other refusals name their fields (problem+json `errors`): each at its input.
      const fields = Object.entries(e.fieldErrors()).map(([name, error]) => ({ name: name as keyof NewRegion, errors: [error] }));
      if (e.status === 409) form.setFields([{ name: 'regionId', errors: [t('regions.taken', { id: values.regionId })] }]);
      else if (fields.length) form.setFields(fields);
      else void message.error(t('errors.generic', { detail: e.problem.detail ?? e.problem.title }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('regions.create')}
      onCancel={onClose}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<NewRegion> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'region' }}>
        <Form.Item
          name="regionId"
          label={t('regions.id')}
          extra={t('regions.idHint')}
          rules={[
            { required: true, message: t('regions.required') },
            { pattern: /^[A-Za-z0-9-]{1,32}$/, message: t('regions.idInvalid') },
          ]}
        >
          <Input autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <Form.Item name="name" label={t('regions.name')} rules={[{ required: true, whitespace: true, message: t('regions.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('regions.kind')}>
          <Select
            options={[
              { value: 'region', label: t('regions.kinds.region') },
              { value: 'business-hall', label: t('regions.kinds.business-hall') },
            ]}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
