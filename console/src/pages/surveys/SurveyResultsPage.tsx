import './messages.ts';
import './surveys.css';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResultsView } from './ResultsView.tsx';

/** 满意度结果 / Satisfaction results: every campaign and the tickets' return visits together (GET /v1/survey-results), by period. */
export default function SurveyResultsPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Card>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('surveys.results.intro')}
        </Typography.Paragraph>
      </Card>
      <ResultsView />
    </div>
  );
}
