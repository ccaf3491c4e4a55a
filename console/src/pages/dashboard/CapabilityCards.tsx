import { Card, Col, Empty, Progress, Row, Skeleton, Statistic } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard as DashboardView } from '../../../../shared/contract/dashboard.ts';
import type { VeeRule } from '../../../../shared/contract/readings.ts';
import type { ChartOption } from '../../components/chart/EChart.tsx';
import { useFormat, type Formatters } from '../../format.ts';

const EChart = lazy(() => import('../../components/chart/EChart.tsx'));

/**
 * One card per capability that feeds the home page. While a capability has no data (`null`),
 * its card says what will appear there — an empty state, not an error.
 */
export function CapabilityCards({ view }: { view: DashboardView }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Row gutter={[16, 16]}>
      <Section testId="section-tickets" title={t('dashboard.sections.tickets.title')} empty={t('dashboard.sections.tickets.empty')}>
        {view.tickets && (
          <>
            <Row gutter={8}>
              <Figure title={t('dashboard.sections.tickets.onTrack')} value={f.number(view.tickets.bySlaRisk['on-track'])} />
              <Figure title={t('dashboard.sections.tickets.atRisk')} value={f.number(view.tickets.bySlaRisk['at-risk'])} tone="warning" />
              <Figure title={t('dashboard.sections.tickets.breached')} value={f.number(view.tickets.bySlaRisk.breached)} tone="danger" />
            </Row>
            <p className="section-note">{t('dashboard.sections.tickets.open', { count: view.tickets.open })}</p>
          </>
        )}
      </Section>
      <Section testId="section-emergencies" title={t('dashboard.sections.emergencies.title')} empty={t('dashboard.sections.emergencies.empty')}>
        {view.emergenciesToday && (
          <Row gutter={8}>
            <Figure title={t('dashboard.sections.emergencies.total')} value={f.number(view.emergenciesToday.total)} />
            <Figure title={t('dashboard.sections.emergencies.open')} value={f.number(view.emergenciesToday.open)} tone="danger" />
            <Figure title={t('dashboard.sections.emergencies.onSiteInTime')} value={f.number(view.emergenciesToday.onSiteInTime)} />
          </Row>
        )}
      </Section>
      <Section testId="section-read-cycles" title={t('dashboard.sections.readCycles.title')} empty={t('dashboard.sections.readCycles.empty')}>
        {view.readCycles && view.readCycles.length > 0 && (
          <ul className="plain-list">
            {view.readCycles.map((cycle) => {
              const label = t('dashboard.sections.readCycles.progress', {
                name: `${cycle.name} ${cycle.period} ${t(`dashboard.sections.readCycles.cadences.${cycle.cadence}`)}`,
                read: f.number(cycle.read),
                due: f.number(cycle.due),
              });
              return (
                <li key={cycle.cycleId}>
                  <div>{label}</div>
                  <Progress
                    percent={cycle.due ? Math.round((cycle.read / cycle.due) * 1000) / 10 : 0}
                    status={cycle.due && cycle.read / cycle.due >= cycle.target ? 'success' : 'normal'}
                    aria-label={label}
                  />
                  <div className="section-note">
                    {t('dashboard.sections.readCycles.target', { target: f.percent(cycle.target) })}
                    {cycle.frozen ? ` · ${t('dashboard.sections.readCycles.frozen')}` : ''}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section testId="section-reading-exceptions" title={t('dashboard.sections.readingExceptions.title')} empty={t('dashboard.sections.readingExceptions.empty')}>
        {view.readingExceptions && (
          <>
            <Row gutter={8}>
              <Figure span={8} title={t('dashboard.sections.readingExceptions.blocking')} value={f.number(view.readingExceptions.byGrade.blocking)} tone="danger" />
              <Figure span={8} title={t('dashboard.sections.readingExceptions.review')} value={f.number(view.readingExceptions.byGrade.review)} tone="warning" />
              <Figure span={8} title={t('dashboard.sections.readingExceptions.info')} value={f.number(view.readingExceptions.byGrade.info)} />
            </Row>
            <ul className="plain-list">
              {(Object.entries(view.readingExceptions.byRule) as [VeeRule, number][])
                .filter(([, n]) => n > 0)
                .sort((a, b) => b[1] - a[1])
                .map(([rule, n]) => (
                  <li key={rule}>{t('dashboard.sections.readingExceptions.rule', { rule: t(`dashboard.sections.readingExceptions.rules.${rule}`), count: n })}</li>
                ))}
            </ul>
            <p className="section-note">{t('dashboard.sections.readingExceptions.open', { count: view.readingExceptions.open })}</p>
          </>
        )}
      </Section>
      <Section testId="section-inspections" title={t('dashboard.sections.inspections.title')} empty={t('dashboard.sections.inspections.empty')}>
        {view.inspectionsDue && (
          <Row gutter={8}>
            <Figure span={12} title={t('dashboard.sections.inspections.dueThisMonth')} value={f.number(view.inspectionsDue.dueThisMonth)} />
            <Figure span={12} title={t('dashboard.sections.inspections.overdue')} value={f.number(view.inspectionsDue.overdue)} tone="danger" />
          </Row>
        )}
      </Section>
      <Section testId="section-satisfaction" title={t('dashboard.sections.satisfaction.title')} empty={t('dashboard.sections.satisfaction.empty')} wide>
        {view.satisfactionTrend && view.satisfactionTrend.length > 0 && <SatisfactionTrend points={view.satisfactionTrend} f={f} />}
      </Section>
    </Row>
  );
}

function Section({ title, empty, testId, wide, children }: { title: string; empty: string; testId: string; wide?: boolean; children: ReactNode }) {
  const hasData = Boolean(children);
  return (
    <Col xs={24} md={12} xl={wide ? 16 : 8}>
      <Card title={<h2 className="card-title">{title}</h2>} data-testid={testId} data-state={hasData ? 'data' : 'empty'} className="section-card">
        {hasData ? children : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="empty-detail">{empty}</span>} />}
      </Card>
    </Col>
  );
}

function Figure({ title, value, tone, span = 8 }: { title: string; value: string; tone?: 'warning' | 'danger'; span?: number }) {
  const color = tone === 'danger' ? '#cf1322' : tone === 'warning' ? '#ad4e00' : undefined;
  return (
    <Col span={span}>
      <Statistic title={title} value={value} formatter={() => value} styles={{ content: { color } }} />
    </Col>
  );
}

function SatisfactionTrend({ points, f }: { points: NonNullable<DashboardView['satisfactionTrend']>; f: Formatters }) {
  const { t } = useTranslation();
  const title = t('dashboard.sections.satisfaction.title');
  const option: ChartOption = {
    // The tooltip says how many answers a point stands on (a score of 3 responses is not one of 3,000).
    tooltip: {
      trigger: 'axis',
      formatter: (items) => {
        const p = points[(Array.isArray(items) ? items[0] : items)?.dataIndex ?? 0]!;
        return t('dashboard.sections.satisfaction.point', { period: p.period, score: f.number(p.score), responses: f.number(p.responses) });
      },
    },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: points.map((p) => p.period) },
    yAxis: { type: 'value', min: (v: { min: number }) => Math.max(0, Math.floor(v.min - 5)), max: 100 },
    series: [{ type: 'line', name: t('dashboard.sections.satisfaction.score'), data: points.map((p) => p.score), smooth: true, itemStyle: { color: '#0958d9' } }],
  };
  const description = t('dashboard.charts.description', {
    title,
    items: points.map((p) => t('dashboard.sections.satisfaction.point', { period: p.period, score: f.number(p.score), responses: f.number(p.responses) })).join(f.language === 'en' ? '; ' : '；'),
  });
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 200 }} />}>
      <EChart option={option} description={description} height={220} />
    </Suspense>
  );
}
