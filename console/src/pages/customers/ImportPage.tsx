import './customers.css';
import './messages.ts';
import { Card, Steps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api.ts';
import type { PageProps } from '../../navigation.tsx';
import { ImportFileStep, type FileProblem } from './ImportFileStep.tsx';
import { EmptyFile, HeaderRejected, runImport, type ImportProgress } from './import-run.ts';
import { ImportSendStep } from './ImportSendStep.tsx';
import { ImportSummaryStep } from './ImportSummaryStep.tsx';
import type { ImportView } from './model.ts';
import { problemMessage } from '../../problem-message.ts';

type Phase =
  | { step: 'choose'; problem?: FileProblem }
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
            setPhase({ step: 'sending', progress: last, paused: error.status === 0 ? t('errors.network') : problemMessage(t, error) });
          }),
      });
      setPhase({ step: 'done', imp, total: last.total, stopped: stoppedByUser.current });
    } catch (error) {
      if (error instanceof HeaderRejected) {
        const lines = (error.problem.problem.errors ?? []).map((e) => e.message);
        setPhase({ step: 'choose', problem: { title: t('customers.import.headerRejected'), lines: lines.length ? lines : [problemMessage(t, error.problem)] } });
      } else if (error instanceof EmptyFile) {
        setPhase({ step: 'choose', problem: { title: t('customers.import.emptyFile'), lines: [] } });
      } else if ((error as Error).name === 'AbortError') {
        setPhase({ step: 'choose' });
      } else if (error instanceof ApiError && error.status === 401) {
        // the session ended; the login page takes over
      } else {
        const detail = error instanceof ApiError ? problemMessage(t, error) : String(error);
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
        <ImportFileStep
          file={file}
          problem={phase.problem}
          onChoose={(chosen) => {
            setFile(chosen);
            setPhase({ step: 'choose' });
          }}
          onStart={() => void start()}
        />
      )}

      {(phase.step === 'counting' || phase.step === 'sending') && <ImportSendStep phase={phase} onRetry={() => decide.current?.('retry')} onStop={stop} />}

      {phase.step === 'done' && (
        <ImportSummaryStep
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
