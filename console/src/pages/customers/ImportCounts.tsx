import { Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format.ts';
import { ROW_STATUSES, type ImportView } from './model.ts';

/** The import's rows by status (created, updated, unchanged, rejected, skipped). */
export function ImportCounts({ counts }: { counts?: ImportView['counts'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Row gutter={[16, 16]} className="import-counts">
      {ROW_STATUSES.map((status) => (
        <Col key={status} xs={12} sm={8} md={4}>
          <Statistic title={t(`customers.import.counts.${status}`)} value={counts?.[status] ?? 0} formatter={(v) => f.number(Number(v))} data-testid={`count-${status}`} />
        </Col>
      ))}
    </Row>
  );
}

