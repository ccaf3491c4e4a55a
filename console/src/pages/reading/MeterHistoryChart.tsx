import { Alert, Empty, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../../api.ts';
import type { ChartOption } from '../../components/chart/EChart.tsx';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { useRequest } from '../../useRequest.ts';
import type { ReadingExceptionView, ReadingView } from './model.ts';

const EChart = lazy(() => import('../../components/chart/EChart.tsx'));

/**
 * A meter's consumption per reading (GET /v1/meters/{id}/readings, oldest first on the chart),
 * the flagged reading in another colour, and the rule's expected range as two mark lines.
 */
export function MeterHistoryChart({ exception }: { exception: ReadingExceptionView }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { data, error, loading } = useRequest(
    (signal) => unwrap(client.GET('/v1/meters/{id}/readings', { params: { path: { id: exception.meterId }, query: { limit: 24 } }, signal })) as Promise<{ items: ReadingView[] }>,
    [exception.meterId],
  );
  if (error) return <Alert type="error" showIcon title={problemMessage(t, error)} />;
  if (loading && !data) return <Skeleton.Node active style={{ width: '100%', height: 220 }} />;
  const points = (data?.items ?? []).filter((r) => r.consumption !== null).reverse();
  if (!points.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reading.exceptions.noHistory')} />;
  const range = exception.evidence.expectedRange;
  const title = t('reading.exceptions.chartTitle');
  const option: ChartOption = {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 72, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((r) => f.date(r.readAt)) },
    yAxis: { type: 'value', name: 'm³' },
    series: [
      {
        type: 'bar',
        name: t('reading.exceptions.consumptionSeries'),
        data: points.map((r) => ({ value: r.consumption!, itemStyle: { color: r.id === exception.readingId ? '#cf1322' : '#0958d9' } })),
        ...(range
          ? {
              markLine: {
                symbol: 'none',
                lineStyle: { color: '#ad4e00', type: 'dashed' as const, width: 2 },
                label: { position: 'end' as const, color: '#873800' },
                data: [
                  { yAxis: range.min, name: t('reading.exceptions.expectedMin'), label: { formatter: `${t('reading.exceptions.expectedMin')} ${f.number(range.min)}` } },
                  { yAxis: range.max, name: t('reading.exceptions.expectedMax'), label: { formatter: `${t('reading.exceptions.expectedMax')} ${f.number(range.max)}` } },
                ],
              },
            }
          : {}),
      },
    ],
  };
  const description = t('reading.exceptions.chartDescription', {
    title,
    items: points.map((r) => `${f.date(r.readAt)} ${f.number(r.consumption!)} m³`).join(f.language === 'en' ? '; ' : '；'),
    range: range ? t('reading.exceptions.chartRange', { min: f.number(range.min), max: f.number(range.max) }) : '',
  });
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 220 }} />}>
      <EChart option={option} description={description} height={240} testId={`history-${exception.id}`} />
    </Suspense>
  );
}
