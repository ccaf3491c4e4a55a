import './messages.ts';
import { Alert, Button, Card, Empty, Form, InputNumber, Modal, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, unwrap, type ApiError } from '../../api.ts';
import { useSession } from '../../auth.tsx';
import { useFormat } from '../../format.ts';
import type { PageProps } from '../../navigation.tsx';
import { problemMessage } from '../../problem-message.ts';
import { useRequest } from '../../useRequest.ts';
import { CycleProgress } from './CycleDrawer.tsx';
import { queueKey, useEntryQueue, type EntryState, type QueuedEntry } from './entry-queue.ts';
import { GRADE_COLORS, METER_STATUS_COLORS, type ReadCycleDetail, type ReadCycleMeter, type ReadCycleView } from './model.ts';

const ENTRY_COLORS: Record<EntryState, string> = { pending: 'default', sending: 'processing', retrying: 'warning', accepted: 'success', rejected: 'error' };

/**
 * 手机抄表: the reader's open cycles (GET /v1/read-cycles?state=open, theirs), the chosen one's
 * meters in walk order as large buttons; a tap asks for the value, which joins the phone's queue
 * (entry-queue.ts) and is posted with its own Idempotency-Key, retried until the server has
 * answered. Each entry shows its state and the VEE exceptions the server raised.
 */
export default function FieldEntryPage(_: PageProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [cycleId, setCycleId] = useState<string>();
  const [entering, setEntering] = useState<ReadCycleMeter>();
  const [online, setOnline] = useState(() => navigator.onLine);
  const cycleLabel = useId();

  const cycles = useRequest(
    (signal) => unwrap(client.GET('/v1/read-cycles', { params: { query: { state: 'open', limit: 100 } }, signal })) as Promise<{ items: ReadCycleView[] }>,
    [],
  );
  const mine = (cycles.data?.items ?? []).filter((c) => c.reader === user.username);
  const chosen = cycleId ?? mine[0]?.id;
  const detail = useRequest(
    (signal) => (chosen ? (unwrap(client.GET('/v1/read-cycles/{id}', { params: { path: { id: chosen } }, signal })) as Promise<ReadCycleDetail>) : Promise.resolve(undefined)),
    [chosen],
  );
  const describe = useCallback((e: ApiError) => (e.status === 0 ? t('errors.network') : problemMessage(t, e)), [t]);
  const queue = useEntryQueue(queueKey(user.tenant, user.username), describe, detail.reload);

  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);

  const cycle = detail.data;
  const queued = (meterId: string) => queue.entries.filter((e) => e.meterId === meterId && e.cycleId === chosen).at(-1);

  return (
    <div className="stack field-entry">
      <Typography.Paragraph type="secondary">{t('reading.entry.intro')}</Typography.Paragraph>
      {!online && <Alert type="warning" showIcon title={t('reading.entry.offline')} data-testid="entry-offline" />}
      {(cycles.error ?? detail.error) && (
        <Alert type="error" showIcon title={problemMessage(t, (cycles.error ?? detail.error)!)} action={<Button onClick={cycles.reload}>{t('errors.retry')}</Button>} />
      )}
      {mine.length > 1 && (
        <div className="reading-region">
          <span id={cycleLabel}>{t('reading.entry.cycle')}</span>
          <Select
            aria-labelledby={cycleLabel}
            value={chosen}
            onChange={(v: string) => setCycleId(v)}
            style={{ minWidth: 200 }}
            options={mine.map((c) => ({ value: c.id, label: `${c.bookName} · ${c.period}` }))}
          />
        </div>
      )}
      {cycles.data && !mine.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={<span className="empty-detail">{t('reading.entry.noCycle')}</span>} />}
      {(cycles.loading || detail.loading) && !cycle && mine.length > 0 && <Card loading />}
      {cycle && (
        <Card title={<h2 className="card-title">{t('reading.cycle.title', { book: cycle.bookName, period: cycle.period })}</h2>}>
          <CycleProgress cycle={cycle} />
          <ol className="entry-list" data-testid="entry-meters">
            {cycle.meters.map((m) => (
              <li key={m.meterId} data-meter-id={m.meterId}>
                <MeterButton meter={m} entry={queued(m.meterId)} onTap={() => setEntering(m)} />
              </li>
            ))}
          </ol>
        </Card>
      )}
      <EntryLog entries={queue.entries} onRetry={() => void queue.flush()} onClear={queue.clearDone} />
      {entering && cycle && (
        <EntryDialog
          meter={entering}
          onCancel={() => setEntering(undefined)}
          onSave={(value) => {
            queue.add({ meterId: entering.meterId, serial: entering.serial, cycleId: cycle.id, value, readAt: new Date().toISOString() });
            setEntering(undefined);
          }}
        />
      )}
    </div>
  );
}

