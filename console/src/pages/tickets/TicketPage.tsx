import './messages.ts';
import './tickets.css';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Form, Input, Modal, Radio, Row, Select, Space, Switch, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAUSE_REASONS, type TicketAction, type TicketActionRequest, type TicketView } from '../../../../shared/contract/tickets.ts';
import { ApiError, client, unwrap } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { useFormat } from '../../format.ts';
import type { PageProps } from '../../navigation.tsx';
import { problemMessage } from '../../problem-message.ts';
import { useRegionScope } from '../../regions.tsx';
import { Link } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { offeredActions } from './model.ts';
import { Countdown, KindTag, RiskTag, SpecialCareMark, useNow } from './ui.tsx';

const DEADLINE_ORDER = ['acknowledge', 'onSite', 'resolve', 'reply', 'result'] as const;
/** Actions that need a form; the rest are sent at once. */
const WITH_FORM: readonly TicketAction[] = ['dispatch', 'resolve', 'reply', 'escalate', 'pause', 'return-visit', 'reopen'];

/**
 * A ticket: what was asked, its deadlines (met, counting down or overdue), its history, and the
 * actions the workflow allows the caller now, each with its form; sent with the version read, a
 * refusal shows the server's reason and a change meanwhile reloads.
 */
export default function TicketPage({ params }: PageProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const { nameOf } = useRegionScope();
  const { user } = useSession();
  const { message } = App.useApp();
  const now = useNow();
  const [acting, setActing] = useState<TicketAction>();
  const [problem, setProblem] = useState<string>();
  const { data: ticket, loading, error, reload } = useRequest((signal) => unwrap(client.GET('/v1/tickets/{id}', { params: { path: { id: params.id! } }, signal })), [params.id]);

  if (error?.status === 404 || error?.status === 400) return <Card><Empty description={t('tickets.detail.notFound')} /></Card>;
  if (!ticket) return <Card loading={loading}>{error && <Alert type="error" showIcon title={problemMessage(t, error)} />}</Card>;

  const actions = offeredActions(ticket, user.roles, user.username);
  const send = async (command: TicketActionRequest) => {
    setProblem(undefined);
    try {
      await unwrap(client.POST('/v1/tickets/{id}/actions', { params: { path: { id: ticket.id } }, body: { ...command, version: ticket.version } }));
      void message.success(t('tickets.actionForm.done', { action: t(`tickets.actions.${command.action}`) }));
      setActing(undefined);
      reload();
      return true;
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) {
        setProblem(problemMessage(t, e));
        if (e.code === 'stale-version' || e.status === 412) reload();
      }
      return false;
    }
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title={t('tickets.detail.summary')} data-testid="ticket-summary">
          <Space wrap style={{ marginBottom: 12 }}>
            <SpecialCareMark on={ticket.specialCare} />
            <KindTag ticket={ticket} />
            <Tag data-status={ticket.status}>{t(`tickets.statuses.${ticket.status}`)}</Tag>
            <RiskTag risk={ticket.risk} />
            {ticket.paused && <Tag>{t('tickets.detail.pausedSince', { reason: t(`tickets.pauseReasons.${ticket.paused.reason}`), time: f.dateTime(ticket.paused.since) })}</Tag>}
          </Space>
          <Typography.Paragraph>{ticket.description}</Typography.Paragraph>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('tickets.detail.customer')}>
              <Link to={`/customers/${ticket.customerId}`}>{t('tickets.detail.customer')}</Link>
            </Descriptions.Item>
            <Descriptions.Item label={t('tickets.columns.region')}>{nameOf(ticket.regionId)}</Descriptions.Item>
            <Descriptions.Item label={t('tickets.detail.channel')}>{t(`tickets.channels.${ticket.channel}`)}</Descriptions.Item>
            <Descriptions.Item label={t('tickets.detail.priority')}>{t(`tickets.priorities.${ticket.priority}`)}</Descriptions.Item>
            <Descriptions.Item label={t('tickets.detail.received')}>{f.dateTime(ticket.receivedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('tickets.detail.assignee')}>{ticket.assignee ?? t('tickets.unassigned')}</Descriptions.Item>
            <Descriptions.Item label={t('tickets.detail.escalation')}>
              {ticket.escalation.level === 0 ? t('tickets.detail.notEscalated') : t(`tickets.escalationLevels.${ticket.escalation.history.at(-1)!.level}`)}
            </Descriptions.Item>
            {ticket.resolution && <Descriptions.Item label={t('tickets.detail.resolution')}>{ticket.resolution}</Descriptions.Item>}
            {ticket.reply && <Descriptions.Item label={t('tickets.detail.reply')}>{ticket.reply}</Descriptions.Item>}
            {ticket.returnVisit && (
              <Descriptions.Item label={t('tickets.detail.returnVisit')}>
                {t('tickets.detail.returnVisitText', { satisfied: t(ticket.returnVisit.satisfied ? 'tickets.detail.satisfiedYes' : 'tickets.detail.satisfiedNo'), score: ticket.returnVisit.score })}
              </Descriptions.Item>
            )}
            {!ticket.firstTimeFix && <Descriptions.Item label={t('tickets.detail.firstTimeFix')}>{t('tickets.detail.notFirstTimeFix')}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <Card title={t('tickets.detail.deadlines')} style={{ marginTop: 16 }}>
          <Table
            rowKey="name"
            size="small"
            pagination={false}
            dataSource={DEADLINE_ORDER.filter((n) => ticket.deadlines[n]).map((name) => ({ name, due: ticket.deadlines[name]!, met: ticket.met[name] ?? null }))}
            columns={[
              { title: t('tickets.detail.deadline'), dataIndex: 'name', render: (n: (typeof DEADLINE_ORDER)[number]) => t(`tickets.deadlines.${n}`) },
              { title: t('tickets.detail.due'), dataIndex: 'due', render: (due: string) => <span style={{ whiteSpace: 'nowrap' }}>{f.dateTime(due)}</span> },
              {
                title: t('tickets.detail.state'),
                key: 'state',
                render: (_, d) => (d.met ? <Tag color={d.met <= d.due ? 'success' : 'error'}>{t('tickets.countdown.met', { time: f.dateTime(d.met) })}</Tag> : ticket.risk === null || ticket.paused ? null : <Countdown due={d.due} now={now} />),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card title={t('tickets.detail.actions')} data-testid="ticket-actions">
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
          {actions.length === 0 ? (
            <Typography.Text type="secondary">{t('tickets.detail.noActions')}</Typography.Text>
          ) : (
            <div className="ticket-actions">
              {actions.map((a) => (
                <Button key={a} type={a === actions[0] ? 'primary' : 'default'} onClick={() => (WITH_FORM.includes(a) ? setActing(a) : void send({ action: a } as TicketActionRequest))}>
                  {t(`tickets.actions.${a}`)}
                </Button>
              ))}
            </div>
          )}
        </Card>
        <Card title={t('tickets.detail.history')} style={{ marginTop: 16 }} data-testid="ticket-history">
          <Timeline
            items={ticket.history.map((h) => ({
              key: h.id,
              content: (
                <div>
                  <Typography.Text strong>{t(`tickets.history.${h.action}` as 'tickets.history.ticket.received', { defaultValue: h.summary ?? h.action })}</Typography.Text>
                  {h.summary && <div>{h.summary}</div>}
                  <Typography.Text type="secondary">
                    {h.actor.name} · {f.dateTime(h.at)}
                  </Typography.Text>
                </div>
              ),
            }))}
          />
        </Card>
      </Col>
      {acting && <ActionForm action={acting} ticket={ticket} problem={problem} onCancel={() => { setActing(undefined); setProblem(undefined); }} onSubmit={send} />}
    </Row>
  );
}

function ActionForm({ action, ticket, problem, onCancel, onSubmit }: { action: TicketAction; ticket: TicketView; problem?: string; onCancel(): void; onSubmit(command: TicketActionRequest): Promise<boolean> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [busy, setBusy] = useState(false);
  const required = [{ required: true, whitespace: true, message: t('tickets.actionForm.required') }];
  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    setBusy(true);
    const clean = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
    await onSubmit({ action, ...clean } as TicketActionRequest);
    setBusy(false);
  };
  return (
    <Modal open title={t(`tickets.actions.${action}`)} okText={t('tickets.actionForm.submit')} cancelText={t('common.cancel')} confirmLoading={busy} onOk={() => void submit()} onCancel={onCancel}>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={action === 'dispatch' ? { assignee: ticket.assignee ?? 'field' } : action === 'return-visit' ? { satisfied: true, score: 5 } : action === 'pause' ? { reason: PAUSE_REASONS[0] } : {}}>
        {action === 'dispatch' && (
          <Form.Item name="assignee" label={t('tickets.actionForm.assignee')} rules={required}>
            <Input autoComplete="off" />
          </Form.Item>
        )}
        {action === 'resolve' && (
          <Form.Item name="resolution" label={t('tickets.actionForm.resolution')} rules={required}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        )}
        {action === 'reply' && (
          <Form.Item name="message" label={t('tickets.actionForm.message')} rules={required}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        )}
        {(action === 'escalate' || action === 'reopen') && (
          <Form.Item name="reason" label={t('tickets.actionForm.reason')} rules={required}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        )}
        {action === 'pause' && (
          <>
            <Form.Item name="reason" label={t('tickets.actionForm.pauseReason')} rules={[{ required: true }]}>
              <Select options={PAUSE_REASONS.map((r) => ({ value: r, label: t(`tickets.pauseReasons.${r}`) }))} />
            </Form.Item>
            <Form.Item name="note" label={t('tickets.actionForm.note')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
        {action === 'return-visit' && (
          <>
            <Form.Item name="satisfied" label={t('tickets.actionForm.satisfied')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name="score" label={t('tickets.actionForm.score')} rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))} />
            </Form.Item>
            <Form.Item name="note" label={t('tickets.actionForm.note')}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
