import './messages.ts';
import { CursorPager } from '../../components/CursorPager.tsx';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Form, Input, Modal, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import type { PageProps } from '../../navigation.tsx';
import { problemMessage } from '../../problem-message.ts';
import { useRegionScope } from '../../regions.tsx';
import { Link } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { MeterHistoryChart } from './MeterHistoryChart.tsx';
import { GRADE_COLORS, GRADE_LIST, RULE_LIST, type ExceptionGrade, type ReadingExceptionView, type VeeRule } from './model.ts';

const PAGE_SIZE = 20;
const ALL = '*';

interface Filters {
  grade?: ExceptionGrade;
  rule?: VeeRule;
  status: 'open' | 'resolved';
}

type Action = 'accept' | 'reject';

/**
 * 抄表异常: the VEE review queue of the region scope (GET /v1/reading-exceptions), filtered by grade,
 * rule and status; each row's evidence (expected range, basis, facts, the history the rule used)
 * and the meter's consumption history against the expected range; accept or reject with a note.
 */
export default function ExceptionsPage(_: PageProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const { regionId } = useRegionScope();
  const [filters, setFilters] = useState<Filters>({ status: 'open' });
  const [draft, setDraft] = useState<Filters>({ status: 'open' });
  const [cursors, setCursors] = useState<string[]>([]);
  const [acting, setActing] = useState<{ exception: ReadingExceptionView; action: Action }>();
  const cursor = cursors.at(-1);
  const { data, error, loading, reload } = useRequest(
    (signal) =>
      unwrap(
        client.GET('/v1/reading-exceptions', {
          params: { query: { ...filters, ...(regionId ? { regionId } : {}), limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
          signal,
        }),
      ) as Promise<{ items: ReadingExceptionView[]; nextCursor: string | null }>,
    [regionId, JSON.stringify(filters), cursor],
  );
  const apply = (next: Filters) => {
    setFilters(next);
    setCursors([]);
  };
  const range = (e: ReadingExceptionView) =>
    e.evidence.expectedRange ? t('reading.exceptions.range', { min: f.number(e.evidence.expectedRange.min), max: f.number(e.evidence.expectedRange.max) }) : t('reading.exceptions.noRange');

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('reading.exceptions.intro')}</Typography.Paragraph>
      <Form layout="inline" className="page-toolbar" onFinish={() => apply(draft)}>
        <Form.Item label={t('reading.exceptions.grade')} htmlFor="exception-grade">
          <Select
            id="exception-grade"
            style={{ minWidth: 120 }}
            value={draft.grade ?? ALL}
            onChange={(v: string) => setDraft({ ...draft, grade: v === ALL ? undefined : (v as ExceptionGrade) })}
            options={[{ value: ALL, label: t('reading.all') }, ...GRADE_LIST.map((g) => ({ value: g, label: t(`reading.exceptions.grades.${g}`) }))]}
          />
        </Form.Item>
        <Form.Item label={t('reading.exceptions.rule')} htmlFor="exception-rule">
          <Select
            id="exception-rule"
            style={{ minWidth: 180 }}
            value={draft.rule ?? ALL}
            onChange={(v: string) => setDraft({ ...draft, rule: v === ALL ? undefined : (v as VeeRule) })}
            options={[{ value: ALL, label: t('reading.all') }, ...RULE_LIST.map((r) => ({ value: r, label: t(`reading.exceptions.rules.${r}`) }))]}
          />
        </Form.Item>
        <Form.Item label={t('reading.exceptions.status')} htmlFor="exception-status">
          <Select
            id="exception-status"
            style={{ minWidth: 120 }}
            value={draft.status}
            onChange={(v: Filters['status']) => setDraft({ ...draft, status: v })}
            options={(['open', 'resolved'] as const).map((s) => ({ value: s, label: t(`reading.exceptions.statuses.${s}`) }))}
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('reading.exceptions.search')}
          </Button>
          <Button
            onClick={() => {
              setDraft({ status: 'open' });
              apply({ status: 'open' });
            }}
          >
            {t('reading.exceptions.reset')}
          </Button>
        </Space>
      </Form>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<ReadingExceptionView>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        data-testid="exceptions-table"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reading.exceptions.empty')} /> }}
        expandable={{ expandedRowRender: (e) => <ExceptionEvidence exception={e} /> }}
        columns={[
          { title: t('reading.exceptions.columns.readAt'), dataIndex: 'readAt', render: (at: string) => f.dateTime(at) },
          { title: t('reading.exceptions.columns.rule'), dataIndex: 'rule', render: (r: VeeRule) => t(`reading.exceptions.rules.${r}`) },
          {
            title: t('reading.exceptions.columns.grade'),
            dataIndex: 'grade',
            render: (g: ExceptionGrade) => (
              <Tag color={GRADE_COLORS[g]} data-grade={g}>
                {t(`reading.exceptions.grades.${g}`)}
              </Tag>
            ),
          },
          { title: t('reading.exceptions.columns.value'), dataIndex: 'value', render: (v: number) => `${f.number(v)} m³` },
          { title: t('reading.exceptions.columns.consumption'), dataIndex: 'consumption', render: (v: number | null) => (v === null ? '—' : `${f.number(v)} m³`) },
          { title: t('reading.exceptions.columns.expected'), key: 'expected', render: (_, e) => range(e) },
          {
            title: t('reading.exceptions.columns.status'),
            key: 'status',
            render: (_, e) =>
              e.resolution ? (
                <Space direction="vertical" size={0}>
                  <Tag data-status={e.status}>{t(`reading.exceptions.actions.${e.resolution.action}`)}</Tag>
                  <Typography.Text type="secondary">
                    {t('reading.exceptions.resolution', { action: t(`reading.exceptions.actions.${e.resolution.action}`), actor: e.resolution.actor.name ?? e.resolution.actor.id, time: f.dateTime(e.resolution.at), note: e.resolution.note })}
                  </Typography.Text>
                </Space>
              ) : (
                <Tag color="warning" data-status={e.status}>
                  {t(`reading.exceptions.statuses.${e.status}`)}
                </Tag>
              ),
          },
          {
            title: t('reading.exceptions.columns.actions'),
            key: 'actions',
            render: (_, e) => (
              <Space wrap>
                {e.status === 'open' && (
                  <>
                    <Button size="small" onClick={() => setActing({ exception: e, action: 'accept' })}>
                      {t('reading.exceptions.accept')}
                    </Button>
                    <Button size="small" danger onClick={() => setActing({ exception: e, action: 'reject' })}>
                      {t('reading.exceptions.reject')}
                    </Button>
                  </>
                )}
                <Link to={`/customers/${e.customerId}`}>{t('reading.exceptions.customer')}</Link>
              </Space>
            ),
          },
        ]}
      />
      <CursorPager cursors={cursors} setCursors={setCursors} nextCursor={data?.nextCursor} previous={t('reading.previous')} next={t('reading.next')} />
      {acting && (
        <ReviewDialog
          {...acting}
          onClose={() => setActing(undefined)}
          onDone={() => {
            setActing(undefined);
            reload();
          }}
        />
      )}
    </Card>
  );
}

