import { Alert, Button, Empty, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary, KpiName, UnitLevel } from '../../../../shared/contract/assessments.ts';
import { problemMessage } from '../../problem-message.ts';
import { useRequest } from '../../useRequest.ts';
import { loadUnits } from './api.ts';
import { ItemsDrawer } from './ItemsDrawer.tsx';
import { ScorecardTable } from './ScorecardTable.tsx';
import { UnitCharts } from './UnitCharts.tsx';

/** One level's units: the scorecard table, then the charts of the level and of the chosen unit (the first by rank until another is chosen). */
export function LevelView({ assessment, level }: { assessment: AssessmentSummary; level: UnitLevel }) {
  const { t } = useTranslation();
  const { data: units, error, loading, reload } = useRequest((signal) => loadUnits(assessment.id, level, signal), [assessment.id, level]);
  const [chosenId, setChosenId] = useState<string>();
  const [drill, setDrill] = useState<{ unitId: string; kpi: KpiName }>();
  if (error) return <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />;
  if (!units) return <Skeleton active />;
  if (units.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="empty-detail">{t('assessments.noUnits')}</span>} data-testid="units-empty" />;
  const chosen = units.find((u) => u.id === chosenId) ?? units[0]!;
  const drilled = drill && units.find((u) => u.id === drill.unitId);
  return (
    <div className="stack" aria-busy={loading} data-testid={`level-${level}`}>
      <ScorecardTable units={units} chosenId={chosen.id} onChoose={setChosenId} onDrill={(unitId, kpi) => setDrill({ unitId, kpi })} />
      <UnitCharts units={units} chosen={chosen} onChoose={setChosenId} />
      {drill && drilled && <ItemsDrawer assessmentId={assessment.id} unit={drilled} kpi={drill.kpi} onClose={() => setDrill(undefined)} />}
    </div>
  );
}
