import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/contract/assessments.ts';
import { useFormat } from '../../format.ts';

/** What the chosen assessment is: its kind, version, when it was computed, the days it covers and the policy it was scored under. */
export function AssessmentMeta({ assessment: a }: { assessment: AssessmentSummary }) {
  const { t } = useTranslation();
  const f = useFormat();
  const lastDay = new Date(Date.parse(a.to) - 1); // `to` is the end of the last day, exclusive
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} data-testid="assessment-meta">
      <Descriptions.Item label={t('assessments.meta.kind')}>{t(`assessments.kinds.${a.kind}`)}</Descriptions.Item>
      <Descriptions.Item label={t('assessments.meta.version')}>{a.version}</Descriptions.Item>
      <Descriptions.Item label={t('assessments.meta.computedAt')}>{f.dateTime(a.computedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('assessments.meta.range')}>{t('assessments.meta.rangeValue', { from: f.date(a.from), to: f.date(lastDay) })}</Descriptions.Item>
      <Descriptions.Item label={t('assessments.meta.policy')}>
        {a.policy.versionId ? t('assessments.meta.policyValue', { id: a.policy.versionId, time: a.policy.effectiveFrom ? f.dateTime(a.policy.effectiveFrom) : '—' }) : t('assessments.meta.policyDefault')}
      </Descriptions.Item>
    </Descriptions>
  );
}
