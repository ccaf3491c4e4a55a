import { CliError, type ApiClient } from './api.ts';

/** `POST /v1/webhooks/{id}/test`, then (unless `wait` is false) the delivery until its first attempt has an answer. */
export async function testWebhook(api: ApiClient, id: string, options: { wait?: boolean; json?: boolean; timeoutMs?: number; out?: (line: string) => void } = {}) {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const { data: queued } = await api.POST('/v1/webhooks/{id}/test', { params: { path: { id } } });
  if (!queued) throw new CliError(`webhook ${id}: no delivery in the answer`);
  let delivery = queued;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  while (options.wait !== false && delivery.state === 'pending' && delivery.attemptCount === 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    const { data } = await api.GET('/v1/webhooks/{id}/deliveries/{deliveryId}', { params: { path: { id, deliveryId: queued.id } } });
    if (data) delivery = data;
  }
  if (options.json) out(JSON.stringify(delivery));
  else {
    const last = delivery.attempts.at(-1);
    out(
      `delivery ${delivery.id} (${delivery.eventType}): ${delivery.state}` +
        (last ? `, attempt ${delivery.attemptCount}: ${delivery.lastStatus ?? 'no answer'}${delivery.lastError ? ` (${delivery.lastError})` : ''}` : ', not attempted yet') +
        (delivery.nextAttemptAt ? `; next attempt ${delivery.nextAttemptAt}` : ''),
    );
  }
  if (delivery.state === 'dead' || (delivery.lastStatus !== null && (delivery.lastStatus < 200 || delivery.lastStatus > 299)) || (delivery.lastError && delivery.state !== 'succeeded')) {
    throw new CliError(`webhook ${id}: the test delivery failed (${delivery.lastStatus ?? delivery.lastError ?? delivery.state})`);
  }
  return delivery;
}
