import { Col, Empty, Row, Select, Skeleton, Space } from 'antd';
import type { TFunction } from 'i18next';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitScorecard } from '../../../../shared/contract/assessments.ts';
import type { ChartOption } from '../../components/chart/EChart.tsx';
import { useFormat, type Formatters } from '../../format.ts';
import { radarOption, totalsOption, trendOption, type Point } from './chart-options.ts';
import { kpiLabel, periodLabel, scoreText, unitName } from './model.ts';

const EChart = lazy(() => import('../../components/chart/EChart.tsx'));

const rounded = (score: number | null) => (score === null ? null : Math.round(score * 10) / 10);

/**
 * The level's totals compared (bars), and the chosen unit's KPI scores (a radar of the KPIs with
 * data; those without are named beside it) and its total over the periods (a line with gaps).
 */
export function UnitCharts({ units, chosen, onChoose }: { units: UnitScorecard[]; chosen: UnitScorecard; onChoose(id: string): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const noData = t('assessments.noData');
  const chosenName = unitName(t, chosen);
  const totals: Point[] = units.map((u) => ({ name: unitName(t, u), value: rounded(u.total) }));
  const scored: Point[] = chosen.kpis.filter((k) => k.score !== null).map((k) => ({ name: kpiLabel(k.kpi, f.language), value: rounded(k.score) }));
  const leftOut = chosen.kpis.filter((k) => k.score === null).map((k) => kpiLabel(k.kpi, f.language));
  // The axis names the periods as 2026-Q3 (their long names overlap); the text alternative says them in words.
  const trend: Point[] = chosen.trend.map((p) => ({ name: p.period, value: rounded(p.total) }));
  const trendSaid: Point[] = chosen.trend.map((p) => ({ name: periodLabel(t, p.period), value: rounded(p.total) }));
  const separator = f.language === 'en' ? ', ' : '，';
  const radarTitle = t('assessments.charts.radar', { unit: chosenName });
  const trendTitle = t('assessments.charts.trend', { unit: chosenName });
  return (
    <div className="stack">
      <section>
        <h2 className="assessment-title">{t('assessments.charts.totals')}</h2>
        <Chart testId="chart-totals" option={totalsOption(totals, t('assessments.charts.totalsSeries'), noData)} description={describe(t, f, t('assessments.charts.totals'), totals, noData)} />
      </section>
      <Space wrap>
        <span id="assessment-chart-unit-label">{t('assessments.charts.unitPicker')}</span>
        <Select<string>
          aria-labelledby="assessment-chart-unit-label"
          data-testid="chart-unit"
          style={{ minWidth: 200 }}
          value={chosen.id}
          onChange={onChoose}
          showSearch={{ optionFilterProp: 'label' }}
          options={units.map((u) => ({ value: u.id, label: unitName(t, u) }))}
        />
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <h2 className="assessment-title">{radarTitle}</h2>
          {scored.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="empty-detail">{t('assessments.charts.radarEmpty')}</span>} data-testid="chart-radar-empty" />
          ) : (
            <Chart testId="chart-radar" option={radarOption(scored, t('assessments.charts.radarSeries'))} description={describe(t, f, radarTitle, scored, noData)} />
          )}
          {leftOut.length > 0 && (
            <p className="assessment-note" data-testid="radar-left-out">
              {t('assessments.charts.radarLeftOut', { kpis: leftOut.join(separator) })}
            </p>
          )}
        </Col>
        <Col xs={24} lg={12}>
          <h2 className="assessment-title">{trendTitle}</h2>
          <Chart testId="chart-trend" option={trendOption(trend, t('assessments.charts.trendSeries'), noData)} description={describe(t, f, trendTitle, trendSaid, noData)} />
        </Col>
      </Row>
    </div>
  );
}

/** The chart's text alternative: its title and every point, a gap said as "暂无数据". */
function describe(t: TFunction<'translation'>, f: Formatters, title: string, points: Point[], noData: string): string {
  const separator = f.language === 'en' ? '; ' : '；';
  return t('assessments.charts.description', {
    title,
    items: points.map((p) => t('assessments.charts.item', { name: p.name, value: p.value === null ? noData : scoreText(p.value) })).join(separator),
  });
}

function Chart({ option, description, testId }: { option: ChartOption; description: string; testId: string }) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 260 }} />}>
      <EChart option={option} description={description} height={260} testId={testId} />
    </Suspense>
  );
}
