import './messages.ts';
import { CursorPager } from '../../components/CursorPager.tsx';
import './adjustments.css';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADJUSTMENT_APPROVERS, ADJUSTMENT_STATUSES, type AdjustmentStatus, type AdjustmentView } from '../../../../shared/contract/adjustments.ts';
import { ApiError, client, unwrap } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { useRegionScope } from '../../regions.tsx';
import { Link } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';

const PAGE_SIZE = 20;

/** The status as a tag with its word (never colour alone). */
const STATUS_COLORS: Record<AdjustmentStatus, string> = { pending: 'warning', approved: 'success', rejected: 'default' };

const signed = (volume: number) => (volume > 0 ? `+${volume}` : String(volume));

/**
 * Adjustment approvals (调量审批): the queue of a status (pending first) in the region scope,
 * newest first, with each proposal's basis; an admin or manager decides one — never their own
 * (the API refuses it too: 403 own-adjustment). Pages go by cursor (a stack for "previous").
 */
export default function AdjustmentsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useSession();
  const { regionId, nameOf } = useRegionScope();
  const [status, setStatus] = useState<AdjustmentStatus>('pending');
  const [cursors, setCursors] = useState<string[]>([]);
  const [deciding, setDeciding] = useState<AdjustmentView>();
  const cursor = cursors.at(-1);
  const { data, loading, error, reload } = useRequest(
    (signal) =>
      unwrap(
        client.GET('/v1/adjustments', {
          params: { query: { status, limit: PAGE_SIZE, ...(regionId ? { regionId } : {}), ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ),
    [status, regionId, cursor],
  );
  const mayDecide = user.roles.some((r) => ADJUSTMENT_APPROVERS.roles.includes(r));

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('adjustments.intro')}</Typography.Paragraph>
      <div className="page-toolbar">
        <Radio.Group
          aria-label={t('adjustments.statusFilter')}
          optionType="button"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as AdjustmentStatus);
            setCursors([]);
          }}
          options={ADJUSTMENT_STATUSES.map((s) => ({ value: s, label: t(`adjustments.statuses.${s}`) }))}
        />
      </div>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<AdjustmentView>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('adjustments.empty')} /> }}
        columns={[
          {
            title: t('adjustments.columns.proposedBy'),
            key: 'proposed',
            className: 'adjustment-nowrap',
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <span>{a.proposedBy.name}</span>
                <Typography.Text type="secondary">{f.dateTime(a.proposedAt)}</Typography.Text>
              </Space>
            ),
          },
          { title: t('adjustments.columns.region'), dataIndex: 'regionId', className: 'adjustment-nowrap', render: (r: string) => nameOf(r) },
          {
            title: t('adjustments.columns.meter'),
            key: 'meter',
            className: 'adjustment-nowrap',
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <code>{a.meterSerial}</code>
                <Link to={`/customers/${a.customerId}`}>{t('adjustments.customerLink')}</Link>
              </Space>
            ),
          },
          {
            title: t('adjustments.columns.volume'),
            key: 'volume',
            className: 'adjustment-nowrap',
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <span className="adjustment-volume">{t('adjustments.volume', { volume: signed(a.volume) })}</span>
                <Typography.Text type="secondary">{t(`adjustments.kinds.${a.kind}`)}</Typography.Text>
              </Space>
            ),
          },
          { title: t('adjustments.columns.reason'), dataIndex: 'reason', render: (text: string) => <Typography.Paragraph style={{ minWidth: 140, maxWidth: 220, marginBottom: 0 }} ellipsis={{ rows: 2, tooltip: text }}>{text}</Typography.Paragraph> },
          {
            title: t('adjustments.columns.evidence'),
            key: 'evidence',
            render: (_, a) => (
              <Space direction="vertical" size={2}>
                {a.evidence.map((e) => (
                  <span key={`${e.type}|${e.ref}`}>
                    <Tag>{t(`adjustments.evidenceTypes.${e.type}`)}</Tag>
                    <Typography.Text code ellipsis={{ tooltip: e.ref }} style={{ maxWidth: 120 }}>
                      {e.ref}
                    </Typography.Text>
                  </span>
                ))}
              </Space>
            ),
          },
          {
            title: t('adjustments.columns.status'),
            key: 'status',
            className: 'adjustment-nowrap',
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <Tag color={STATUS_COLORS[a.status]} data-status={a.status}>
                  {t(`adjustments.statuses.${a.status}`)}
                </Tag>
                {a.decision && <Typography.Text type="secondary">{t('adjustments.decidedBy', { name: a.decision.actor.name, time: f.dateTime(a.decision.at) })}</Typography.Text>}
                {a.decision && <Typography.Text type="secondary">{a.decision.note}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('adjustments.columns.actions'),
            key: 'actions',
            fixed: 'right',
            render: (_, a) => {
              if (!mayDecide || a.status !== 'pending') return null;
              if (a.proposedBy.kind === 'user' && a.proposedBy.id === user.username) return <Typography.Text type="secondary" className="adjustment-own">{t('adjustments.ownProposal')}</Typography.Text>;
              return (
                <Button size="small" type="primary" onClick={() => setDeciding(a)}>
                  {t('adjustments.decide.button')}
                </Button>
              );
            },
          },
        ]}
      />
      <CursorPager cursors={cursors} setCursors={setCursors} nextCursor={data?.nextCursor} previous={t('adjustments.previous')} next={t('adjustments.next')} />
      {deciding && (
        <Decide
          adjustment={deciding}
          onClose={() => setDeciding(undefined)}
          onDone={() => {
            setDeciding(undefined);
            reload();
          }}
        />
      )}
    </Card>
  );
}

function Decide({ adjustment, onClose, onDone }: { adjustment: AdjustmentView; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ action: 'approve' | 'reject'; note: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const submit = async () => {
    // A field the form refuses shows its message; nothing to send.
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await unwrap(
        client.POST('/v1/adjustments/{id}/actions', {
          params: { path: { id: adjustment.id } },
          body: { action: values.action, note: values.note, version: adjustment.version },
        }),
      );
      void message.success(t(values.action === 'approve' ? 'adjustments.decide.approved' : 'adjustments.decide.rejected'));
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) setProblem(problemMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={t('adjustments.decide.title')} okText={t('adjustments.decide.submit')} cancelText={t('common.cancel')} confirmLoading={busy} onOk={() => void submit()} onCancel={onClose}>
      <Typography.Paragraph strong>{t('adjustments.decide.summary', { kind: t(`adjustments.kinds.${adjustment.kind}`), volume: signed(adjustment.volume), serial: adjustment.meterSerial })}</Typography.Paragraph>
      <Typography.Paragraph>{adjustment.reason}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ action: 'approve' }}>
        <Form.Item name="action" label={t('adjustments.decide.decision')} rules={[{ required: true }]}>
          <Radio.Group
            options={[
              { value: 'approve', label: t('adjustments.decide.approve') },
              { value: 'reject', label: t('adjustments.decide.reject') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('adjustments.decide.note')} rules={[{ required: true, whitespace: true, min: 2, message: t('adjustments.decide.noteRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
