import { FileExcelOutlined, FileTextOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api.ts';
import { problemMessage } from '../problem-message.ts';
import { saveBlob } from '../pages/customers/files.ts';

type Format = 'csv' | 'xlsx';

/**
 * A report's export buttons: the file fetched with the session's token and saved under the
 * server's name, a message when done or refused. `keys` is the page's catalog prefix, holding
 * `exportCsv`, `exportXlsx`, `exported` and `exportFailed`.
 */
export function ReportExportButtons({ download, keys, formats = ['csv', 'xlsx'] }: { download: (format: Format) => Promise<{ blob: Blob; fileName: string }>; keys: 'surveys.results' | 'assessments'; formats?: readonly Format[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState<Format>();
  const exportAs = async (format: Format) => {
    setExporting(format);
    try {
      const { blob, fileName } = await download(format);
      saveBlob(blob, fileName);
      void message.success(t(`${keys}.exported`, { file: fileName }));
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(t(`${keys}.exportFailed`, { detail: problemMessage(t, e) }));
    } finally {
      setExporting(undefined);
    }
  };
  return (
    <Space wrap>
      {formats.map((format) => (
        <Button key={format} icon={format === 'xlsx' ? <FileExcelOutlined /> : <FileTextOutlined />} loading={exporting === format} onClick={() => void exportAs(format)} data-testid={`export-${format}`}>
          {t(format === 'xlsx' ? `${keys}.exportXlsx` : `${keys}.exportCsv`)}
        </Button>
      ))}
    </Space>
  );
}
