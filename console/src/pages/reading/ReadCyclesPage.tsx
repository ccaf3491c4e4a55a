import './messages.ts';
import { CursorPager } from '../../components/CursorPager.tsx';
import { Alert, Button, Card, Empty, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import type { PageProps } from '../../navigation.tsx';
import { problemMessage } from '../../problem-message.ts';
import { useRequest } from '../../useRequest.ts';
import { CycleCharts } from './CycleCharts.tsx';
import { CycleDrawer } from './CycleDrawer.tsx';
import type { ReadCycleStats, ReadCycleView } from './model.ts';
import { ReadingRegionPicker, useReadingRegion } from './ReadingRegion.tsx';

const PAGE_SIZE = 20;
const ALL = '*';

interface Filters {
  period?: string;
  state?: 'open' | 'closed';
}

type CyclePage = { items: ReadCycleView[]; nextCursor: string | null; regions: ReadCycleStats[] };

/**
 * 抄表周期: a region's read rate per period against its target (per cadence) and its accuracy,
 * then its cycles (period, book, reader, window, state, read / due, read rate vs target) filtered
 * by period and state; a row opens the cycle's meters in walk order in a drawer.
 */
export default function ReadCyclesPage(_: PageProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const { regionId } = useReadingRegion();
  const [filters, setFilters] = useState<Filters>({});
  const [draft, setDraft] = useState<Filters>({});
  const [cursors, setCursors] = useState<string[]>([]);
  const [openId, setOpenId] = useState<string>();
  const cursor = cursors.at(-1);

  // The charts: the region's recent periods, whatever the list's filters.
  const figures = useRequest(
    (signal) => (regionId ? (unwrap(client.GET('/v1/read-cycles', { params: { query: { regionId, limit: 1 } }, signal })) as Promise<CyclePage>) : Promise.resolve(undefined)),
    [regionId],
  );
  const list = useRequest(
    (signal) =>
      regionId
        ? (unwrap(client.GET('/v1/read-cycles', { params: { query: { regionId, ...filters, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } }, signal })) as Promise<CyclePage>)
        : Promise.resolve(undefined),
    [regionId, JSON.stringify(filters), cursor],
  );
  const periods = [...new Set((figures.data?.regions ?? []).map((s) => s.period))].sort().reverse();

  const apply = (next: Filters) => {
    setFilters(next);
    setCursors([]);
  };

  return (
    <div className="stack">
      <Typography.Paragraph type="secondary">{t('reading.cycles.intro')}</Typography.Paragraph>
      <ReadingRegionPicker />
      <Card title={<h2 className="card-title">{t('reading.cycles.chartsTitle')}</h2>} data-testid="cycle-charts" loading={figures.loading && !figures.data}>
        {figures.error && <Alert type="error" showIcon title={problemMessage(t, figures.error)} action={<Button onClick={figures.reload}>{t('errors.retry')}</Button>} />}
        {figures.data && <CycleCharts stats={figures.data.regions} accuracyTarget={figures.data.items[0]?.accuracyTarget} />}
      </Card>
      <Card title={<h2 className="card-title">{t('reading.cycles.listTitle')}</h2>}>
        <Form layout="inline" className="page-toolbar" onFinish={() => apply(draft)}>
          <Form.Item label={t('reading.cycles.period')} htmlFor="cycle-period">
            <Select
              id="cycle-period"
              style={{ minWidth: 140 }}
              value={draft.period ?? ALL}
              onChange={(v: string) => setDraft({ ...draft, period: v === ALL ? undefined : v })}
              options={[{ value: ALL, label: t('reading.all') }, ...periods.map((p) => ({ value: p, label: p }))]}
            />
          </Form.Item>
          <Form.Item label={t('reading.cycles.state')} htmlFor="cycle-state">
            <Select
              id="cycle-state"
              style={{ minWidth: 120 }}
              value={draft.state ?? ALL}
              onChange={(v: string) => setDraft({ ...draft, state: v === ALL ? undefined : (v as Filters['state']) })}
              options={[{ value: ALL, label: t('reading.all') }, ...(['open', 'closed'] as const).map((s) => ({ value: s, label: t(`reading.states.${s}`) }))]}
            />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              {t('reading.cycles.search')}
            </Button>
            <Button
              onClick={() => {
                setDraft({});
                apply({});
              }}
            >
              {t('reading.cycles.reset')}
            </Button>
          </Space>
        </Form>
        {list.error && <Alert type="error" showIcon title={problemMessage(t, list.error)} action={<Button onClick={list.reload}>{t('errors.retry')}</Button>} />}
        <Table<ReadCycleView>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={{ x: true }}
          data-testid="cycles-table"
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reading.cycles.empty')} /> }}
          columns={[
            {
              title: t('reading.cycles.columns.period'),
              dataIndex: 'period',
              render: (period: string, c) => (
                <Button type="link" className="inline-link" onClick={() => setOpenId(c.id)} aria-label={t('reading.cycles.open', { book: c.bookName, period })}>
                  {period}
                </Button>
              ),
            },
            { title: t('reading.cycles.columns.book'), dataIndex: 'bookName' },
            { title: t('reading.cycles.columns.reader'), dataIndex: 'reader' },
            {
              title: t('reading.cycles.columns.window'),
              key: 'window',
              render: (_, c) => (
                <>
                  {t('reading.cycles.window', { from: c.window.opensOn, to: c.window.closesAfter })}
                  {c.window.postponedDays > 0 && t('reading.cycles.postponed', { days: c.window.postponedDays })}
                </>
              ),
            },
            {
              title: t('reading.cycles.columns.state'),
              dataIndex: 'state',
              render: (s: ReadCycleView['state']) => (
                <Tag color={s === 'open' ? 'processing' : 'default'} data-state={s}>
                  {t(`reading.states.${s}`)}
                </Tag>
              ),
            },
            { title: t('reading.cycles.columns.progress'), key: 'progress', render: (_, c) => t('reading.cycles.readOfDue', { read: f.number(c.counts.read), due: f.number(c.counts.due) }) },
            {
              title: t('reading.cycles.columns.readRate'),
              key: 'readRate',
              render: (_, c) =>
                c.readRate === null ? (
                  <Typography.Text type="secondary">{t('reading.cycles.noFigure')}</Typography.Text>
                ) : (
                  <Space size={4} wrap>
                    <span>{t('reading.cycles.rateVsTarget', { rate: f.percent(c.readRate), target: f.percent(c.target) })}</span>
                    <Tag color={c.readRate >= c.target ? 'success' : 'warning'}>{c.readRate >= c.target ? t('reading.cycles.metTarget') : t('reading.cycles.belowTarget')}</Tag>
                  </Space>
                ),
            },
          ]}
        />
        <CursorPager cursors={cursors} setCursors={setCursors} nextCursor={list.data?.nextCursor} previous={t('reading.previous')} next={t('reading.next')} />
      </Card>
      {openId && <CycleDrawer cycleId={openId} onClose={() => setOpenId(undefined)} />}
    </div>
  );
}
