import { Alert, Button, Card, Empty, Skeleton, Timeline } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client, unwrap } from '../../api.ts';
import { useFormat } from '../../format.ts';
import { STATES, SUSPENSION_REASONS, type TimelineEntry } from './model.ts';
import { problemMessage } from '../../problem-message.ts';

const PAGE = 10;

/**
 * Everything that happened to the customer (GET /v1/customers/{id}/timeline), newest first, a
 * page at a time. Each entry: its action in the user's language (the server's summary for one
 * the console does not know), a detail line, who, and when on the tenant's clock.
 * `round` changes after the page changed the customer, to start again from the newest.
 */
export function TimelineCard({ customerId, round }: { customerId: string; round: number }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError>();

  const load = async (cursor: string | undefined, signal?: AbortSignal) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await unwrap(client.GET('/v1/customers/{id}/timeline', { params: { path: { id: customerId }, query: { cursor, limit: PAGE } }, signal }));
      setEntries((current) => (cursor ? [...current, ...page.items] : page.items));
      setNext(page.nextCursor);
    } catch (e) {
      if (signal?.aborted) return;
      if (e instanceof ApiError && e.status !== 401) setError(e);
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    void load(undefined, controller.signal);
    return () => controller.abort();
  }, [customerId, round]); // `load` is fresh each render; these are what it depends on

  /** A text of the catalogs (not a section of them). */
  const known = (key: string) => i18n.exists(key) && typeof i18n.t(key as 'customers.fields.name', { returnObjects: true }) === 'string';

  const label = (action: string, summary: string | null) => {
    const key = `customers.timeline.actions.${action}`;
    return known(key) ? t(key as 'customers.timeline.actions.customer.created') : (summary ?? action);
  };

  const detailOf = (e: TimelineEntry): string[] => {
    const d = e.detail ?? {};
    const lines: string[] = [];
    const state = (s: unknown) => (STATES.includes(s as (typeof STATES)[number]) ? t(`customers.states.${s as (typeof STATES)[number]}`) : String(s));
    if (d.from && d.to && d.from !== d.to) lines.push(t('customers.timeline.transition', { from: state(d.from), to: state(d.to) }));
    switch (e.action) {
      case 'customer.updated': {
        const fields = Object.keys((d.changes as Record<string, unknown>) ?? {}).map((name) => (known(`customers.fields.${name}`) ? t(`customers.fields.${name}` as 'customers.fields.name') : name));
        if (fields.length) lines.push(t('customers.timeline.changedFields', { fields: fields.join(f.language.startsWith('zh') ? '、' : ', ') }));
        break;
      }
      case 'customer.sign-contract':
        if (d.contract === 'supply' || d.contract === 'safe-use') lines.push(t('customers.timeline.contract', { contract: t(`customers.lifecycle.contracts.${d.contract}`) }));
        break;
      case 'customer.accept':
        if (typeof d.inspector === 'string') lines.push(t('customers.timeline.inspector', { inspector: d.inspector }));
        break;
      case 'customer.suspend':
        if (SUSPENSION_REASONS.includes(d.reason as (typeof SUSPENSION_REASONS)[number])) {
          lines.push(t('customers.timeline.reason', { reason: t(`customers.suspensionReasons.${d.reason as (typeof SUSPENSION_REASONS)[number]}`) }));
        }
        break;
      case 'customer.close':
      case 'customer.revealed':
        if (typeof d.reason === 'string') lines.push(t('customers.timeline.reason', { reason: d.reason }));
        break;
      case 'meter.installed':
        if (typeof d.serial === 'string') lines.push(t('customers.timeline.meter', { serial: d.serial }));
        break;
      case 'meter.ic-card-purchase': // money in integer fen (entries from before it was are shown without the amounts)
        if (typeof d.amountFen === 'number' && typeof d.balanceFen === 'number') lines.push(t('customers.timeline.purchase', { serial: String(d.serial ?? ''), amount: f.money(d.amountFen), balance: f.money(d.balanceFen) }));
        break;
      case 'meter.replaced':
        if (typeof d.oldSerial === 'string' && typeof d.newSerial === 'string') lines.push(`${d.oldSerial} → ${d.newSerial}`);
        break;
    }
    return lines;
  };

  return (
    <Card title={<h2 className="card-title">{t('customers.timeline.title')}</h2>} data-testid="timeline-card">
      {error && <Alert type="error" showIcon title={problemMessage(t, error)} action={<Button onClick={() => void load(undefined)}>{t('errors.retry')}</Button>} />}
      {!entries.length && loading && <Skeleton active />}
      {!entries.length && !loading && !error && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.timeline.empty')} />}
      {entries.length > 0 && (
        <Timeline
          className="customer-timeline"
          items={entries.map((e) => ({
            key: e.id,
            content: (
              <div className="timeline-entry" data-action={e.action}>
                <div className="timeline-head">
                  <strong className="timeline-action">{label(e.action, e.summary)}</strong>
                  <span className="timeline-actor">{e.actor?.name ?? e.actor?.id}</span>
                </div>
                {detailOf(e).map((line) => (
                  <div key={line} className="timeline-detail">
                    {line}
                  </div>
                ))}
                <time className="timeline-time" dateTime={e.at}>
                  {f.dateTime(e.at)}
                </time>
              </div>
            ),
          }))}
        />
      )}
      {next && (
        <Button block onClick={() => void load(next)} loading={loading}>
          {t('customers.timeline.loadMore')}
        </Button>
      )}
    </Card>
  );
}
