import { ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format.ts';
import { ImportCounts } from './ImportCounts.tsx';
import type { ImportProgress } from './import-run.ts';

/**
 * Step 2 of the import wizard: counting the file's rows, then the batches going out, with the
 * counts so far; a batch that keeps failing pauses here until the user retries or stops.
 */
export function ImportSendStep({ phase, onRetry, onStop }: { phase: { step: 'counting' } | { step: 'sending'; progress: ImportProgress; paused?: string }; onRetry(): void; onStop(): void }) {
  const { t } = useTranslation();
  return (
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
            <Button icon={<ReloadOutlined />} onClick={onRetry}>
              {t('customers.import.retry')}
            </Button>
          }
        />
      )}
      <Button danger icon={<StopOutlined />} onClick={onStop} className="import-stop">
        {t('customers.import.cancel')}
      </Button>
    </Card>
  );
}

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
      <ImportCounts counts={counts} />
    </div>
  );
}

