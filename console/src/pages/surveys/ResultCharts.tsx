import { Col, Empty, Row, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { SURVEY_DIMENSIONS, type SurveyResults } from '../../../../shared/contract/surveys.ts';
import type { ChartOption } from '../../components/chart/EChart.tsx';
import { useFormat } from '../../format.ts';
import { useRegionScope } from '../../regions.tsx';
import { chartPercent, comparePeriods, rateText } from './model.ts';

const EChart = lazy(() => import('../../components/chart/EChart.tsx'));

interface Bar {
  name: string;
  /** The share (0–1), or null: nothing to count. */
  rate: number | null;
  responses: number;
  /** The average score, where there is one (dimensions). */
  average?: number | null;
}

/**
 * The results as charts, each against the tenant's target (a dashed line): satisfied answers by
 * dimension, by region, by staff, and by period (a line). A bar without data is a gap and says
 * "暂无数据" in the chart's text alternative: never a 0 or a 100 %.
 */
export function ResultCharts({ results }: { results: SurveyResults }) {
  const { t } = useTranslation();
  const { nameOf } = useRegionScope();
  const dimensions: Bar[] = SURVEY_DIMENSIONS.map((d) => ({
    name: t(`surveyPage.dimensions.${d}`),
    rate: results.overall.dimensions[d]?.satisfied.rate ?? null,
    responses: results.overall.dimensions[d]?.satisfied.of ?? 0,
    average: results.overall.dimensions[d]?.average ?? null,
  }));
  const regions: Bar[] = results.byRegion.map((r) => ({ name: nameOf(r.regionId), rate: r.satisfaction.rate, responses: r.responses }));
  const staff: Bar[] = results.byStaff.map((s) => ({ name: s.staff, rate: s.satisfaction.rate, responses: s.responses }));
  const periods: Bar[] = [...results.byPeriod].sort((a, b) => comparePeriods(a.period, b.period)).map((p) => ({ name: p.period, rate: p.satisfaction.rate, responses: p.responses }));
  return (
    <Row gutter={[16, 16]}>
      <ChartCol title={t('surveys.results.byDimension')} testId="chart-dimensions" bars={dimensions} target={results.target} />
      <ChartCol title={t('surveys.results.byRegion')} testId="chart-regions" bars={regions} target={results.target} />
      <ChartCol title={t('surveys.results.byStaff')} testId="chart-staff" bars={staff} target={results.target} />
      <ChartCol title={t('surveys.results.byPeriod')} testId="chart-periods" bars={periods} target={results.target} line />
    </Row>
  );
}

function ChartCol({ title, testId, bars, target, line }: { title: string; testId: string; bars: Bar[]; target: number; line?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const noData = t('surveys.noData');
  const option: ChartOption = {
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v}%` : noData) },
    grid: { left: 8, right: 56, top: 24, bottom: 8, containLabel: true },
    // A category without data says so under its gap: an empty bar is not a 0.
    xAxis: { type: 'category', data: bars.map((b) => (b.rate === null ? `${b.name}\n${noData}` : b.name)), axisLabel: { interval: 0, overflow: 'truncate', width: 80 } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: line ? 'line' : 'bar',
        name: t('surveys.results.satisfiedSeries'),
        data: bars.map((b) => chartPercent(b.rate)),
        itemStyle: { color: '#0958d9' },
        label: { show: true, position: 'top', formatter: '{c}%' },
        ...(line ? { connectNulls: false } : { barMaxWidth: 48 }),
        markLine: {
          symbol: 'none',
          lineStyle: { color: '#ad4e00', type: 'dashed', width: 2 },
          label: { formatter: t('surveys.results.targetLine', { target: f.percent(target) }), position: 'insideEndTop', color: '#873800' },
          data: [{ yAxis: chartPercent(target)! }],
        },
      },
    ] as ChartOption['series'],
  };
  const description = t('surveys.results.chartDescription', {
    title,
    target: f.percent(target),
    items: bars
      .map((b) => {
        const value = rateText(b.rate, f.percent, noData) + (b.average !== undefined && b.average !== null ? `${f.language === 'en' ? ', ' : '，'}${t('surveys.results.average', { score: f.number(Math.round(b.average * 100) / 100) })}` : '');
        return t('surveys.results.item', { name: b.name, value, responses: f.number(b.responses) });
      })
      .join(f.language === 'en' ? '; ' : '；'),
  });
  return (
    <Col xs={24} lg={12}>
      <h2 className="survey-section-title">{title}</h2>
      {bars.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="empty-detail">{noData}</span>} />
      ) : (
        <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 240 }} />}>
          <EChart option={option} description={description} height={240} testId={testId} />
        </Suspense>
      )}
    </Col>
  );
}
