import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Progress, Table, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Job, Run } from '../../../../shared/contract/jobs.ts';
import { ApiError, client, unwrap, idempotencyKey } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { useRequest } from '../../useRequest.ts';

type RunState = Run['state'];
type JobRow = Job;
type RunView = Run;

const STATE_COLORS: Record<RunState, string> = { queued: 'default', running: 'processing', succeeded: 'success', failed: 'error' };
const POLL_MS = 700;
const finished = (state: RunState) => state === 'succeeded' || state === 'failed';

/** Admin: the scheduled jobs, their last run, and "run now" with the run's progress. */
export default function JobsPage() {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useRequest((signal) => unwrap(client.GET('/v1/jobs', { signal })), []);
  const [runs, setRuns] = useState<Record<string, RunView>>({});
  const alive = useRef(true);
  useEffect(() => () => void (alive.current = false), []);

  // Jobs come from the server's schedule manifest; a job the catalogs know is shown in the
  // user's language, any other with the server's name and summary.
  const jobName = (name: string) => {
    const key = `jobs.names.${name}`;
    return i18n.exists(key) ? t(key as 'jobs.names.archive-stats') : name;
  };
  const jobSummary = (job: JobRow) => {
    const key = `jobs.summaries.${job.name}`;
    return i18n.exists(key) ? t(key as 'jobs.summaries.archive-stats') : job.summary;
  };

  const poll = async (run: RunView) => {
    let current = run;
    while (alive.current && !finished(current.state)) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (!alive.current) return;
      try {
        current = await unwrap(client.GET('/v1/jobs/{job}/runs/{runId}', { params: { path: { job: run.job, runId: run.runId } } }));
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return;
        continue; // a blip: poll again
      }
      setRuns((r) => ({ ...r, [run.job]: current }));
    }
    if (!alive.current) return;
    if (current.state === 'succeeded') void message.success(t('jobs.succeeded', { job: jobName(run.job) }));
    else void message.error(t('jobs.failed', { job: jobName(run.job), error: current.error ?? '' }));
    reload();
  };

  const runNow = async (job: string) => {
    try {
      const run = await unwrap(client.POST('/v1/jobs/{job}/runs', { params: { path: { job } }, body: {}, headers: { 'idempotency-key': idempotencyKey() } }));
      setRuns((r) => ({ ...r, [job]: run }));
      void message.info(t('jobs.started', { job: jobName(job) }));
      void poll(run);
    } catch (e) {
      if (e instanceof ApiError && e.status !== 401) void message.error(t('errors.generic', { detail: e.problem.detail ?? e.problem.title }));
    }
  };

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('jobs.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error.problem.detail ?? error.problem.title} action={<Button onClick={reload}>{t('errors.retry')}</Button>} />}
      <Table<JobRow>
        rowKey="name"
        loading={loading}
        dataSource={data?.items ?? []}
        pagination={false}
        scroll={{ x: 860 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('jobs.empty')} /> }}
        columns={[
          {
            title: t('jobs.job'),
            dataIndex: 'name',
            render: (_, job) => (
              <>
                <div className="job-name">{jobName(job.name)}</div>
                <Typography.Text type="secondary" className="job-summary">
                  <code>{job.name}</code> · {jobSummary(job)}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t('jobs.schedule'),
            dataIndex: 'schedule',
            width: 190,
            render: (_, job) => (
              <>
                <code>{job.schedule}</code>
                <div className="job-summary">{job.timeZone}</div>
              </>
            ),
          },
          {
            title: t('jobs.lastRun'),
            dataIndex: 'lastRun',
            width: 260,
            render: (_, job) => {
              const active = runs[job.name];
              if (active && !finished(active.state)) {
                const { done, total } = active.progress;
                const text = total ? t('jobs.progressOf', { done: f.number(done), total: f.number(total) }) : t('jobs.progressText', { done: f.number(done) });
                return (
                  <div data-testid={`job-progress-${job.name}`}>
                    <Tag color={STATE_COLORS[active.state]}>{t(`jobs.states.${active.state}`)}</Tag>
                    <Progress percent={total ? Math.floor((done / total) * 100) : 0} status="active" size="small" aria-label={t('jobs.progress', { job: jobName(job.name) })} />
                    <div className="job-summary">{text}</div>
                  </div>
                );
              }
              const last = job.lastRun;
              if (!last) return <Typography.Text type="secondary">{t('jobs.never')}</Typography.Text>;
              return (
                <div data-testid={`job-last-${job.name}`}>
                  <Tag color={STATE_COLORS[last.state]}>{t(`jobs.states.${last.state}`)}</Tag>
                  <div className="job-summary">{t('jobs.asOf', { time: f.dateTime(last.asOf) })}</div>
                  {last.finishedAt && <div className="job-summary">{t('jobs.finishedAt', { time: f.dateTime(last.finishedAt) })}</div>}
                </div>
              );
            },
          },
          {
            title: t('jobs.actions'),
            key: 'actions',
            width: 140,
            render: (_, job) => {
              const active = runs[job.name];
              return (
                <Button
                  icon={<PlayCircleOutlined />}
                  onClick={() => void runNow(job.name)}
                  loading={Boolean(active && !finished(active.state))}
                  aria-label={t('jobs.runNowFor', { job: jobName(job.name) })}
                >
                  {t('jobs.runNow')}
                </Button>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
