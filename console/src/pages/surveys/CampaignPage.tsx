import './messages.ts';
import './surveys.css';
import { EditOutlined, PhoneOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Row, Select, Space, Statistic, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasAnyRole } from '../../../../shared/contract/access.ts';
import { INVITATION_STATUSES, SURVEY_DIMENSIONS, SURVEY_INTERVIEWERS, type CampaignAction, type CampaignView, type InvitationStatus, type InvitationView } from '../../../../shared/contract/surveys.ts';
import { ApiError } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { CursorPager } from '../../components/CursorPager.tsx';
import { useFormat } from '../../format.ts';
import type { PageProps } from '../../navigation.tsx';
import { problemMessage } from '../../problem-message.ts';
import { useRegionScope } from '../../regions.tsx';
import { Link, navigate } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { campaignAction, getCampaign, listInvitations } from './api.ts';
import { InterviewDialog } from './InterviewDialog.tsx';
import { mayManageSurveys, offeredCampaignActions, rateText } from './model.ts';
import { ResultsView } from './ResultsView.tsx';
import { PlanText, StateTag } from './ui.tsx';

const PAGE_SIZE = 20;
const INVITATION_CHANNELS = ['sms', 'email', 'phone-task'] as const;
type InvitationChannel = (typeof INVITATION_CHANNELS)[number];
const STATUS_COLORS: Record<InvitationStatus, string> = { sent: 'processing', answered: 'success', expired: 'default' };

/**
 * A campaign: what it samples and how far it got (invited, answered, response rate, phone
 * calls), start / pause / resume for admins and managers (with the version read), its
 * invitations by status, channel and region — the phone interviews of special-care households
 * among them, each recorded from a script — and its results.
 */
export default function CampaignPage({ params }: PageProps) {
  const { t } = useTranslation();
  const { data: campaign, loading, error, reload } = useRequest((signal) => getCampaign(params.id!, signal), [params.id]);
  if (error?.status === 404 || error?.status === 400) return <Card><Empty description={t('surveys.detail.notFound')} /></Card>;
  if (!campaign) return <Card loading={loading}>{error && <Alert type="error" showIcon title={problemMessage(t, error)} />}</Card>;
  return (
    <div className="stack">
      <Summary campaign={campaign} reload={reload} />
      <Card>
        <Tabs
          items={[
            { key: 'invitations', label: t('surveys.detail.tabs.invitations'), children: <Invitations campaign={campaign} onChanged={reload} /> },
            { key: 'results', label: t('surveys.detail.tabs.results'), children: <ResultsView campaignId={campaign.id} periods={campaign.periods} /> },
          ]}
        />
      </Card>
    </div>
  );
}

