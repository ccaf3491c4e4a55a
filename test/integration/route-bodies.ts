import { customersLifecyclePolicy } from '../../shared/contract/customers-policies.ts';
import { routeKey } from '../../shared/http/route.ts';
import type { Call } from '../support/retry.ts';
import { newCustomer, uniq } from './customers-fixtures.ts';

/**
 * A valid request of every route that takes a JSON body, over a few fixtures one admin creates:
 * the starting point the hostile-input and fuzz tests mutate (a new route with a body fails their
 * check until it has a line here).
 */
export const fx = { customerId: '', meterId: '', icMeterId: '', importId: '', ticketId: '', campaignId: '' };
export const SCORES = { attitude: 5, quality: 4, resolution: 4, afterSales: 5 };
export const SOME_ULID = '01KBZ7Q3X5V6W7Y8Z9A0B1C2D3';

/** A valid body of each route that has one (several for a union: each numeric field is attacked in the bodies that reach it). */
export const BODIES: Record<string, { path: () => string; bodies: () => Record<string, unknown>[] }> = {
  [routeKey('POST', '/v1/auth/login')]: { path: () => '/v1/auth/login', bodies: () => [{ tenant: 'demo', username: 'admin', password: 'x' }] },
  [routeKey('POST', '/v1/auth/password')]: { path: () => '/v1/auth/password', bodies: () => [{ currentPassword: 'x', newPassword: 'Correct-Horse-9' }] },
  [routeKey('POST', '/v1/auth/password-reset')]: { path: () => '/v1/auth/password-reset', bodies: () => [{ tenant: 'demo', token: 'x'.repeat(43), newPassword: 'Correct-Horse-9' }] },
  [routeKey('POST', '/v1/users')]: { path: () => '/v1/users', bodies: () => [{ username: `u${uniq()}`.toLowerCase(), name: '新用户', roles: ['agent'], regions: ['r-east'] }] },
  [routeKey('PATCH', '/v1/users/{username}')]: { path: () => '/v1/users/dispatcher', bodies: () => [{ name: '调度员', version: 1 }] },
  [routeKey('POST', '/v1/users/{username}/actions')]: { path: () => '/v1/users/dispatcher/actions', bodies: () => [{ action: 'enable' }] },
  [routeKey('POST', '/v1/regions')]: { path: () => '/v1/regions', bodies: () => [{ regionId: `n-${uniq()}`, name: '新片区' }] },
  [routeKey('POST', '/v1/api-keys')]: { path: () => '/v1/api-keys', bodies: () => [{ name: 'bank', scopes: ['customers:read'] }] },
  [routeKey('PATCH', '/v1/api-keys/{id}')]: { path: () => '/v1/api-keys/01JZZZZZZZZZZZZZZZZZZZZZZZ', bodies: () => [{ tier: 'basic' }] },
  [routeKey('POST', '/v1/api-keys/{id}/rotate')]: { path: () => '/v1/api-keys/01JZZZZZZZZZZZZZZZZZZZZZZZ/rotate', bodies: () => [{ overlapHours: 2 }] },
  [routeKey('POST', '/v1/webhooks')]: { path: () => '/v1/webhooks', bodies: () => [{ url: 'https://203.0.113.9/hooks', events: ['survey.answered'], description: '测试' }] },
  [routeKey('PATCH', '/v1/webhooks/{id}')]: { path: () => '/v1/webhooks/01JZZZZZZZZZZZZZZZZZZZZZZZ', bodies: () => [{ description: '测试', state: 'active' }] },
  [routeKey('POST', '/v1/jobs/{job}/runs')]: { path: () => '/v1/jobs/archive-stats/runs', bodies: () => [{}] },
  [routeKey('PUT', '/v1/calendar/{year}')]: {
    path: () => '/v1/calendar/2032',
    bodies: () => [{ workingHours: [{ start: '08:30', end: '17:30' }], days: [{ date: '2032-05-03', kind: 'holiday', name: '检修日' }], version: 0 }],
  },
  [routeKey('POST', '/v1/customers')]: { path: () => '/v1/customers', bodies: () => [newCustomer()] },
  [routeKey('PATCH', '/v1/customers/{id}')]: { path: () => `/v1/customers/${fx.customerId}`, bodies: () => [{ name: '李雷', version: 1 }] },
  [routeKey('POST', '/v1/customers/{id}/actions')]: {
    path: () => `/v1/customers/${fx.customerId}/actions`,
    bodies: () => [{ action: 'close', reason: '用户迁出', version: 1 }, { action: 'suspend', reason: 'arrears', version: 1 }],
  },
  [routeKey('POST', '/v1/customers/{id}/reveal')]: { path: () => `/v1/customers/${fx.customerId}/reveal`, bodies: () => [{ fields: ['phone'], reason: '核实身份' }] },
  [routeKey('POST', '/v1/customers/{id}/meters')]: {
    path: () => `/v1/customers/${fx.customerId}/meters`,
    bodies: () => [{ serial: `X${uniq()}`, type: 'diaphragm', digits: 5, startRead: 0 }],
  },
  [routeKey('PATCH', '/v1/meters/{id}')]: { path: () => `/v1/meters/${fx.meterId}`, bodies: () => [{ placement: 'indoor', version: 1 }] },
  [routeKey('POST', '/v1/meters/{id}/replace')]: {
    path: () => `/v1/meters/${fx.meterId}/replace`,
    bodies: () => [{ newSerial: `X${uniq()}`, finalRead: 1, startRead: 0, digits: 5, version: 1 }],
  },
  [routeKey('POST', '/v1/meters/{id}/ic-card/purchases')]: {
    path: () => `/v1/meters/${fx.icMeterId}/ic-card/purchases`,
    bodies: () => [{ amountFen: 1000, volume: 3.5, purchasedAt: '2026-11-01T10:00:00+08:00', reference: `POS-${uniq()}` }],
  },
  [routeKey('PUT', '/v1/policies/{section}')]: {
    path: () => '/v1/policies/customers.lifecycle',
    bodies: () => [{ values: customersLifecyclePolicy.defaults, effectiveFrom: '2099-01-01T00:00:00+08:00', reason: '调整' }],
  },
  [routeKey('POST', '/v1/policy-packs/{pack}/apply')]: {
    path: () => '/v1/policy-packs/provincial-night-restoration/apply',
    bodies: () => [{ effectiveFrom: '2099-01-01T00:00:00+08:00', reason: '执行省规' }],
  },
  [routeKey('POST', '/v1/readings')]: {
    path: () => '/v1/readings',
    bodies: () => [{ readings: [{ meterId: fx.icMeterId, value: 1, readAt: '2026-02-01T10:00:00+08:00', source: 'field', cardBalanceFen: 100, purchases: 1 }] }],
  },
  [routeKey('POST', '/v1/read-books')]: { path: () => '/v1/read-books', bodies: () => [{ name: '测试册', regionId: 'r-east', reader: 'field', meterIds: [] }] },
  [routeKey('PATCH', '/v1/read-books/{id}')]: { path: () => '/v1/read-books/01JZZZZZZZZZZZZZZZZZZZZZZZ', bodies: () => [{ name: '测试册', version: 1 }] },
  [routeKey('POST', '/v1/read-books/{id}/split')]: { path: () => '/v1/read-books/01JZZZZZZZZZZZZZZZZZZZZZZZ/split', bodies: () => [{ name: '拆分册', meterIds: ['01JZZZZZZZZZZZZZZZZZZZZZZZ'], version: 1 }] },
  [routeKey('POST', '/v1/read-books/{id}/merge')]: { path: () => '/v1/read-books/01JZZZZZZZZZZZZZZZZZZZZZZZ/merge', bodies: () => [{ from: '01JYYYYYYYYYYYYYYYYYYYYYYY', version: 1, fromVersion: 1 }] },
  [routeKey('POST', '/v1/adjustments')]: {
    path: () => '/v1/adjustments',
    bodies: () => [{ meterId: fx.meterId, volume: 12.5, kind: 'adjust', reason: '表计故障，按日均用量补录', evidence: [{ type: 'photo', ref: 'photo-1' }] }],
  },
  [routeKey('POST', '/v1/adjustments/{id}/actions')]: { path: () => '/v1/adjustments/01JZZZZZZZZZZZZZZZZZZZZZZZ/actions', bodies: () => [{ action: 'approve', note: '核实无误', version: 1 }] },
  [routeKey('POST', '/v1/reading-exceptions/{id}/actions')]: { path: () => '/v1/reading-exceptions/01JZZZZZZZZZZZZZZZZZZZZZZZ/actions', bodies: () => [{ action: 'accept', note: '核实无误' }] },
  [routeKey('POST', '/v1/notifications/{id}/actions')]: {
    path: () => '/v1/notifications/01JAAAAAAAAAAAAAAAAAAAAAAA/actions',
    bodies: () => [{ action: 'complete', outcome: 'reached', note: '已联系', version: 1 }],
  },
  [routeKey('POST', '/v1/customer-imports')]: { path: () => '/v1/customer-imports', bodies: () => [{ fileName: 'x.csv', columns: ['户号', '备注'], totalRows: 1 }] },
  [routeKey('POST', '/v1/customer-imports/{id}/batches')]: {
    path: () => `/v1/customer-imports/${fx.importId}/batches`,
    bodies: () => [{ firstRow: 2, rows: [{ 户号: `A${uniq()}`, 备注: 'x' }] }],
  },
  // Service tickets.
  [routeKey('POST', '/v1/tickets')]: { path: () => '/v1/tickets', bodies: () => [{ kind: 'repair', customerId: fx.customerId, description: '灶具打不着火', channel: 'phone' }] },
  [routeKey('POST', '/v1/tickets/deadline-preview')]: { path: () => '/v1/tickets/deadline-preview', bodies: () => [{ kind: 'complaint', customerId: fx.customerId, description: '抄表员态度差', channel: 'web' }] },
  [routeKey('POST', '/v1/tickets/{id}/actions')]: {
    path: () => `/v1/tickets/${fx.ticketId}/actions`,
    bodies: () => [{ action: 'acknowledge', version: 1 }, { action: 'return-visit', satisfied: true, score: 5, version: 1 }],
  },
  // Surveys.
  [routeKey('POST', '/v1/survey-campaigns')]: {
    path: () => '/v1/survey-campaigns',
    bodies: () => [{ name: '季度调查', kind: 'periodic', schedule: 'quarterly', scope: { regionIds: ['r-east'], classes: ['residential'] }, sampleRate: 0.2, quotas: [{ regionId: 'r-east', max: 10 }], skipDays: 30, channel: 'sms' }],
  },
  [routeKey('PATCH', '/v1/survey-campaigns/{id}')]: { path: () => `/v1/survey-campaigns/${fx.campaignId}`, bodies: () => [{ sampleRate: 0.5, quotas: [{ class: 'residential', max: 5 }], skipDays: 10, version: 1 }] },
  [routeKey('POST', '/v1/survey-campaigns/{id}/actions')]: { path: () => `/v1/survey-campaigns/${fx.campaignId}/actions`, bodies: () => [{ action: 'pause', version: 1 }] },
  [routeKey('POST', '/v1/survey-campaigns/{id}/invitations/{invitationId}/answers')]: {
    path: () => `/v1/survey-campaigns/${fx.campaignId}/invitations/${SOME_ULID}/answers`,
    bodies: () => [{ scores: SCORES, comment: '好', version: 1 }],
  },
  [routeKey('POST', '/v1/public/surveys/{token}')]: { path: () => `/v1/public/surveys/demo.${SOME_ULID}.1893456000.AAAAAAAAAAAAAAAAAAAAAA`, bodies: () => [{ scores: SCORES }] },
};