function ExceptionEvidence({ exception }: { exception: ReadingExceptionView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { evidence } = exception;
  const facts = Object.entries(evidence.facts);
  return (
    <Row gutter={[16, 16]} data-testid={`evidence-${exception.id}`}>
      <Col xs={24} lg={12}>
        <h3 className="chart-title">{t('reading.exceptions.evidence')}</h3>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('reading.exceptions.summary')}>{evidence.summary}</Descriptions.Item>
          <Descriptions.Item label={t('reading.exceptions.basis')}>{t(`reading.exceptions.bases.${evidence.basis}`)}</Descriptions.Item>
          <Descriptions.Item label={t('reading.exceptions.expectedDailyUse')}>
            {evidence.expectedDailyUse === null ? '—' : t('reading.exceptions.dailyUse', { value: f.number(Math.round(evidence.expectedDailyUse * 1000) / 1000) })}
          </Descriptions.Item>
          <Descriptions.Item label={t('reading.exceptions.columns.expected')}>
            {evidence.expectedRange ? t('reading.exceptions.range', { min: f.number(evidence.expectedRange.min), max: f.number(evidence.expectedRange.max) }) : t('reading.exceptions.noRange')}
          </Descriptions.Item>
          {facts.length > 0 && (
            <Descriptions.Item label={t('reading.exceptions.facts')}>
              <ul className="plain-list">
                {facts.map(([k, v]) => (
                  <li key={k}>
                    <code>{k}</code>: {typeof v !== 'number' ? String(v) : k.endsWith('Fen') ? f.money(v) : f.number(v)}
                  </li>
                ))}
              </ul>
            </Descriptions.Item>
          )}
        </Descriptions>
        {evidence.history.length > 0 && (
          <>
            <h3 className="chart-title" style={{ marginTop: 16 }}>
              {t('reading.exceptions.historyUsed')}
            </h3>
            <Table
              size="small"
              rowKey={(h) => `${h.readingId ?? ''}-${h.readAt}`}
              pagination={false}
              dataSource={evidence.history}
              scroll={{ x: true }}
              columns={[
                { title: t('reading.exceptions.historyColumns.readAt'), dataIndex: 'readAt', render: (at: string) => f.dateTime(at) },
                { title: t('reading.exceptions.historyColumns.value'), dataIndex: 'value', render: (v: number) => f.number(v) },
                { title: t('reading.exceptions.historyColumns.consumption'), dataIndex: 'consumption', render: (v: number | null) => (v === null ? '—' : f.number(v)) },
                { title: t('reading.exceptions.historyColumns.days'), dataIndex: 'days', render: (v: number | null) => (v === null ? '—' : f.number(Math.round(v * 10) / 10)) },
                { title: t('reading.exceptions.historyColumns.source'), dataIndex: 'source', render: (s: string) => (isSource(s) ? t(`reading.sources.${s}`) : s) },
              ]}
            />
          </>
        )}
      </Col>
      <Col xs={24} lg={12}>
        <h3 className="chart-title">{t('reading.exceptions.chartTitle')}</h3>
        <MeterHistoryChart exception={exception} />
      </Col>
    </Row>
  );
}

