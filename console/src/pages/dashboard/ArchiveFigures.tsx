import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_CLASSES, METER_AGE_BUCKETS } from '../../../../shared/contract/customers.ts';
import type { ArchiveSummary } from '../../../../shared/contract/dashboard.ts';
import type { ChartOption } from '../../components/chart/EChart.tsx';
import { useFormat } from '../../format.ts';
import { useIsPhone } from '../../media.ts';
import { useRegionScope } from '../../regions.tsx';

const EChart = lazy(() => import('../../components/chart/EChart.tsx'));

/** Dark enough to carry white percentage labels (WCAG AA for bold text). */
const CLASS_COLORS = ['#0958d9', '#ad4e00', '#006d75', '#531dab'];

/** The customer archive in figures: four KPI cards, then customers by class, meters by age, and per region. */
export function ArchiveFigures({ archive }: { archive: ArchiveSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const isPhone = useIsPhone();
  const { nameOf } = useRegionScope();
  const separator = f.language === 'en' ? '; ' : '；';
  const gasOn = archive.byState['gas-on'];

  const describe = (title: string, items: [string, number][]) =>
    t('dashboard.charts.description', { title, items: items.map(([label, n]) => `${label} ${f.number(n)}`).join(separator) });

  const byClass = useMemo(() => {
    const items = CUSTOMER_CLASSES.map((c) => [t(`dashboard.classes.${c}`), archive.byClass[c]] as [string, number]);
    const option: ChartOption = {
      color: CLASS_COLORS,
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, itemGap: 12, formatter: (name: string) => `${name} ${f.number(items.find(([n]) => n === name)?.[1] ?? 0)}` },
      series: [
        {
          type: 'pie',
          name: t('dashboard.charts.customersSeries'),
          radius: ['36%', '66%'],
          center: ['50%', '42%'],
          label: { position: 'inside', formatter: (p: { percent?: number }) => (p.percent && p.percent >= 5 ? f.percent(p.percent / 100, 0) : ''), color: '#fff', fontWeight: 600 },
          labelLine: { show: false },
          data: items.map(([name, value]) => ({ name, value })),
        },
      ],
    };
    return { option, description: describe(t('dashboard.charts.byClass'), items) };
  }, [archive, t, f]);

  const byAge = useMemo(() => {
    const items = METER_AGE_BUCKETS.map((a) => [t('dashboard.charts.years', { range: a }), archive.metersByAge[a]] as [string, number]);
    const axisLabels = METER_AGE_BUCKETS.map((a) => a);
    const option: ChartOption = {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 24, bottom: 28, containLabel: true },
      xAxis: { type: 'category', data: axisLabels, name: t('dashboard.charts.ageAxis'), nameLocation: 'middle', nameGap: 28, axisLabel: { interval: 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: t('dashboard.charts.metersSeries'), data: items.map(([, v]) => v), itemStyle: { color: '#0958d9' }, barMaxWidth: 48 }],
    };
    return { option, description: describe(t('dashboard.charts.metersByAge'), items) };
  }, [archive, t, f]);

  const byRegion = useMemo(() => {
    const names = archive.byRegion.map((r) => nameOf(r.regionId));
    const option: ChartOption = {
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 24, bottom: 36, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, overflow: 'truncate', width: 80 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: t('dashboard.charts.customersSeries'), data: archive.byRegion.map((r) => r.customers), itemStyle: { color: '#0958d9' }, barMaxWidth: 40 },
        { type: 'bar', name: t('dashboard.charts.specialCareSeries'), data: archive.byRegion.map((r) => r.specialCare), itemStyle: { color: '#d46b08' }, barMaxWidth: 40 },
      ],
    };
    const items = archive.byRegion.map((r, i) => [names[i]!, r.customers] as [string, number]);
    return { option, description: describe(t('dashboard.charts.byRegion'), items) };
  }, [archive, t, f, nameOf]);

  const chartHeight = isPhone ? 240 : 280;
  return (
    <div className="stack">
      <Row gutter={[16, 16]}>
        <Kpi testId="kpi-customers" title={t('dashboard.kpi.customers')} value={f.number(archive.customers)} />
        <Kpi
          testId="kpi-gas-on"
          title={t('dashboard.kpi.gasOnShare')}
          value={archive.customers ? f.percent(gasOn / archive.customers) : '—'}
          footer={t('dashboard.kpi.gasOnDetail', { households: f.number(gasOn) })}
        />
        <Kpi testId="kpi-special-care" title={t('dashboard.kpi.specialCare')} value={f.number(archive.specialCare)} footer={t('dashboard.kpi.specialCareDetail')} />
        <Kpi testId="kpi-meters" title={t('dashboard.kpi.meters')} value={f.number(archive.meters)} />
      </Row>
      <Row gutter={[16, 16]}>
        <ChartCard title={t('dashboard.charts.byClass')} testId="chart-by-class">
          <EChart option={byClass.option} description={byClass.description} height={chartHeight} />
        </ChartCard>
        <ChartCard title={t('dashboard.charts.metersByAge')} testId="chart-meters-by-age">
          <EChart option={byAge.option} description={byAge.description} height={chartHeight} />
        </ChartCard>
        <ChartCard title={t('dashboard.charts.byRegion')} testId="chart-by-region">
          <EChart option={byRegion.option} description={byRegion.description} height={chartHeight} />
        </ChartCard>
      </Row>
    </div>
  );
}

function Kpi({ title, value, footer, testId }: { title: string; value: string; footer?: string; testId: string }) {
  return (
    <Col xs={12} lg={6}>
      <Card className="kpi-card" data-testid={testId}>
        <Statistic title={<h2 className="kpi-title">{title}</h2>} value={value} formatter={() => value} />
        {footer && <div className="kpi-footer">{footer}</div>}
      </Card>
    </Col>
  );
}

function ChartCard({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Col xs={24} lg={8}>
      <Card title={<h2 className="card-title">{title}</h2>} data-testid={testId}>
        <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 240 }} />}>{children}</Suspense>
      </Card>
    </Col>
  );
}
