import { Button, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiName, KpiScore, UnitScorecard } from '../../../../shared/contract/assessments.ts';
import { useFormat } from '../../format.ts';
import { DRILLABLE, kpiLabel, kpisOfUnits, scoreText, unitName } from './model.ts';

/**
 * A level's units by rank: name, rank "n / of", total, data coverage, and each KPI's value with
 * its score ("暂无数据" without facts, never 0 or 100 %); a KPI with a drill-down offers its details.
 */
export function ScorecardTable({ units, chosenId, onChoose, onDrill }: { units: UnitScorecard[]; chosenId: string; onChoose(id: string): void; onDrill(unitId: string, kpi: KpiName): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const noData = <span className="assessment-no-data">{t('assessments.noData')}</span>;
  const kpiColumns: TableColumnsType<UnitScorecard> = kpisOfUnits(units).map((kpi) => ({
    title: kpiLabel(kpi, f.language),
    key: kpi,
    render: (_, unit) => <KpiCell unit={unit} score={unit.kpis.find((k) => k.kpi === kpi)} onDrill={onDrill} />,
  }));
  return (
    <Table<UnitScorecard>
      rowKey="id"
      size="small"
      dataSource={units}
      pagination={units.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: true }}
      data-testid="scorecard-table"
      rowClassName={(u) => (u.id === chosenId ? 'assessment-selected-row' : '')}
      columns={[
        {
          title: t('assessments.columns.unit'),
          key: 'unit',
          fixed: 'left',
          render: (_, u) => (
            <span className="assessment-unit-name" data-unit={u.id}>
              {unitName(t, u)}
              <br />
              {u.id === chosenId ? (
                <Tag color="processing">{t('assessments.selected')}</Tag>
              ) : (
                <Button type="link" size="small" className="assessment-details" onClick={() => onChoose(u.id)}>
                  {t('assessments.view')}
                  <span className="sr-only">{t('assessments.viewUnit', { unit: unitName(t, u) })}</span>
                </Button>
              )}
            </span>
          ),
        },
        {
          title: t('assessments.columns.rank'),
          key: 'rank',
          className: 'assessment-nowrap',
          render: (_, u) => <span data-testid="unit-rank">{u.rank === null ? <span className="assessment-no-data">{t('assessments.unranked')}</span> : t('assessments.rankOf', { rank: u.rank, of: u.rankedOf })}</span>,
        },
        { title: t('assessments.columns.total'), key: 'total', className: 'assessment-nowrap', render: (_, u) => (u.total === null ? noData : scoreText(u.total)) },
        { title: t('assessments.columns.coverage'), key: 'coverage', className: 'assessment-nowrap', render: (_, u) => f.percent(u.coverage) },
        ...kpiColumns,
      ]}
    />
  );
}

function KpiCell({ unit, score, onDrill }: { unit: UnitScorecard; score: KpiScore | undefined; onDrill(unitId: string, kpi: KpiName): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!score) return <span className="assessment-no-data">{t('assessments.notAssessed')}</span>;
  return (
    <span className="assessment-kpi-cell" data-kpi={score.kpi} data-no-data={score.noData || undefined}>
      {score.noData || score.value === null ? (
        <span className="assessment-no-data">{t('assessments.noData')}</span>
      ) : (
        <>
          <span>{f.percent(score.value)}</span>
          {score.score !== null && <span className="assessment-kpi-score">{t('assessments.score', { score: scoreText(score.score) })}</span>}
        </>
      )}
      {DRILLABLE.includes(score.kpi) && !score.noData && (
        <Button type="link" size="small" className="assessment-details" onClick={() => onDrill(unit.id, score.kpi)} data-testid="kpi-details">
          {t('assessments.details')}
          <span className="sr-only">{t('assessments.detailsOf', { unit: unitName(t, unit), kpi: kpiLabel(score.kpi, f.language) })}</span>
        </Button>
      )}
    </span>
  );
}
