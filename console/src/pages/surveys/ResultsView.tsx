import { Alert, Button, Card, Col, Empty, Row, Select, Space, Statistic, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyResults } from '../../../../shared/contract/surveys.ts';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { useRegionScope } from '../../regions.tsx';
import { useRequest } from '../../useRequest.ts';
import { ReportExportButtons } from '../../components/ReportExportButtons.tsx';
import { tenantToday } from '../customers/time.ts';
import { downloadResults, loadResults, type ResultsFilter } from './api.ts';
import { comparePeriods, periodOptions, periodParts, rateText, type PeriodKind } from './model.ts';
import { ResultCharts } from './ResultCharts.tsx';

const KINDS: PeriodKind[] = ['year', 'half', 'quarter', 'month'];

/** `2026-Q4` as 2026 年第 4 季度 / Q4 2026. */
export function periodLabel(t: TFunction<'translation'>, period: string): string {
  const p = periodParts(period);
  if (!p) return period;
  const key = p.kind === 'half' ? (p.n === 1 ? 'half1' : 'half2') : p.kind;
  return t(`surveys.results.periodLabels.${key}`, { year: p.year, n: p.n });
}

/**
 * Satisfaction results of one campaign (`campaignId`, its sampled periods to choose from) or
 * across campaigns (the recent years, halves, quarters and months): overall against the target,
 * response rate, return visits, follow-ups, the charts, the latest comments, and the same figures
 * as CSV or Excel. The header's region scope narrows them.
 */
export function ResultsView({ campaignId, periods }: { campaignId?: string; periods?: readonly string[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { regionId } = useRegionScope();
  const [period, setPeriod] = useState('');
  const [seen, setSeen] = useState<string[]>([]);
  const filter: ResultsFilter = { ...(period ? { period } : {}), ...(regionId ? { regionId } : {}) };
  const { data, loading, error, reload } = useRequest((signal) => loadResults(campaignId, filter, signal), [campaignId, period, regionId]);

  useEffect(() => {
    if (data && !period) setSeen(data.byPeriod.map((p) => p.period));
  }, [data, period]);

  const options = campaignId
    ? [...new Set([...(periods ?? []), ...seen])].sort(comparePeriods).reverse().map((p) => ({ value: p, label: periodLabel(t, p) }))
    : (() => {
        const grouped = periodOptions(tenantToday(f.timeZone), seen);
        // One flat list, years first (antd's option groups put aria-selected on their headers, which axe refuses).
        return KINDS.flatMap((k) => grouped[k].map((p) => ({ value: p, label: periodLabel(t, p) })));
      })();

  return (
    <div className="stack" aria-busy={loading} data-testid="survey-results">
      <div className="page-toolbar" style={{ marginBottom: 0 }}>
        <Space wrap>
          <span id="survey-period-label">{t('surveys.results.period')}</span>
          <Select<string>
            aria-labelledby="survey-period-label"
            data-testid="period-select"
            style={{ width: 200 }}
            value={period}
            onChange={setPeriod}
            options={[{ value: '', label: t('surveys.results.allPeriods') }, ...options]}
          />
        </Space>
        <ReportExportButtons download={(format) => downloadResults(campaignId, filter, format)} keys="surveys.results" />
      </div>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      {!data && loading && <Card loading />}
      {data && <Figures results={data} />}
      {data && (data.overall.responses === 0 ? (
        <Card>
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="empty-detail">{t('surveys.results.empty')}</span>} data-testid="results-empty" />
        </Card>
      ) : (
        <>
          <Card>
            <ResultCharts results={data} />
          </Card>
          <Comments results={data} />
        </>
      ))}
    </div>
  );
}

function Figures({ results }: { results: SurveyResults }) {
  const { t } = useTranslation();
  const f = useFormat();
  const noData = t('surveys.noData');
  const figure = (title: string, value: string, testId: string, footer?: string) => (
    <Col xs={12} md={8} xl={4} data-testid={testId}>
      <Statistic className="survey-figure" title={title} value={value} formatter={() => value} />
      {footer && <div className="section-note">{footer}</div>}
    </Col>
  );
  const of = (r: { count: number; of: number }) => t('surveys.results.figureOf', { count: f.number(r.count), of: f.number(r.of) });
  return (
    <Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8} xl={4} data-testid="figure-overall">
          <Statistic className="survey-figure" title={t('surveys.results.overall')} value={rateText(results.overall.satisfaction.rate, f.percent, noData)} formatter={() => rateText(results.overall.satisfaction.rate, f.percent, noData)} />
          <div className="section-note">
            {t('surveys.results.target', { target: f.percent(results.target) })}{' '}
            {results.meetsTarget !== null && (
              <Tag color={results.meetsTarget ? 'success' : 'error'} data-testid="meets-target">
                {t(results.meetsTarget ? 'surveys.results.meets' : 'surveys.results.misses')}
              </Tag>
            )}
          </div>
        </Col>
        {figure(t('surveys.results.responses'), f.number(results.overall.responses), 'figure-responses')}
        {figure(t('surveys.results.invited'), f.number(results.invited), 'figure-invited')}
        {figure(t('surveys.results.responseRate'), rateText(results.responseRate.rate, f.percent, noData), 'figure-response-rate', of(results.responseRate))}
        {figure(t('surveys.results.returnVisits'), rateText(results.overall.returnVisits.rate, f.percent, noData), 'figure-return-visits', of(results.overall.returnVisits))}
        {figure(t('surveys.results.followUps'), f.number(results.followUps), 'figure-follow-ups')}
      </Row>
    </Card>
  );
}

function Comments({ results }: { results: SurveyResults }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { nameOf } = useRegionScope();
  return (
    <Card title={<h2 className="survey-section-title">{t('surveys.results.comments')}</h2>} data-testid="survey-comments">
      {results.comments.length === 0 ? (
        <Typography.Text type="secondary">{t('surveys.results.noComments')}</Typography.Text>
      ) : (
        <ul className="plain-list">
          {results.comments.map((c) => (
            <li key={c.invitationId} className="survey-comment">
              {c.low && <Tag color="error">{t('surveys.results.low')}</Tag>}
              <span>{c.comment}</span>
              <span className="survey-comment-meta">
                {nameOf(c.regionId)} · {f.dateTime(c.answeredAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