const SOURCES = ['field', 'app', 'remote', 'integrator', 'estimate'] as const;
const isSource = (s: string): s is (typeof SOURCES)[number] => (SOURCES as readonly string[]).includes(s);

function ReviewDialog({ exception, action, onClose, onDone }: { exception: ReadingExceptionView; action: Action; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const rule = t(`reading.exceptions.rules.${exception.rule}`);

  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined); // the form shows what is missing
    if (!values) return;
    const { note } = values;
    setBusy(true);
    setProblem(undefined);
    try {
      await unwrap(client.POST('/v1/reading-exceptions/{id}/actions', { params: { path: { id: exception.id } }, body: { action, note: note.trim() } }));
      void message.success(t('reading.exceptions.done', { rule }));
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) setProblem(problemMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t(action === 'accept' ? 'reading.exceptions.acceptTitle' : 'reading.exceptions.rejectTitle', { rule })}
      okText={t(action === 'accept' ? 'reading.exceptions.accept' : 'reading.exceptions.reject')}
      okButtonProps={{ danger: action === 'reject' }}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t(action === 'accept' ? 'reading.exceptions.acceptHelp' : 'reading.exceptions.rejectHelp')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{exception.evidence.summary}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="note" label={t('reading.exceptions.note')} rules={[{ required: true, whitespace: true, min: 2, message: t('reading.exceptions.noteRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
