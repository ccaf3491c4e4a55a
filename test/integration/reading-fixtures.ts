import type { TestApp } from '../support/app.ts';
import type { Call } from '../support/retry.ts';
import { newCustomer, uniq } from './customers-fixtures.ts';

/** Fixtures of the meter-reading suites: a metered customer, a reading, another member of staff. */

export interface MeterOptions {
  regionId?: string;
  startRead?: number;
  digits?: number;
  type?: string;
  gasOn?: boolean;
  class?: string;
  placement?: 'indoor' | 'outdoor';
}

/** A customer (gas on unless told otherwise) with a meter (5 digits unless told otherwise) installed on 2026-01-01, over HTTP. */
export async function meteredCustomer(call: Call, admin: string, options: MeterOptions = {}): Promise<{ meterId: string; customerId: string }> {
  const customer = (await call(admin, 'POST', '/v1/customers', newCustomer({ regionId: options.regionId ?? 'r-east', ...(options.class ? { class: options.class } : {}) }))).body;
  if (options.gasOn !== false) {
    for (const action of [
      { action: 'accept', inspectionPassedAt: '2026-01-04T09:00:00+08:00', inspector: '陈刚' },
      { action: 'sign-contract', contract: 'supply', signedAt: '2026-01-05T09:00:00+08:00' },
      { action: 'sign-contract', contract: 'safe-use', signedAt: '2026-01-05T09:00:00+08:00' },
      { action: 'gas-on' },
    ]) {
      const res = await call(admin, 'POST', `/v1/customers/${customer.id}/actions`, action);
      if (res.status !== 200) throw new Error(`${action.action}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }
  const res = await call(admin, 'POST', `/v1/customers/${customer.id}/meters`, {
    serial: `RD${uniq()}`,
    type: options.type ?? 'diaphragm',
    digits: options.digits ?? 5,
    installedAt: '2026-01-01',
    startRead: options.startRead ?? 0,
    ...(options.placement ? { placement: options.placement } : {}),
  });
  if (res.status !== 201) throw new Error(`meter: ${res.status} ${JSON.stringify(res.body)}`);
  return { meterId: res.body.id, customerId: customer.id };
}

/** The meter's id of `meteredCustomer`. */
export const gasOnMeter = async (call: Call, admin: string, options: MeterOptions = {}): Promise<string> => (await meteredCustomer(call, admin, options)).meterId;

/** A reading as POST /v1/readings takes it (source `field` unless given). */
export const reading = (meterId: string, value: number, readAt: string, extra: Record<string, unknown> = {}) => ({ meterId, value, readAt, source: 'field', ...extra });

const PASSWORD = 'Gas-meter-2026';

/** A user the admin created, who set a password through the setup link and signed in: their token. */
export async function newStaff(app: TestApp, call: Call, admin: string, roles: string[], regions?: string[]): Promise<{ username: string; token: string }> {
  const username = `s-${uniq()}`;
  const created = await call(admin, 'POST', '/v1/users', { username, name: `员工 ${username}`, roles, ...(regions ? { regions } : {}) });
  if (created.status !== 201) throw new Error(`user: ${created.status} ${JSON.stringify(created.body)}`);
  const token = new URL(created.body.setup.resetUrl, 'http://console').hash.match(/token=([^&]+)/)![1]!;
  const reset = await app.api(null, 'POST', '/v1/auth/password-reset', { tenant: 'demo', token, newPassword: PASSWORD });
  if (reset.status !== 204) throw new Error(`password: ${reset.status} ${JSON.stringify(reset.body)}`);
  const login = await app.api(null, 'POST', '/v1/auth/login', { tenant: 'demo', username, password: PASSWORD });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.body)}`);
  return { username, token: login.body.token as string };
}
