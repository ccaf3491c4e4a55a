import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/contract/assessments.ts';
import { useFormat } from '../../format.ts';
import { byPeriod, periodLabel } from './model.ts';

/** The period, then its version (newest first; a new period starts at its newest version). */
export function AssessmentPicker({ assessments, chosen, onChoose }: { assessments: readonly AssessmentSummary[]; chosen: AssessmentSummary; onChoose(id: string): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const periods = byPeriod(assessments);
  const versions = periods.find((p) => p.period === chosen.period)?.versions ?? [chosen];
  return (
    <Space wrap>
      <span id="assessment-period-label">{t('assessments.period')}</span>
      <Select<string>
        aria-labelledby="assessment-period-label"
        data-testid="assessment-period"
        style={{ minWidth: 180 }}
        value={chosen.period}
        onChange={(period) => onChoose(periods.find((p) => p.period === period)!.versions[0]!.id)}
        options={periods.map((p) => ({ value: p.period, label: periodLabel(t, p.period) }))}
      />
      <span id="assessment-version-label">{t('assessments.version')}</span>
      <Select<string>
        aria-labelledby="assessment-version-label"
        data-testid="assessment-version"
        style={{ minWidth: 260 }}
        value={chosen.id}
        onChange={onChoose}
        options={versions.map((v, i) => ({ value: v.id, label: `${t('assessments.versionOption', { version: v.version, time: f.dateTime(v.computedAt) })}${i === 0 ? t('assessments.latest') : ''}` }))}
      />
    </Space>
  );
}
