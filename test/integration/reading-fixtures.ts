import { expect } from '@jest/globals';
import type { caller } from '../support/retry.ts';
import { newCustomer, uniq } from './customers-fixtures.ts';

type Call = ReturnType<typeof caller>;

export interface MeterOptions {
  regionId?: string;
  startRead?: number;
  digits?: number;
  type?: string;
  gasOn?: boolean;
  class?: string;
  placement?: 'indoor' | 'outdoor';
}

/** A customer (gas on unless asked otherwise) with a meter installed on 2026-01-01, over HTTP; the meter's id. */
export async function gasOnMeter(call: Call, admin: string, options: MeterOptions = {}): Promise<string> {
  const customer = (await call(admin, 'POST', '/v1/customers', newCustomer({ regionId: options.regionId ?? 'r-east', ...(options.class ? { class: options.class } : {}) }))).body;
  if (options.gasOn !== false) {
    for (const action of [
      { action: 'accept', inspectionPassedAt: '2026-01-04T09:00:00+08:00', inspector: '陈刚' },
      { action: 'sign-contract', contract: 'supply', signedAt: '2026-01-05T09:00:00+08:00' },
      { action: 'sign-contract', contract: 'safe-use', signedAt: '2026-01-05T09:00:00+08:00' },
      { action: 'gas-on' },
    ]) expect((await call(admin, 'POST', `/v1/customers/${customer.id}/actions`, action)).status).toBe(200);
  }
  const res = await call(admin, 'POST', `/v1/customers/${customer.id}/meters`, {
    serial: `RD${uniq()}`,
    type: options.type ?? 'diaphragm',
    digits: options.digits ?? 5,
    installedAt: '2026-01-01',
    startRead: options.startRead ?? 0,
    ...(options.placement ? { placement: options.placement } : {}),
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

/** A reading as POST /v1/readings takes it (source `field` unless given). */
export const reading = (meterId: string, value: number, readAt: string, extra: Record<string, unknown> = {}) => ({ meterId, value, readAt, source: 'field', ...extra });
