import { App, Button, Modal, Progress, Typography } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { downloadChunks, saveBlob, type ChunkProgress } from './files.ts';
import type { CustomerClass } from './model.ts';
import { tenantToday } from './time.ts';
import { problemMessage } from '../../problem-message.ts';

/**
 * "Export CSV": every chunk of GET /v1/customers/export.csv for the region scope and class,
 * joined into one file (one BOM) and saved once, with the rows so far shown while it runs.
 */
export function ExportButton({ regionId, cls, icon }: { regionId?: string; cls?: CustomerClass; icon?: ReactNode }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<ChunkProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ chunks: 0, rows: 0 });
    try {
      let rows: number | null = 0;
      const { blob, fileName } = await downloadChunks('/v1/customers/export.csv', { regionId, class: cls }, {
        signal: abort.signal,
        onProgress: (p) => {
          rows = p.rows;
          setProgress(p);
        },
      });
      const day = tenantToday(f.timeZone).replaceAll('-', '');
      saveBlob(blob, fileName && fileName !== 'customers.csv' ? fileName : `customers-${regionId ?? 'all'}-${day}.csv`);
      setProgress(null);
      void message.success(rows !== null ? t('customers.export.done', { rows: f.number(rows) }) : t('customers.export.doneNoCount'));
    } catch (error) {
      setProgress(null);
      if ((error as Error).name === 'AbortError') return;
      if (error instanceof ApiError && error.status !== 401) void message.error(t('customers.export.failed', { detail: problemMessage(t, error) }));
    } finally {
      controller.current = null;
    }
  };

  const running = progress !== null;
  return (
    <>
      <Button icon={icon} onClick={() => void run()} loading={running} data-testid="export-csv">
        {t('customers.search.export')}
      </Button>
      <Modal
        open={running}
        title={t('customers.export.title')}
        closable={false}
        mask={{ closable: false }}
        footer={<Button onClick={() => controller.current?.abort()}>{t('customers.export.cancel')}</Button>}
      >
        <div role="status" data-testid="export-progress">
          <Progress percent={100} status="active" showInfo={false} aria-label={t('customers.export.running')} />
          <Typography.Paragraph>
            {progress?.rows != null ? t('customers.export.progress', { rows: f.number(progress.rows) }) : t('customers.export.progressChunks', { chunks: f.number(progress?.chunks ?? 0) })}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('customers.export.masked')}</Typography.Text>
        </div>
      </Modal>
    </>
  );
}
