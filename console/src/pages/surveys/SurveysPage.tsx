import './messages.ts';
import './surveys.css';
import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAMPAIGN_STATES, type CampaignState, type CampaignView } from '../../../../shared/contract/surveys.ts';
import { useSession } from '../../auth.tsx';
import { CursorPager } from '../../components/CursorPager.tsx';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { Link, navigate } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { listCampaigns } from './api.ts';
import { mayManageSurveys } from './model.ts';
import { PlanText, StateTag } from './ui.tsx';

const PAGE_SIZE = 20;

/**
 * 满意度调查 / Surveys: the campaigns (state, kind, schedule or trigger, channel, progress: invited,
 * answered, response rate), newest first, by state; admins and managers create one; everyone who
 * reads them opens the results across campaigns. Pages go by cursor.
 */
export default function SurveysPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { user } = useSession();
  const [state, setState] = useState<CampaignState | ''>('');
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const { data, loading, error, reload } = useRequest(
    (signal) => listCampaigns({ limit: PAGE_SIZE, ...(state ? { state } : {}), ...(cursor ? { cursor } : {}) }, signal),
    [state, cursor],
  );

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('surveys.intro')}</Typography.Paragraph>
      <div className="page-toolbar">
        <Radio.Group
          aria-label={t('surveys.stateFilter')}
          optionType="button"
          value={state}
          onChange={(e) => {
            setState(e.target.value as CampaignState | '');
            setCursors([]);
          }}
          options={[{ value: '', label: t('surveys.anyState') }, ...CAMPAIGN_STATES.map((s) => ({ value: s, label: t(`surveys.states.${s}`) }))]}
        />
        <Space wrap>
          <Button icon={<BarChartOutlined />} onClick={() => navigate('/surveys/results')}>
            {t('surveys.resultsLink')}
          </Button>
          {mayManageSurveys(user.roles) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/surveys/new')}>
              {t('surveys.newCampaign')}
            </Button>
          )}
        </Space>
      </div>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<CampaignView>
        rowKey="id"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('surveys.empty')} /> }}
        columns={[
          {
            title: t('surveys.columns.name'),
            key: 'name',
            render: (_, c) => (
              <Link className="survey-name" to={`/surveys/${c.id}`}>
                {c.name}
              </Link>
            ),
          },
          { title: t('surveys.columns.state'), key: 'state', render: (_, c) => <StateTag state={c.state} /> },
          { title: t('surveys.columns.kind'), key: 'kind', render: (_, c) => <Tag>{t(`surveys.kinds.${c.kind}`)}</Tag> },
          { title: t('surveys.columns.plan'), key: 'plan', render: (_, c) => <PlanText campaign={c} /> },
          { title: t('surveys.columns.channel'), key: 'channel', render: (_, c) => t(`surveys.channels.${c.channel}`) },
          { title: t('surveys.progress.invited'), key: 'invited', align: 'right', render: (_, c) => f.number(c.progress.invited) },
          { title: t('surveys.progress.answered'), key: 'answered', align: 'right', render: (_, c) => f.number(c.progress.answered) },
          {
            title: t('surveys.progress.responseRate'),
            key: 'rate',
            align: 'right',
            render: (_, c) => (c.progress.responseRate === null ? <Typography.Text type="secondary">{t('surveys.noData')}</Typography.Text> : f.percent(c.progress.responseRate)),
          },
          { title: t('surveys.columns.started'), key: 'started', render: (_, c) => <span style={{ whiteSpace: 'nowrap' }}>{c.startedAt ? f.dateTime(c.startedAt) : t('surveys.detail.notStarted')}</span> },
        ]}
      />
      <CursorPager cursors={cursors} setCursors={setCursors} nextCursor={data?.nextCursor} previous={t('surveys.previous')} next={t('surveys.next')} />
    </Card>
  );
}
