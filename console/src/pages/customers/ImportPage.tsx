import './customers.css';
import './messages.ts';
import { CloudUploadOutlined, DownloadOutlined, InboxOutlined, ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Progress, Result, Row, Space, Statistic, Steps, Table, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api.ts';
import { useFormat } from '../../format.ts';
import type { PageProps } from '../../navigation.tsx';
import { navigate } from '../../router.tsx';
import { downloadFile } from './files.ts';
import { EmptyFile, HeaderRejected, runImport, type ImportProgress } from './import-run.ts';
import { ROW_STATUSES, type ImportRowError, type ImportView } from './model.ts';
import { ScrollRegion } from './ScrollRegion.tsx';
import { problemText } from './ui.tsx';

type Phase =
  | { step: 'choose'; problem?: { title: string; lines: string[] } }
  | { step: 'counting' }
  | { step: 'sending'; progress: ImportProgress; paused?: string }
  | { step: 'done'; imp: ImportView; total: number; stopped: boolean };

const STEP_INDEX = { choose: 0, counting: 1, sending: 1, done: 2 } as const;

/**
 * The import wizard (`/customers/import`, admins and managers): 1. the template and the file;
 * 2. the browser reads the file as a stream and sends it in batches, with progress and the
 * counts so far; 3. the summary, the rejected rows (row number, column, reason) and the error
 * report as CSV.
 */
export default function ImportPage(_: PageProps) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [file, setFile] = useState<File>();
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const controller = useRef<AbortController | null>(null);
  const decide = useRef<((choice: 'retry' | 'stop') => void) | null>(null);
  const stoppedByUser = useRef(false);

  useEffect(() => () => controller.current?.abort(), []);

  const start = async () => {
    if (!file) return;
    const abort = new AbortController();
    controller.current = abort;
    stoppedByUser.current = false;
    let last: ImportProgress = { total: 0, done: 0 };
    try {
      const imp = await runImport(file, {
        signal: abort.signal,
        onCounting: () => setPhase({ step: 'counting' }),
        onProgress: (progress) => {
          last = progress;
          setPhase({ step: 'sending', progress });
        },
        onBatchFailed: (error) =>
          new Promise((resolve) => {
            decide.current = (choice) => {
              decide.current = null;
              if (choice === 'stop') stoppedByUser.current = true;
              setPhase({ step: 'sending', progress: last });
              resolve(choice);
            };
            setPhase({ step: 'sending', progress: last, paused: error.status === 0 ? t('errors.network') : problemText(error) });
          }),
      });
      setPhase({ step: 'done', imp, total: last.total, stopped: stoppedByUser.current });
    } catch (error) {
      if (error instanceof HeaderRejected) {
        const lines = (error.problem.problem.errors ?? []).map((e) => e.message);
        setPhase({ step: 'choose', problem: { title: t('customers.import.headerRejected'), lines: lines.length ? lines : [problemText(error.problem)] } });
      } else if (error instanceof EmptyFile) {
        setPhase({ step: 'choose', problem: { title: t('customers.import.emptyFile'), lines: [] } });
      } else if ((error as Error).name === 'AbortError') {
        setPhase({ step: 'choose' });
      } else if (error instanceof ApiError && error.status === 401) {
        // the session ended; the login page takes over
      } else {
        const detail = error instanceof ApiError ? problemText(error) : String(error);
        setPhase({ step: 'choose', problem: { title: t('customers.import.failed', { detail }), lines: [] } });
      }
    } finally {
      controller.current = null;
    }
  };

  const stop = () => {
    stoppedByUser.current = true;
    if (decide.current) decide.current('stop');
    else controller.current?.abort();
  };

  const template = async () => {
    try {
      await downloadFile('/v1/customers/import-template.csv', '客户导入模板.csv');
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(problemText(e));
    }
  };

  return (
    <div className="stack">
      <Card>
        <Steps
          current={STEP_INDEX[phase.step]}
          status={phase.step === 'choose' && phase.problem ? 'error' : undefined}
          items={[{ title: t('customers.import.steps.file') }, { title: t('customers.import.steps.send') }, { title: t('customers.import.steps.summary') }]}
          responsive
        />
      </Card>

      {phase.step === 'choose' && (
        <Card title={<h2 className="card-title">{t('customers.import.steps.file')}</h2>}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Typography.Paragraph className="import-intro">{t('customers.import.intro')}</Typography.Paragraph>
            <Button icon={<DownloadOutlined />} onClick={() => void template()} data-testid="import-template">
              {t('customers.import.template')}
            </Button>
            {phase.problem && (
              <Alert
                type="error"
                showIcon
                role="alert"
                data-testid="import-problem"
                title={phase.problem.title}
                description={
                  phase.problem.lines.length ? (
                    <ul className="plain-list compact-list">
                      {phase.problem.lines.map((line) => (
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
                setFile(chosen);
                setPhase({ step: 'choose' });
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
            <Button type="primary" size="large" icon={<CloudUploadOutlined />} disabled={!file} onClick={() => void start()} data-testid="import-start">
              {t('customers.import.start')}
            </Button>
          </Space>
        </Card>
      )}

      {(phase.step === 'counting' || phase.step === 'sending') && (
        <Card title={<h2 className="card-title">{t('customers.import.progress')}</h2>} data-testid="import-progress">
          {phase.step === 'counting' ? (
            <div role="status">
              <Progress percent={0} status="active" aria-label={t('customers.import.progress')} />
              <Typography.Text>{t('customers.import.counting')}</Typography.Text>
            </div>
          ) : (
            <SendProgress progress={phase.progress} />
          )}
          {phase.step === 'sending' && phase.paused && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              className="customer-alert"
              title={t('customers.import.paused', { detail: phase.paused })}
              action={
                <Button icon={<ReloadOutlined />} onClick={() => decide.current?.('retry')}>
                  {t('customers.import.retry')}
                </Button>
              }
            />
          )}
          <Button danger icon={<StopOutlined />} onClick={stop} className="import-stop">
            {t('customers.import.cancel')}
          </Button>
        </Card>
      )}

      {phase.step === 'done' && (
        <ImportSummary
          imp={phase.imp}
          total={phase.total}
          stopped={phase.stopped}
          onAgain={() => {
            setFile(undefined);
            setPhase({ step: 'choose' });
          }}
        />
      )}
    </div>
  );
}

const sizeOf = (bytes: number, language: string) =>
  bytes >= 1024 * 1024
    ? `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
    : `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / 1024)} KB`;

function SendProgress({ progress }: { progress: ImportProgress }) {
  const { t } = useTranslation();
  const f = useFormat();
  const percent = progress.total ? Math.floor((progress.done / progress.total) * 100) : 0;
  const counts = progress.import?.counts;
  return (
    <div data-testid="import-running">
      <Progress percent={percent} status={percent >= 100 ? 'success' : 'active'} aria-label={t('customers.import.progress')} data-testid="import-percent" />
      <p role="status" data-testid="import-rows">
        {t('customers.import.rows', { done: f.number(progress.done), total: f.number(progress.total) })}
      </p>
      <Counts counts={counts} />
    </div>
  );
}

function Counts({ counts }: { counts?: ImportView['counts'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Row gutter={[16, 16]} className="import-counts">
      {ROW_STATUSES.map((status) => (
        <Col key={status} xs={12} sm={8} md={4}>
          <Statistic title={t(`customers.import.counts.${status}`)} value={counts?.[status] ?? 0} formatter={(v) => f.number(Number(v))} data-testid={`count-${status}`} />
        </Col>
      ))}
    </Row>
  );
}

interface ErrorLine {
  key: string;
  row: number;
  accountNumber?: string;
  field: string;
  column?: string;
  message: string;
}

function ImportSummary({ imp, total, stopped, onAgain }: { imp: ImportView; total: number; stopped: boolean; onAgain(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [errors, setErrors] = useState<ErrorLine[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const counts = imp.counts;

  const load = async (cursor?: string) => {
    setLoading(true);
    try {
      const page = await api.get<{ items: ImportRowError[]; nextCursor: string | null }>(`/v1/customer-imports/${imp.id}/errors`, { cursor, limit: 100 });
      // A field error without its column (a required cell left empty) is shown with the file's header of that field.
      const headerOf = new Map(imp.columns.filter((c) => c.field).map((c) => [c.field!, c.column]));
      const lines = page.items.flatMap((e) =>
        e.errors.map((err, i) => ({ key: `${e.row}-${i}`, row: e.row, accountNumber: e.accountNumber, field: err.field, column: err.column ?? headerOf.get(err.field), message: err.message })),
      );
      setErrors((current) => (cursor ? [...current, ...lines] : lines));
      setNext(page.nextCursor);
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(problemText(e));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    if (imp.counts.rejected) void load();
  }, [imp.id]); // once per import

  const report = async () => {
    setDownloading(true);
    try {
      await downloadFile(`/v1/customer-imports/${imp.id}/errors.csv`, `import-${imp.id}-errors.csv`);
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(problemText(e));
    } finally {
      setDownloading(false);
    }
  };

  const processed = imp.rowsReceived;
  return (
    <>
      <Card data-testid="import-summary">
        <Result
          status={stopped ? 'warning' : counts.rejected ? 'warning' : 'success'}
          title={stopped ? t('customers.import.cancelled') : counts.rejected ? t('customers.import.doneWithErrors', { count: f.number(counts.rejected) }) : t('customers.import.doneTitle')}
          subTitle={t('customers.import.doneSummary', {
            total: f.number(processed),
            created: f.number(counts.created),
            updated: f.number(counts.updated),
            unchanged: f.number(counts.unchanged),
            rejected: f.number(counts.rejected),
            skipped: f.number(counts.skipped),
          })}
          extra={
            <Space wrap>
              <Button type="primary" onClick={() => navigate('/customers')}>
                {t('customers.import.toCustomers')}
              </Button>
              <Button onClick={onAgain}>{t('customers.import.again')}</Button>
            </Space>
          }
        />
        <Progress percent={total ? Math.min(100, Math.floor((processed / total) * 100)) : 100} aria-label={t('customers.import.progress')} data-testid="import-percent" />
        <Counts counts={counts} />
      </Card>
      <Card
        title={<h2 className="card-title">{t('customers.import.rejectedRows')}</h2>}
        extra={
          counts.rejected ? (
            <Button icon={<DownloadOutlined />} onClick={() => void report()} loading={downloading} data-testid="import-error-report">
              {t('customers.import.errorReport')}
            </Button>
          ) : undefined
        }
      >
        <ScrollRegion label={t('customers.import.rejectedRows')}>
          <Table<ErrorLine>
            rowKey="key"
            size="small"
            loading={loading}
            dataSource={errors}
            pagination={false}
            scroll={{ x: 720 }}
            data-testid="import-errors"
            locale={{ emptyText: t('customers.import.noErrors') }}
            columns={[
              { title: t('customers.import.row'), dataIndex: 'row', width: 80, render: (v: number) => f.number(v) },
              { title: t('customers.fields.accountNumber'), dataIndex: 'accountNumber', width: 150, render: (v?: string) => (v ? <code>{v}</code> : '') },
              {
                title: t('customers.import.field'),
                dataIndex: 'column',
                width: 160,
                render: (_, e) => (
                  <>
                    {e.column ?? ''} <code className="field-name">{e.field}</code>
                  </>
                ),
              },
              { title: t('customers.import.message'), dataIndex: 'message' },
            ]}
          />
        </ScrollRegion>
        {next && (
          <Button block onClick={() => void load(next)} loading={loading} className="load-more">
            {t('customers.import.loadMore')}
          </Button>
        )}
      </Card>
    </>
  );
}