function Summary({ campaign, reload }: { campaign: CampaignView; reload(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useSession();
  const { nameOf } = useRegionScope();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<CampaignAction>();
  const [problem, setProblem] = useState<string>();
  const actions = offeredCampaignActions(campaign, user.roles);

  const act = async (action: CampaignAction) => {
    setBusy(action);
    setProblem(undefined);
    try {
      await campaignAction(campaign.id, action, campaign.version);
      void message.success(t('surveys.actionDone', { action: t(`surveys.actions.${action}`), name: campaign.name }));
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) setProblem(problemMessage(t, e));
    } finally {
      setBusy(undefined);
      reload(); // the state it has now, whoever changed it
    }
  };

  const quotaWho = (q: CampaignView['quotas'][number]) => [q.regionId && nameOf(q.regionId), q.class && t(`dashboard.classes.${q.class}`)].filter(Boolean).join(' · ');
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={16}>
        <Card title={<h2 className="survey-section-title">{campaign.name}</h2>} data-testid="campaign-summary" extra={<StateTag state={campaign.state} />}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('surveys.columns.kind')}>{t(`surveys.kinds.${campaign.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.detail.plan')}>
              <PlanText campaign={campaign} />
            </Descriptions.Item>
            <Descriptions.Item label={t('surveys.detail.scope')}>
              {campaign.scope.regionIds.map(nameOf).join('、')} · {campaign.scope.classes.map((c) => t(`dashboard.classes.${c}`)).join('、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('surveys.columns.channel')}>{t(`surveys.channels.${campaign.channel}`)}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.detail.sampleRate')}>{f.percent(campaign.sampleRate, 2)}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.detail.skipDays')}>{t('surveys.detail.skipDaysValue', { days: campaign.skipDays })}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.detail.quotas')}>
              {campaign.quotas.length === 0 ? t('surveys.detail.noQuotas') : campaign.quotas.map((q) => t('surveys.detail.quotaText', { who: quotaWho(q), max: f.number(q.max) })).join('；')}
            </Descriptions.Item>
            <Descriptions.Item label={t('surveys.detail.periods')}>{campaign.periods.length ? campaign.periods.join('、') : t('surveys.detail.noPeriods')}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.detail.createdBy')}>{campaign.createdBy}</Descriptions.Item>
            <Descriptions.Item label={t('surveys.detail.startedAt')}>{campaign.startedAt ? f.dateTime(campaign.startedAt) : t('surveys.detail.notStarted')}</Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} lg={8}>
        <Card title={<h2 className="survey-section-title">{t('surveys.columns.progress')}</h2>} data-testid="campaign-actions">
          <Row gutter={8} data-testid="campaign-progress">
            <Col span={12}>
              <Statistic className="survey-figure" title={t('surveys.progress.invited')} value={f.number(campaign.progress.invited)} formatter={() => f.number(campaign.progress.invited)} />
            </Col>
            <Col span={12}>
              <Statistic className="survey-figure" title={t('surveys.progress.answered')} value={f.number(campaign.progress.answered)} formatter={() => f.number(campaign.progress.answered)} />
            </Col>
            <Col span={12}>
              <Statistic className="survey-figure" title={t('surveys.progress.responseRate')} value={rateText(campaign.progress.responseRate, f.percent, t('surveys.noData'))} formatter={() => rateText(campaign.progress.responseRate, f.percent, t('surveys.noData'))} />
            </Col>
            <Col span={12}>
              <Statistic className="survey-figure" title={t('surveys.progress.phoneTasks')} value={f.number(campaign.progress.phoneTasks)} formatter={() => f.number(campaign.progress.phoneTasks)} />
            </Col>
          </Row>
          {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginTop: 12 }} />}
          {mayManageSurveys(user.roles) && (
            <div className="survey-actions" style={{ marginTop: 16 }}>
              {actions.map((a) => (
                <Button key={a} type={a === 'pause' ? 'default' : 'primary'} loading={busy === a} disabled={Boolean(busy)} onClick={() => void act(a)}>
                  {t(`surveys.actions.${a}`)}
                </Button>
              ))}
              <Button icon={<EditOutlined />} onClick={() => navigate(`/surveys/${campaign.id}/edit`)}>
                {t('surveys.detail.edit')}
              </Button>
            </div>
          )}
        </Card>
      </Col>
    </Row>
  );
}

function Invitations({ campaign, onChanged }: { campaign: CampaignView; onChanged(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useSession();
  const { nameOf, regionId: scopeRegion } = useRegionScope();
  const modeId = useId();
  const [interviewMode, setInterviewMode] = useState(false);
  const [status, setStatus] = useState<InvitationStatus | ''>('');
  const [channel, setChannel] = useState<InvitationChannel | ''>('');
  const [regionId, setRegionId] = useState<string>(scopeRegion && campaign.scope.regionIds.includes(scopeRegion) ? scopeRegion : '');
  const [cursors, setCursors] = useState<string[]>([]);
  const [interviewing, setInterviewing] = useState<InvitationView>();
  const cursor = cursors.at(-1);
  const mayInterview = hasAnyRole(user.roles, SURVEY_INTERVIEWERS.roles);
  const query = {
    limit: PAGE_SIZE,
    ...(interviewMode ? { status: 'sent' as const, channel: 'phone-task' as const } : { ...(status ? { status } : {}), ...(channel ? { channel } : {}) }),
    ...(regionId ? { regionId } : {}),
    ...(cursor ? { cursor } : {}),
  };
  const { data, loading, error, reload } = useRequest((signal) => listInvitations(campaign.id, query, signal), [campaign.id, interviewMode, status, channel, regionId, cursor]);
  const reset = () => setCursors([]);
  const scoresText = (i: InvitationView) => (i.answer ? SURVEY_DIMENSIONS.map((d) => `${t(`surveyPage.dimensions.${d}`)} ${i.answer!.scores[d]}`).join(f.language === 'en' ? ', ' : '，') : '');

  return (
    <>
      <div className="page-toolbar">
        <Space wrap>
          <Select<InvitationStatus | ''>
            aria-label={t('surveys.invitations.statusFilter')}
            style={{ width: 150 }}
            disabled={interviewMode}
            value={interviewMode ? 'sent' : status}
            onChange={(v) => {
              setStatus(v);
              reset();
            }}
            options={[{ value: '', label: t('surveys.invitations.anyStatus') }, ...INVITATION_STATUSES.map((s) => ({ value: s, label: t(`surveys.invitations.statuses.${s}`) }))]}
          />
          <Select<InvitationChannel | ''>
            aria-label={t('surveys.invitations.channelFilter')}
            style={{ width: 150 }}
            disabled={interviewMode}
            value={interviewMode ? 'phone-task' : channel}
            onChange={(v) => {
              setChannel(v);
              reset();
            }}
            options={[{ value: '', label: t('surveys.invitations.anyChannel') }, ...INVITATION_CHANNELS.map((c) => ({ value: c, label: t(`surveys.channels.${c}`) }))]}
          />
          <Select<string>
            aria-label={t('surveys.invitations.regionFilter')}
            style={{ width: 160 }}
            value={regionId}
            onChange={(v) => {
              setRegionId(v);
              reset();
            }}
            options={[{ value: '', label: t('surveys.invitations.anyRegion') }, ...campaign.scope.regionIds.map((r) => ({ value: r, label: nameOf(r) }))]}
          />
        </Space>
        {mayInterview && (
          <Space>
            <Switch
              id={modeId}
              checked={interviewMode}
              onChange={(on) => {
                setInterviewMode(on);
                reset();
              }}
              aria-describedby={`${modeId}-hint`}
            />
            <label htmlFor={modeId}>
              <PhoneOutlined /> {t('surveys.detail.interviewMode')}
            </label>
            <span id={`${modeId}-hint`} className="sr-only">
              {t('surveys.detail.interviewModeHint')}
            </span>
          </Space>
        )}
      </div>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<InvitationView>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        data-testid="invitations"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('surveys.invitations.empty')} /> }}
        columns={[
          {
            title: t('surveys.invitations.columns.customer'),
            key: 'customer',
            className: 'survey-nowrap',
            render: (_, i) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/customers/${i.customerId}`}>{i.customerName}</Link>
                <Typography.Text type="secondary">
                  {t(`dashboard.classes.${i.class}`)} · {t('surveys.invitations.period', { period: i.period })}
                </Typography.Text>
                {i.staff && <Typography.Text type="secondary">{t('surveys.invitations.staff', { staff: i.staff })}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('surveys.invitations.columns.region'), key: 'region', className: 'survey-nowrap', render: (_, i) => nameOf(i.regionId) },
          { title: t('surveys.invitations.columns.channel'), key: 'channel', className: 'survey-nowrap', render: (_, i) => <Tag>{t(`surveys.channels.${i.channel}`)}</Tag> },
          {
            title: t('surveys.invitations.columns.status'),
            key: 'status',
            className: 'survey-nowrap',
            render: (_, i) => (
              <Tag color={STATUS_COLORS[i.status]} data-status={i.status}>
                {t(`surveys.invitations.statuses.${i.status}`)}
              </Tag>
            ),
          },
          {
            title: t('surveys.invitations.columns.invited'),
            key: 'invited',
            render: (_, i) => (
              <Space orientation="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
                <span>{f.dateTime(i.invitedAt)}</span>
                {i.status === 'sent' && <Typography.Text type="secondary">{t('surveys.invitations.expires', { time: f.dateTime(i.expiresAt) })}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: t('surveys.invitations.columns.answer'),
            key: 'answer',
            render: (_, i) =>
              i.answer && (
                <Space orientation="vertical" size={0}>
                  <span className="survey-scores-cell">{scoresText(i)}</span>
                  {i.answer.comment && <Typography.Text type="secondary">{i.answer.comment}</Typography.Text>}
                  <Typography.Text type="secondary">{i.answer.channel === 'phone' ? t('surveys.invitations.byPhone', { by: i.answer.by ?? '' }) : t('surveys.invitations.byWeb')}</Typography.Text>
                </Space>
              ),
          },
          {
            title: t('surveys.invitations.columns.followUp'),
            key: 'followUp',
            className: 'survey-nowrap',
            render: (_, i) => i.followUpTicketId && <Link to={`/tickets/${i.followUpTicketId}`}>{t('surveys.invitations.followUpLink')}</Link>,
          },
          ...(mayInterview
            ? [
                {
                  title: t('surveys.invitations.columns.actions'),
                  key: 'actions',
                  className: 'survey-nowrap',
                  render: (_: unknown, i: InvitationView) =>
                    i.status === 'sent' && (
                      <Button icon={<PhoneOutlined />} onClick={() => setInterviewing(i)} aria-label={`${t('surveys.invitations.interview')} ${i.customerName}`}>
                        {t('surveys.invitations.interview')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <CursorPager cursors={cursors} setCursors={setCursors} nextCursor={data?.nextCursor} previous={t('surveys.previous')} next={t('surveys.next')} />
      {interviewing && (
        <InterviewDialog
          invitation={interviewing}
          onClose={(changed) => {
            setInterviewing(undefined);
            if (changed) {
              reload();
              onChanged();
            }
          }}
        />
      )}
    </>
  );
}