function MeterButton({ meter, entry, onTap }: { meter: ReadCycleMeter; entry?: QueuedEntry; onTap(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Button className="entry-meter" onClick={onTap}>
      <span className="entry-meter-main">
        <span className="entry-meter-serial">
          {meter.seq}. <code>{meter.serial}</code>
        </span>
        <span className="entry-meter-last">{meter.lastReading ? t('reading.entry.last', { value: f.number(meter.lastReading.value) }) : t('reading.entry.noLast')}</span>
      </span>
      <Space direction="vertical" size={2} align="end">
        <Tag color={METER_STATUS_COLORS[meter.status]} data-status={meter.status}>
          {t(`reading.meterStatus.${meter.status}`)}
        </Tag>
        {entry && entry.state !== 'accepted' && <Tag color={ENTRY_COLORS[entry.state]}>{t(`reading.entry.status.${entry.state}`)}</Tag>}
      </Space>
    </Button>
  );
}

function EntryDialog({ meter, onCancel, onSave }: { meter: ReadCycleMeter; onCancel(): void; onSave(value: number): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [form] = Form.useForm<{ value: number }>();
  const submit = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (values) onSave(values.value);
  };
  return (
    <Modal
      open
      title={t('reading.entry.enter', { serial: meter.serial })}
      okText={t('reading.entry.save')}
      cancelText={t('reading.entry.cancel')}
      onOk={() => void submit()}
      onCancel={onCancel}
      okButtonProps={{ size: 'large', htmlType: 'submit' }}
      cancelButtonProps={{ size: 'large' }}
      destroyOnHidden
    >
      <Typography.Paragraph>{meter.lastReading ? t('reading.entry.last', { value: f.number(meter.lastReading.value) }) : t('reading.entry.noLast')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item name="value" label={t('reading.entry.value')} rules={[{ required: true, message: t('reading.entry.valueRequired') }]}>
          <InputNumber className="entry-value" min={0} max={9_999_999_999} precision={3} step={1} inputMode="decimal" autoFocus style={{ width: '100%' }} size="large" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function EntryLog({ entries, onRetry, onClear }: { entries: QueuedEntry[]; onRetry(): void; onClear(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const waiting = entries.some((e) => e.state === 'pending' || e.state === 'retrying');
  return (
    <Card
      title={<h2 className="card-title">{t('reading.entry.queueTitle')}</h2>}
      extra={
        <Space wrap>
          {waiting && <Button onClick={onRetry}>{t('reading.entry.retryNow')}</Button>}
          {entries.some((e) => e.state === 'accepted' || e.state === 'rejected') && <Button onClick={onClear}>{t('reading.entry.clearDone')}</Button>}
        </Space>
      }
    >
      {!entries.length ? (
        <Typography.Text type="secondary">{t('reading.entry.queueEmpty')}</Typography.Text>
      ) : (
        <ul className="entry-queue" data-testid="entry-queue">
          {[...entries].reverse().map((e) => (
            <li key={e.key} data-key={e.key} data-state={e.state}>
              <div>{t('reading.entry.entryLine', { serial: e.serial, value: f.number(e.value), time: f.dateTime(e.readAt) })}</div>
              <Space wrap size={4}>
                <Tag color={ENTRY_COLORS[e.state]}>{t(`reading.entry.status.${e.state}`)}</Tag>
                {e.result?.consumption !== null && e.result?.consumption !== undefined && <span>{t('reading.entry.consumption', { value: f.number(e.result.consumption) })}</span>}
                {e.result?.exceptions.map((x) => (
                  <Tag key={x.rule} color={GRADE_COLORS[x.grade]} data-rule={x.rule}>
                    {t('reading.entry.exception', { rule: t(`reading.exceptions.rules.${x.rule}`), grade: t(`reading.exceptions.grades.${x.grade}`) })}
                  </Tag>
                ))}
                {e.result?.reason && <Typography.Text type="danger">{e.result.reason}</Typography.Text>}
              </Space>
              {e.lastError && e.state !== 'accepted' && <Typography.Text type="secondary">{t('reading.entry.lastError', { error: e.lastError })}</Typography.Text>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
