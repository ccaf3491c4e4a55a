import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../../../shared/contract/assessments.ts';
import { ApiError } from '../../api.ts';
import { problemMessage } from '../../problem-message.ts';
import { saveBlob } from '../customers/files.ts';
import { downloadAssessment } from './api.ts';

/** The scorecards the user may see as Excel or CSV, fetched with the session's token and saved under the server's name. */
export function ExportButtons({ assessment }: { assessment: AssessmentSummary }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState<'csv' | 'xlsx'>();
  const exportAs = async (format: 'csv' | 'xlsx') => {
    setExporting(format);
    try {
      const { blob, fileName } = await downloadAssessment(assessment, format);
      saveBlob(blob, fileName);
      void message.success(t('assessments.exported', { file: fileName }));
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(t('assessments.exportFailed', { detail: problemMessage(t, e) }));
    } finally {
      setExporting(undefined);
    }
  };
  return (
    <Space wrap>
      <Button icon={<FileExcelOutlined />} loading={exporting === 'xlsx'} onClick={() => void exportAs('xlsx')} data-testid="export-xlsx">
        {t('assessments.exportXlsx')}
      </Button>
      <Button icon={<FileTextOutlined />} loading={exporting === 'csv'} onClick={() => void exportAs('csv')} data-testid="export-csv">
        {t('assessments.exportCsv')}
      </Button>
    </Space>
  );
}
