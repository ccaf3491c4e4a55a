import './messages.ts';
import { Alert, Button, Card, Empty, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageProps } from '../../navigation.tsx';
import { problemMessage } from '../../problem-message.ts';
import { useRequest } from '../../useRequest.ts';
import { listAssessments } from './api.ts';
import { AssessmentMeta } from './AssessmentMeta.tsx';
import { AssessmentPicker } from './AssessmentPicker.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { LevelTabs } from './LevelTabs.tsx';

/**
 * 绩效考核: the quarterly and annual scorecards (GET /v1/assessments, /{id}). The newest
 * assessment by default, any period and version on demand; its units by level (a table, the
 * totals compared, one unit's KPI radar and trend), each KPI's drill-down, and the same
 * scorecards as Excel or CSV.
 */
export default function AssessmentsPage(_: PageProps) {
  const { t } = useTranslation();
  const { data: assessments, error, loading, reload } = useRequest((signal) => listAssessments(signal), []);
  const [chosenId, setChosenId] = useState<string>();
  const chosen = assessments?.find((a) => a.id === chosenId) ?? assessments?.[0];

  return (
    <div className="stack" aria-busy={loading} data-testid="assessments">
      <Card>
        <Typography.Paragraph type="secondary">{t('assessments.intro')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
        {!assessments && loading && <Card loading bordered={false} />}
        {assessments && assessments.length === 0 && (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="empty-detail">{t('assessments.empty')}</span>} data-testid="assessments-empty" />
        )}
        {chosen && (
          <>
            <div className="page-toolbar">
              <AssessmentPicker assessments={assessments!} chosen={chosen} onChoose={setChosenId} />
              <ExportButtons assessment={chosen} />
            </div>
            <AssessmentMeta assessment={chosen} />
          </>
        )}
      </Card>
      {chosen && (
        <Card>
          <LevelTabs key={chosen.id} assessment={chosen} />
        </Card>
      )}
    </div>
  );
}
