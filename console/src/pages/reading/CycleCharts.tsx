import { Col, Empty, Row, Skeleton } from 'antd';
import type { TFunction } from 'i18next';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOption } from '../../components/chart/EChart.tsx';
import { useFormat, type Formatters } from '../../format.ts';
import { byPeriod, CADENCE_LIST, type Cadence, type ReadCycleStats } from './model.ts';

const EChart = lazy(() => import('../../components/chart/EChart.tsx'));

const pct = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 1000) / 10);

/**
 * A region's read rate per period against its target, one bar chart per cadence it has, and its
 * accuracy per period (a line per cadence) against the accuracy target. Only the figures the API
 * gave: a period without a rate is a gap, and says "no data" in the text alternative.
 */
export function CycleCharts({ stats, accuracyTarget }: { stats: ReadCycleStats[]; accuracyTarget?: number }) {
  const { t } = useTranslation();
  const f = useFormat();
  const regional = stats.filter((s) => s.scope === 'region');
  if (!regional.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="empty-detail">{t('reading.cycles.noStats')}</span>} />;
  const cadences = CADENCE_LIST.filter((c) => regional.some((s) => s.cadence === c));
  const periods = [...new Set(regional.map((s) => s.period))].sort(byPeriod);
  const of = (cadence: Cadence, period: string) => regional.find((s) => s.cadence === cadence && s.period === period);
  return (
    <Row gutter={[16, 16]}>
      {cadences.map((cadence) => {
        const cadencePeriods = periods.filter((p) => of(cadence, p));
        const target = of(cadence, cadencePeriods.at(-1)!)!.target;
        const title = t('reading.cycles.readRateChart', { cadence: t(`reading.cadences.${cadence}`) });
        const option: ChartOption = {
          tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v}%` : String(v ?? '')) },
          grid: { left: 8, right: 56, top: 24, bottom: 8, containLabel: true },
          xAxis: { type: 'category', data: cadencePeriods },
          yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
          series: [
            {
              type: 'bar',
              name: t('reading.cycles.readRateSeries'),
              data: cadencePeriods.map((p) => pct(of(cadence, p)!.readRate)),
              itemStyle: { color: '#0958d9' },
              markLine: {
                symbol: 'none',
                lineStyle: { color: '#ad4e00', type: 'dashed', width: 2 },
                label: { formatter: t('reading.cycles.targetLine', { target: f.percent(target) }), position: 'insideEndTop', color: '#873800' },
                data: [{ yAxis: pct(target)! }],
              },
            },
          ],
        };
        const description = describe(t, f, title, target, cadencePeriods.map((p) => [p, of(cadence, p)!.readRate]));
        return (
          <Col xs={24} lg={12} key={cadence}>
            <h3 className="chart-title">{title}</h3>
            <Chart option={option} description={description} testId={`read-rate-${cadence}`} />
          </Col>
        );
      })}
      <Col xs={24} lg={12}>
        <h3 className="chart-title">{t('reading.cycles.accuracyChart')}</h3>
        <Chart
          testId="accuracy"
          option={{
            tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v}%` : String(v ?? '')) },
            legend: cadences.length > 1 ? { bottom: 0 } : undefined,
            grid: { left: 8, right: 56, top: 24, bottom: cadences.length > 1 ? 32 : 8, containLabel: true },
            xAxis: { type: 'category', data: periods },
            yAxis: { type: 'value', min: (v: { min: number }) => Math.max(0, Math.floor(v.min - 5)), max: 100, axisLabel: { formatter: '{value}%' } },
            series: cadences.map((cadence, i) => ({
              type: 'line' as const,
              name: t(`reading.cadences.${cadence}`),
              connectNulls: false,
              data: periods.map((p) => pct(of(cadence, p)?.accuracy ?? null)),
              itemStyle: { color: ['#0958d9', '#389e0d', '#722ed1'][i] },
              ...(i === 0 && accuracyTarget !== undefined
                ? {
                    markLine: {
                      symbol: 'none',
                      lineStyle: { color: '#ad4e00', type: 'dashed' as const, width: 2 },
                      label: { formatter: t('reading.cycles.targetLine', { target: f.percent(accuracyTarget) }), position: 'insideEndTop' as const, color: '#873800' },
                      data: [{ yAxis: pct(accuracyTarget)! }],
                    },
                  }
                : {}),
            })),
          }}
          description={cadences
            .map((cadence) =>
              describe(
                t,
                f,
                `${t('reading.cycles.accuracyChart')} · ${t(`reading.cadences.${cadence}`)}`,
                accuracyTarget,
                periods.filter((p) => of(cadence, p)).map((p) => [p, of(cadence, p)!.accuracy]),
              ),
            )
            .join(' ')}
        />
      </Col>
    </Row>
  );
}

function describe(t: TFunction<'translation'>, f: Formatters, title: string, target: number | undefined, points: [string, number | null][]): string {
  return t('reading.cycles.chartDescription', {
    title,
    target: target === undefined ? t('reading.cycles.noFigure') : f.percent(target),
    items: points.map(([p, v]) => `${p} ${v === null ? t('reading.cycles.noFigure') : f.percent(v)}`).join(f.language === 'en' ? '; ' : '；'),
  });
}

function Chart({ option, description, testId }: { option: ChartOption; description: string; testId: string }) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 240 }} />}>
      <EChart option={option} description={description} height={240} testId={testId} />
    </Suspense>
  );
}
