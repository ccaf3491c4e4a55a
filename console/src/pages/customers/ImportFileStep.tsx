import { CloudUploadOutlined, DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { downloadFile } from './files.ts';
import { problemMessage } from '../../problem-message.ts';

export interface FileProblem {
  title: string;
  lines: string[];
}

/** Step 1 of the import wizard: the template, the file, and why the last attempt was refused. */
export function ImportFileStep({ file, problem, onChoose, onStart }: { file?: File; problem?: FileProblem; onChoose(file: File): void; onStart(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();

  const template = async () => {
    try {
      await downloadFile('/v1/customers/import-template.csv', '客户导入模板.csv');
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(problemMessage(t, e));
    }
  };

  return (
    <Card title={<h2 className="card-title">{t('customers.import.steps.file')}</h2>}>
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Typography.Paragraph className="import-intro">{t('customers.import.intro')}</Typography.Paragraph>
        <Button icon={<DownloadOutlined />} onClick={() => void template()} data-testid="import-template">
          {t('customers.import.template')}
        </Button>
        {problem && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="import-problem"
            title={problem.title}
            description={
              problem.lines.length ? (
                <ul className="plain-list compact-list">
                  {problem.lines.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : undefined
            }
          />
        )}
        <Upload.Dragger
          accept=".csv,text/csv"
          multiple={false}
          showUploadList={false}
          beforeUpload={(chosen) => {
            onChoose(chosen);
            return false;
          }}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden="true" />
          </p>
          <p className="ant-upload-text">{t('customers.import.choose')}</p>
          <p className="ant-upload-hint">{t('customers.import.chooseHint')}</p>
        </Upload.Dragger>
        {file && (
          <Typography.Text strong data-testid="import-chosen">
            {t('customers.import.chosen', { name: file.name, size: sizeOf(file.size, f.language) })}
          </Typography.Text>
        )}
        <Button type="primary" size="large" icon={<CloudUploadOutlined />} disabled={!file} onClick={onStart} data-testid="import-start">
          {t('customers.import.start')}
        </Button>
      </Space>
    </Card>
  );
}

const sizeOf = (bytes: number, language: string) =>
  bytes >= 1024 * 1024
    ? `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
    : `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`;

