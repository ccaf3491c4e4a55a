import { Alert, Button, Drawer, Empty, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentItem, KpiName, UnitScorecard } from '../../../../shared/contract/assessments.ts';
import { CursorPager } from '../../components/CursorPager.tsx';
import { useFormat } from '../../format.ts';
import { problemMessage } from '../../problem-message.ts';
import { useRegionScope } from '../../regions.tsx';
import { Link } from '../../router.tsx';
import { useRequest } from '../../useRequest.ts';
import { loadItems } from './api.ts';
import { kpiLabel, unitName } from './model.ts';

/** What a KPI of a unit counted against it (GET /v1/assessments/{id}/items), page by page: a ticket links to its page. */
export function ItemsDrawer({ assessmentId, unit, kpi, onClose }: { assessmentId: string; unit: UnitScorecard; kpi: KpiName; onClose(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { nameOf } = useRegionScope();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const { data, error, loading, reload } = useRequest((signal) => loadItems(assessmentId, unit.id, kpi, cursor, signal), [assessmentId, unit.id, kpi, cursor]);
  return (
    <Drawer
      open
      onClose={onClose}
      size="large"
      title={t('assessments.items.title', { unit: unitName(t, unit), kpi: kpiLabel(kpi, f.language) })}
      closable={{ 'aria-label': t('common.close') }}
      data-testid="items-drawer"
    >
      <Typography.Paragraph type="secondary">{t('assessments.items.asOfNow')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<AssessmentItem>
        rowKey={(i) => `${i.subject.type}:${i.subject.id}:${i.reason}:${i.at}`}
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        data-testid="items-table"
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assessments.items.empty')} data-testid="items-empty" /> }}
        columns={[
          { title: t('assessments.items.columns.reason'), dataIndex: 'reason', render: (r: AssessmentItem['reason']) => t(`assessments.items.reasons.${r}`) },
          {
            title: t('assessments.items.columns.subject'),
            key: 'subject',
            render: (_, i) => (i.subject.type === 'ticket' ? <Link to={`/tickets/${i.subject.id}`}>{t('assessments.items.ticket', { id: i.subject.id })}</Link> : t('assessments.items.meter', { id: i.subject.id })),
          },
          { title: t('assessments.items.columns.region'), dataIndex: 'regionId', render: (r: string) => nameOf(r) },
          { title: t('assessments.items.columns.staff'), dataIndex: 'staff', render: (s: string | null) => s ?? '—' },
          { title: t('assessments.items.columns.at'), dataIndex: 'at', render: (at: string) => f.dateTime(at) },
          { title: t('assessments.items.columns.detail'), dataIndex: 'detail' },
        ]}
      />
      <CursorPager cursors={cursors} setCursors={setCursors} nextCursor={data?.nextCursor} previous={t('assessments.items.previous')} next={t('assessments.items.next')} />
    </Drawer>
  );
}
