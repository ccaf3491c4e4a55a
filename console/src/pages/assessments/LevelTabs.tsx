import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary, UnitLevel } from '../../../../shared/contract/assessments.ts';
import { useSession } from '../../auth.tsx';
import { LevelView } from './LevelView.tsx';
import { visibleLevels } from './model.ts';

/** A tab per unit level: business halls, the dispatch center (only for those who see every region), staff. */
export function LevelTabs({ assessment }: { assessment: AssessmentSummary }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [level, setLevel] = useState<UnitLevel>('region');
  const levels = visibleLevels(!user.regions);
  return (
    <Tabs
      activeKey={level}
      onChange={(key) => setLevel(key as UnitLevel)}
      data-testid="assessment-levels"
      items={levels.map((l) => ({ key: l, label: t(`assessments.levels.${l}`), children: l === level ? <LevelView assessment={assessment} level={l} /> : null }))}
    />
  );
}
