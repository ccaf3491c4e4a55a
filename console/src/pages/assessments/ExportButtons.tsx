import type { AssessmentSummary } from '../../../../shared/contract/assessments.ts';
import { ReportExportButtons } from '../../components/ReportExportButtons.tsx';
import { downloadAssessment } from './api.ts';

/** The scorecards the user may see as Excel or CSV. */
export function ExportButtons({ assessment }: { assessment: AssessmentSummary }) {
  return <ReportExportButtons download={(format) => downloadAssessment(assessment, format)} keys="assessments" formats={['xlsx', 'csv']} />;
}