/** Creates the fixtures the bodies refer to (a customer with a meter, an IC-card meter, an import, a ticket, a campaign). */
export async function createFixtures(call: Call, admin: string): Promise<void> {
  const customer = (await call(admin, 'POST', '/v1/customers', newCustomer())).body;
  fx.customerId = customer.id;
  fx.meterId = (await call(admin, 'POST', `/v1/customers/${customer.id}/meters`, { serial: `M${uniq()}`, type: 'diaphragm' })).body.id;
  const other = (await call(admin, 'POST', '/v1/customers', newCustomer())).body;
  fx.icMeterId = (await call(admin, 'POST', `/v1/customers/${other.id}/meters`, { serial: `IC${uniq()}`, type: 'ic-card' })).body.id;
  fx.importId = (await call(admin, 'POST', '/v1/customer-imports', { fileName: 'x.csv', columns: ['户号', '备注'] })).body.id;
  fx.ticketId = (await call(admin, 'POST', '/v1/tickets', { kind: 'repair', customerId: fx.customerId, description: '灶具打不着火', channel: 'phone' })).body.id;
  fx.campaignId = (await call(admin, 'POST', '/v1/survey-campaigns', BODIES[routeKey('POST', '/v1/survey-campaigns')]!.bodies()[0])).body.id;
}
