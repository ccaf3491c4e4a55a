import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Progress, Result, Space, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { navigate } from '../../router.tsx';
import { downloadFile } from './files.ts';
import { ImportCounts } from './ImportCounts.tsx';
import type { ImportView } from './model.ts';
import { ScrollRegion } from './ScrollRegion.tsx';
import { problemMessage } from '../../problem-message.ts';

/** Step 3 of the import wizard: the summary, the rejected rows (row number, column, reason) and the error report as CSV. */
interface ErrorLine {
  key: string;
  row: number;
  accountNumber?: string;
  field: string;
  column?: string;
  message: string;
}

export function ImportSummaryStep({ imp, total, stopped, onAgain }: { imp: ImportView; total: number; stopped: boolean; onAgain(): void }) {
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
      const page = await unwrap(client.GET('/v1/customer-imports/{id}/errors', { params: { path: { id: imp.id }, query: { cursor, limit: 100 } } }));
      // A field error without its column (a required cell left empty) is shown with the file's header of that field.
      const headerOf = new Map(imp.columns.filter((c) => c.field).map((c) => [c.field!, c.column]));
      const lines = page.items.flatMap((e) =>
        e.errors.map((err, i) => ({ key: `${e.row}-${i}`, row: e.row, accountNumber: e.accountNumber, field: err.field, column: err.column ?? headerOf.get(err.field), message: err.message })),
      );
      setErrors((current) => (cursor ? [...current, ...lines] : lines));
      setNext(page.nextCursor);
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(problemMessage(t, e));
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
      if (e instanceof ApiError && e.status !== 401) void message.error(problemMessage(t, e));
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
        <ImportCounts counts={counts} />
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
