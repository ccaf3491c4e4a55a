import { Empty, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartOption } from '../../components/chart/EChart.tsx';
import { useFormat } from '../../format.ts';

const EChart = lazy(() => import('../../components/chart/EChart.tsx'));

/**
 * A key's requests per tenant-local day (GET /v1/api-keys/{id}/usage, oldest first) as bars.
 * The chart's text alternative lists every day with its count; no days yet (a key created today
 * and not used has none) is "no data", not an empty chart. Dates stay the API's YYYY-MM-DD: they
 * are days of the company's time zone, not instants to convert to the browser's.
 */
export function UsageChart({ name, days }: { name: string; days: { date: string; requests: number }[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!days.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="empty-detail">{t('apiKeys.usage.noData')}</span>} />;
  const total = days.reduce((sum, d) => sum + d.requests, 0);
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: days.map((d) => d.date.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', name: t('apiKeys.usage.series'), data: days.map((d) => d.requests), itemStyle: { color: '#0958d9' }, barMaxWidth: 32 }],
  };
  const description = `${t('apiKeys.usage.chartDescription', {
    name,
    items: days.map((d) => t('apiKeys.usage.item', { date: d.date, requests: f.number(d.requests) })).join(f.language === 'en' ? '; ' : '；'),
  })}${f.language === 'en' ? '; ' : '；'}${t('apiKeys.usage.total', { total: f.number(total) })}`;
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 260 }} />}>
      <EChart option={option} description={description} height={260} testId="api-key-usage" />
    </Suspense>
  );
}
