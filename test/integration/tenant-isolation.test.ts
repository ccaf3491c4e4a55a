import { ROUTES } from '../../functions/manifest.ts';
import { SCOPES } from '../../shared/contract/access.ts';
import { customersLifecyclePolicy } from '../../shared/contract/customers-policies.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { prepareNotification } from '../../shared/notifications/prepare.ts';
import { systemContext } from '../../shared/tenancy.ts';
import { routeKey } from '../../shared/http/route.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { runJob } from '../support/jobs.ts';
import { caller } from '../support/retry.ts';
import { idNumber, newCustomer, uniq } from './customers-fixtures.ts';
import { newStaff } from './reading-fixtures.ts';

/**
 * The attack of docs/architecture.md, walked over every route of the manifest: with a `north`
 * credential (an admin token, and an integrator key holding every scope), no demo object can be
 * read, listed, changed or deleted. A demo object named in the path is 404; a list never carries
 * demo data; afterwards every demo object is exactly as before. The same attacks by a demo manager
 * of r-west: no r-east object (customer, meter, reading, exception, book, adjustment, ticket) is
 * found or shown. A new route without a line here fails the coverage test, so the attack grows
 * with the API.
 */
let app: TestApp;
let call: ReturnType<typeof caller>;
let demoAdmin: string;
let northCredentials: { name: string; token: string }[];
/** A manager of the demo tenant's r-west: inside the tenant, outside the region of every demo object. */
let westManager: string;
/** North's own (empty) read book: a merge into it names a demo book in the body. */
let northBookId = '';
const demo = { adjustmentId: '', bookId: '', exceptionId: '', readingId: '', policyVersionId: '', customerId: '', customerVersion: 0, meterId: '', accountNumber: '', apiKeyId: '', runId: '', phone: '', importId: '', username: '', calendarDay: '示范公司纪念日', notificationId: '', ticketId: '', campaignId: '', campaignVersion: 0, invitationId: '', invitationVersion: 0, assessmentId: '', webhookId: '', deliveryId: '' };
/** The demo tenant's webhook endpoint (nothing listens there: its deliveries fail and wait to be retried). */
const DEMO_WEBHOOK_URL = 'http://127.0.0.1:9/demo-hook';

const DEMO_POLICY_REASON = '示范公司取消夜间保护';

interface Attack {
  /** Path with demo ids filled in. */
  path: () => string;
  body?: () => unknown;
  /** What a north caller must get: 404 for a demo object in the path; a list without demo data. */
  expect: 'not-found' | 'no-demo-data' | 'refused';
}

const ATTACKS: Record<string, Attack> = {
  [routeKey('GET', '/v1/me')]: { path: () => '/v1/me', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/regions')]: { path: () => '/v1/regions', expect: 'no-demo-data' },
  [routeKey('POST', '/v1/regions')]: { path: () => '/v1/regions', body: () => ({ regionId: `n-${uniq()}`, name: '新片区' }), expect: 'no-demo-data' },
  [routeKey('GET', '/v1/regions/{regionId}')]: { path: () => '/v1/regions/r-east', expect: 'not-found' },
  [routeKey('POST', '/v1/api-keys')]: { path: () => '/v1/api-keys', body: () => ({ name: 'x', scopes: ['customers:read'] }), expect: 'no-demo-data' },
  [routeKey('GET', '/v1/api-keys')]: { path: () => '/v1/api-keys', expect: 'no-demo-data' },
  [routeKey('DELETE', '/v1/api-keys/{id}')]: { path: () => `/v1/api-keys/${demo.apiKeyId}`, expect: 'not-found' },
  [routeKey('PATCH', '/v1/api-keys/{id}')]: { path: () => `/v1/api-keys/${demo.apiKeyId}`, body: () => ({ tier: 'premium' }), expect: 'not-found' },
  [routeKey('POST', '/v1/api-keys/{id}/rotate')]: { path: () => `/v1/api-keys/${demo.apiKeyId}/rotate`, body: () => ({ overlapHours: 1 }), expect: 'not-found' },
  [routeKey('GET', '/v1/api-keys/{id}/usage')]: { path: () => `/v1/api-keys/${demo.apiKeyId}/usage?days=7`, expect: 'not-found' },
  [routeKey('GET', '/v1/jobs')]: { path: () => '/v1/jobs', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/jobs/{job}/runs')]: { path: () => '/v1/jobs/archive-stats/runs', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/jobs/{job}/runs/{runId}')]: { path: () => `/v1/jobs/archive-stats/runs/${demo.runId}`, expect: 'not-found' },
  [routeKey('POST', '/v1/jobs/{job}/runs')]: { path: () => '/v1/jobs/archive-stats/runs', body: () => ({}), expect: 'no-demo-data' },
  [routeKey('GET', '/v1/dashboard')]: { path: () => '/v1/dashboard', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/customers')]: { path: () => `/v1/customers?q=${encodeURIComponent(demo.accountNumber)}`, expect: 'no-demo-data' },
  [routeKey('POST', '/v1/customers')]: { path: () => '/v1/customers', body: () => newCustomer({ accountNumber: demo.accountNumber, regionId: 'r-east' }), expect: 'refused' },
  [routeKey('GET', '/v1/customers/{id}')]: { path: () => `/v1/customers/${demo.customerId}`, expect: 'not-found' },
  [routeKey('PATCH', '/v1/customers/{id}')]: { path: () => `/v1/customers/${demo.customerId}`, body: () => ({ name: '被篡改' }), expect: 'not-found' },
  [routeKey('GET', '/v1/customers/{id}/timeline')]: { path: () => `/v1/customers/${demo.customerId}/timeline`, expect: 'not-found' },
  [routeKey('POST', '/v1/customers/{id}/actions')]: { path: () => `/v1/customers/${demo.customerId}/actions`, body: () => ({ action: 'close', reason: '攻击' }), expect: 'not-found' },
  [routeKey('POST', '/v1/customers/{id}/reveal')]: { path: () => `/v1/customers/${demo.customerId}/reveal`, body: () => ({ fields: ['phone', 'idNumber'], reason: '核实身份' }), expect: 'not-found' },
  [routeKey('POST', '/v1/customers/{id}/meters')]: { path: () => `/v1/customers/${demo.customerId}/meters`, body: () => ({ serial: `X${uniq()}`, type: 'diaphragm' }), expect: 'not-found' },
  [routeKey('GET', '/v1/meters/{id}')]: { path: () => `/v1/meters/${demo.meterId}`, expect: 'not-found' },
  [routeKey('PATCH', '/v1/meters/{id}')]: { path: () => `/v1/meters/${demo.meterId}`, body: () => ({ placement: 'indoor' }), expect: 'not-found' },
  [routeKey('POST', '/v1/meters/{id}/replace')]: { path: () => `/v1/meters/${demo.meterId}/replace`, body: () => ({ newSerial: `X${uniq()}`, finalRead: 1, startRead: 0 }), expect: 'not-found' },
  [routeKey('POST', '/v1/meters/{id}/ic-card/purchases')]: {
    path: () => `/v1/meters/${demo.meterId}/ic-card/purchases`,
    body: () => ({ amountFen: 1000, purchasedAt: '2026-11-01T10:00:00+08:00', reference: `POS-${uniq()}` }),
    expect: 'not-found',
  },
  [routeKey('GET', '/v1/audit/reveals')]: { path: () => `/v1/audit/reveals?day=${new Date().toISOString().slice(0, 10)}`, expect: 'no-demo-data' },
  [routeKey('POST', '/v1/customer-imports')]: { path: () => '/v1/customer-imports', body: () => ({ fileName: 'x.csv', columns: ['户号', '备注'] }), expect: 'no-demo-data' },
  [routeKey('GET', '/v1/customer-imports')]: { path: () => '/v1/customer-imports', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/customer-imports/{id}')]: { path: () => `/v1/customer-imports/${demo.importId}`, expect: 'not-found' },
  [routeKey('POST', '/v1/customer-imports/{id}/batches')]: {
    path: () => `/v1/customer-imports/${demo.importId}/batches`,
    body: () => ({ firstRow: 2, rows: [{ 户号: demo.accountNumber, 备注: '被篡改' }] }),
    expect: 'not-found',
  },
  [routeKey('POST', '/v1/customer-imports/{id}/complete')]: { path: () => `/v1/customer-imports/${demo.importId}/complete`, expect: 'not-found' },
  [routeKey('GET', '/v1/customer-imports/{id}/errors')]: { path: () => `/v1/customer-imports/${demo.importId}/errors`, expect: 'not-found' },
  [routeKey('GET', '/v1/customer-imports/{id}/errors.csv')]: { path: () => `/v1/customer-imports/${demo.importId}/errors.csv`, expect: 'not-found' },
  [routeKey('GET', '/v1/customers/import-template.csv')]: { path: () => '/v1/customers/import-template.csv', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/customers/export.csv')]: { path: () => '/v1/customers/export.csv', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/users')]: { path: () => '/v1/users', expect: 'no-demo-data' },
  [routeKey('POST', '/v1/users')]: { path: () => '/v1/users', body: () => ({ username: `n-${uniq()}`.toLowerCase(), name: '新用户', roles: ['agent'] }), expect: 'no-demo-data' },
  [routeKey('GET', '/v1/users/{username}')]: { path: () => `/v1/users/${demo.username}`, expect: 'not-found' },
  [routeKey('PATCH', '/v1/users/{username}')]: { path: () => `/v1/users/${demo.username}`, body: () => ({ roles: ['admin'], version: 1 }), expect: 'not-found' },
  [routeKey('POST', '/v1/users/{username}/actions')]: { path: () => `/v1/users/${demo.username}/actions`, body: () => ({ action: 'disable' }), expect: 'not-found' },
  [routeKey('POST', '/v1/users/{username}/password-reset')]: { path: () => `/v1/users/${demo.username}/password-reset`, expect: 'not-found' },
  [routeKey('GET', '/v1/policies')]: { path: () => '/v1/policies', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/policies/{section}')]: { path: () => '/v1/policies/customers.lifecycle', expect: 'no-demo-data' },
  [routeKey('PUT', '/v1/policies/{section}')]: {
    path: () => '/v1/policies/customers.lifecycle',
    body: () => ({ values: customersLifecyclePolicy.defaults, effectiveFrom: '2099-01-01T00:00:00+08:00', reason: '北方公司自己的调整' }),
    expect: 'no-demo-data',
  },
  [routeKey('DELETE', '/v1/policies/{section}/versions/{versionId}')]: { path: () => `/v1/policies/customers.lifecycle/versions/${demo.policyVersionId}`, expect: 'not-found' },
  [routeKey('GET', '/v1/policy-packs')]: { path: () => '/v1/policy-packs', expect: 'no-demo-data' },
  [routeKey('POST', '/v1/policy-packs/{pack}/apply')]: {
    path: () => '/v1/policy-packs/provincial-night-restoration/apply',
    body: () => ({ effectiveFrom: '2099-01-01T00:00:00+08:00', reason: '北方公司执行省规' }),
    expect: 'no-demo-data',
  },
  // Meter reading: a demo meter is "not found" per item, its readings a 404.
  [routeKey('POST', '/v1/readings')]: { path: () => '/v1/readings', body: () => ({ readings: [{ meterId: demo.meterId, value: 5, readAt: '2026-02-01T10:00:00+08:00', source: 'integrator' }] }), expect: 'no-demo-data' },
  [routeKey('GET', '/v1/meters/{id}/readings')]: { path: () => `/v1/meters/${demo.meterId}/readings`, expect: 'not-found' },
  [routeKey('POST', '/v1/read-books')]: { path: () => '/v1/read-books', body: () => ({ name: '北方1册', regionId: 'n-1', reader: 'field', meterIds: [demo.meterId] }), expect: 'refused' },
  [routeKey('GET', '/v1/read-books')]: { path: () => '/v1/read-books?regionId=r-east', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/read-books/{id}')]: { path: () => `/v1/read-books/${demo.bookId}`, expect: 'not-found' },
  [routeKey('PATCH', '/v1/read-books/{id}')]: { path: () => `/v1/read-books/${demo.bookId}`, body: () => ({ name: '被篡改', remove: [demo.meterId] }), expect: 'not-found' },
  [routeKey('GET', '/v1/read-cycles')]: { path: () => '/v1/read-cycles?regionId=r-east&period=2026-11', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/read-cycles/{id}')]: { path: () => `/v1/read-cycles/${demo.bookId}-2026-11`, expect: 'not-found' },
  [routeKey('POST', '/v1/read-books/{id}/split')]: { path: () => `/v1/read-books/${demo.bookId}/split`, body: () => ({ name: '北方拆分册', meterIds: [demo.meterId] }), expect: 'not-found' },
  // North's own book, a demo book in the body: refused (the demo book is "not found"), nothing moves.
  [routeKey('POST', '/v1/read-books/{id}/merge')]: { path: () => `/v1/read-books/${northBookId}/merge`, body: () => ({ from: demo.bookId }), expect: 'refused' },
  [routeKey('POST', '/v1/adjustments')]: {
    path: () => '/v1/adjustments',
    body: () => ({ meterId: demo.meterId, volume: 50, kind: 'supplement', reason: '攻击', evidence: [{ type: 'exception', ref: demo.exceptionId }] }),
    expect: 'refused',
  },
  [routeKey('GET', '/v1/adjustments')]: { path: () => `/v1/adjustments?meterId=${demo.meterId}`, expect: 'not-found' },
  [routeKey('GET', '/v1/adjustments/{id}')]: { path: () => `/v1/adjustments/${demo.adjustmentId}`, expect: 'not-found' },
  [routeKey('POST', '/v1/adjustments/{id}/actions')]: { path: () => `/v1/adjustments/${demo.adjustmentId}/actions`, body: () => ({ action: 'approve', note: '攻击' }), expect: 'not-found' },
  [routeKey('GET', '/v1/reading-exceptions')]: { path: () => '/v1/reading-exceptions?status=open', expect: 'no-demo-data' },
  [routeKey('POST', '/v1/reading-exceptions/{id}/actions')]: { path: () => `/v1/reading-exceptions/${demo.exceptionId}/actions`, body: () => ({ action: 'reject', note: '攻击' }), expect: 'not-found' },
  [routeKey('GET', '/v1/calendar/{year}')]: { path: () => '/v1/calendar/2026', expect: 'no-demo-data' },
  // North's own calendar of 2026 (version 0: north never saved one); demo's stays as it was.
  [routeKey('PUT', '/v1/calendar/{year}')]: { path: () => '/v1/calendar/2026', body: () => ({ workingHours: [{ start: '09:00', end: '17:00' }], days: [], version: 0 }), expect: 'no-demo-data' },
  [routeKey('GET', '/v1/notifications')]: { path: () => `/v1/notifications?customerId=${demo.customerId}`, expect: 'no-demo-data' },
  [routeKey('POST', '/v1/notifications/{id}/actions')]: { path: () => `/v1/notifications/${demo.notificationId}/actions`, body: () => ({ action: 'complete', outcome: 'reached' }), expect: 'not-found' },
  // Service tickets: a north caller neither files a ticket on a demo customer, nor sees or works a demo ticket.
  [routeKey('POST', '/v1/tickets')]: { path: () => '/v1/tickets', body: () => ({ kind: 'repair', customerId: demo.customerId, description: '攻击', channel: 'integrator' }), expect: 'refused' },
  [routeKey('POST', '/v1/tickets/deadline-preview')]: { path: () => '/v1/tickets/deadline-preview', body: () => ({ kind: 'complaint', customerId: demo.customerId, description: '攻击', channel: 'web' }), expect: 'refused' },
  [routeKey('GET', '/v1/tickets')]: { path: () => '/v1/tickets', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/tickets/{id}')]: { path: () => `/v1/tickets/${demo.ticketId}`, expect: 'not-found' },
  [routeKey('POST', '/v1/tickets/{id}/actions')]: { path: () => `/v1/tickets/${demo.ticketId}/actions`, body: () => ({ action: 'acknowledge' }), expect: 'not-found' },
  [routeKey('POST', '/v1/auth/password')]: { path: () => '/v1/auth/password', body: () => ({ currentPassword: 'not-the-password', newPassword: 'Another-pass-2026' }), expect: 'refused' },
  // Surveys: north neither surveys demo's regions nor sees, changes or answers for a demo campaign.
  [routeKey('POST', '/v1/survey-campaigns')]: {
    path: () => '/v1/survey-campaigns',
    body: () => ({ name: '越界调查', kind: 'periodic', schedule: 'quarterly', scope: { regionIds: ['r-east'], classes: ['residential'] }, sampleRate: 1, channel: 'sms' }),
    expect: 'refused',
  },
  [routeKey('GET', '/v1/survey-campaigns')]: { path: () => '/v1/survey-campaigns', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/survey-campaigns/{id}')]: { path: () => `/v1/survey-campaigns/${demo.campaignId}`, expect: 'not-found' },
  [routeKey('PATCH', '/v1/survey-campaigns/{id}')]: { path: () => `/v1/survey-campaigns/${demo.campaignId}`, body: () => ({ name: '被篡改' }), expect: 'not-found' },
  [routeKey('POST', '/v1/survey-campaigns/{id}/actions')]: { path: () => `/v1/survey-campaigns/${demo.campaignId}/actions`, body: () => ({ action: 'pause' }), expect: 'not-found' },
  [routeKey('GET', '/v1/survey-campaigns/{id}/invitations')]: { path: () => `/v1/survey-campaigns/${demo.campaignId}/invitations`, expect: 'not-found' },
  [routeKey('POST', '/v1/survey-campaigns/{id}/invitations/{invitationId}/answers')]: {
    path: () => `/v1/survey-campaigns/${demo.campaignId}/invitations/${demo.invitationId}/answers`,
    body: () => ({ scores: { attitude: 1, quality: 1, resolution: 1, afterSales: 1 } }),
    expect: 'not-found',
  },
  [routeKey('GET', '/v1/survey-campaigns/{id}/results')]: { path: () => `/v1/survey-campaigns/${demo.campaignId}/results`, expect: 'not-found' },
  [routeKey('GET', '/v1/survey-results')]: { path: () => '/v1/survey-results', expect: 'no-demo-data' },
  // Assessments: north neither lists, reads, drills into nor exports demo's scorecards.
  [routeKey('GET', '/v1/assessments')]: { path: () => '/v1/assessments', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/assessments/{id}')]: { path: () => `/v1/assessments/${demo.assessmentId}`, expect: 'not-found' },
  [routeKey('GET', '/v1/assessments/{id}/items')]: { path: () => `/v1/assessments/${demo.assessmentId}/items?unit=region:r-east&kpi=repair-timeliness`, expect: 'not-found' },
  [routeKey('GET', '/v1/assessments/{id}/export')]: { path: () => `/v1/assessments/${demo.assessmentId}/export?format=csv`, expect: 'not-found' },
  // Webhooks: north neither sees, changes, tests nor redelivers demo's, nor reads its deliveries.
  [routeKey('POST', '/v1/webhooks')]: { path: () => '/v1/webhooks', body: () => ({ url: 'https://203.0.113.7/north', events: ['survey.answered'] }), expect: 'no-demo-data' },
  [routeKey('GET', '/v1/webhooks')]: { path: () => '/v1/webhooks', expect: 'no-demo-data' },
  [routeKey('GET', '/v1/webhooks/{id}')]: { path: () => `/v1/webhooks/${demo.webhookId}`, expect: 'not-found' },
  [routeKey('PATCH', '/v1/webhooks/{id}')]: { path: () => `/v1/webhooks/${demo.webhookId}`, body: () => ({ url: 'https://203.0.113.7/stolen' }), expect: 'not-found' },
  [routeKey('DELETE', '/v1/webhooks/{id}')]: { path: () => `/v1/webhooks/${demo.webhookId}`, expect: 'not-found' },
  [routeKey('POST', '/v1/webhooks/{id}/rotate-secret')]: { path: () => `/v1/webhooks/${demo.webhookId}/rotate-secret`, expect: 'not-found' },
  [routeKey('POST', '/v1/webhooks/{id}/test')]: { path: () => `/v1/webhooks/${demo.webhookId}/test`, expect: 'not-found' },
  [routeKey('GET', '/v1/webhooks/{id}/deliveries')]: { path: () => `/v1/webhooks/${demo.webhookId}/deliveries`, expect: 'not-found' },
  [routeKey('GET', '/v1/webhooks/{id}/deliveries/{deliveryId}')]: { path: () => `/v1/webhooks/${demo.webhookId}/deliveries/${demo.deliveryId}`, expect: 'not-found' },
  [routeKey('POST', '/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver')]: { path: () => `/v1/webhooks/${demo.webhookId}/deliveries/${demo.deliveryId}/redeliver`, expect: 'not-found' },
  // Last: signing out ends the north admin's session, so no attack after it could use the token.
  // The event feed: demo's events (its customer's creation, its webhook's test ping) never reach north, from any time or id.
  [routeKey('GET', '/v1/events')]: { path: () => `/v1/events?since=${encodeURIComponent(new Date(Date.now() - 6 * 86_400_000).toISOString())}&limit=100`, expect: 'no-demo-data' },
  [routeKey('POST', '/v1/auth/logout')]: { path: () => '/v1/auth/logout', expect: 'no-demo-data' },
};

/** The demo objects that live in r-east: none may reach a manager of another region. */
const regionalMarkers = () => [demo.customerId, demo.accountNumber, demo.phone, demo.meterId, demo.readingId, demo.exceptionId, demo.bookId, demo.adjustmentId, demo.ticketId];
/** Routes whose path names an object of a region (a customer, its meters, books, cycles, readings, tickets). */
const REGIONAL_ROUTE = /^\/v1\/(customers|meters|read-books|read-cycles|adjustments|reading-exceptions|tickets)\b/;

const demoMarkers = () => [demo.adjustmentId, demo.bookId, demo.exceptionId, demo.readingId, demo.policyVersionId, DEMO_POLICY_REASON, demo.customerId, demo.meterId, demo.accountNumber, demo.apiKeyId, demo.runId, demo.phone, demo.importId, demo.username, demo.calendarDay, demo.notificationId, demo.ticketId, demo.campaignId, demo.invitationId, demo.assessmentId, demo.webhookId, demo.deliveryId, DEMO_WEBHOOK_URL, 'r-east', '东城片区'];

beforeAll(async () => {
  app = await startTestApp();
  call = caller(app);
  demoAdmin = await app.login('demo', 'admin');
  const customer = (await call(demoAdmin, 'POST', '/v1/customers', newCustomer({ idNumber: idNumber() }))).body;
  demo.customerId = customer.id;
  demo.accountNumber = customer.accountNumber;
  demo.phone = (await call(demoAdmin, 'POST', `/v1/customers/${customer.id}/reveal`, { fields: ['phone'], reason: 'fixture' })).body.phone;
  demo.meterId = (await call(demoAdmin, 'POST', `/v1/customers/${customer.id}/meters`, { serial: `IC${uniq()}`, type: 'ic-card' })).body.id;
  // A reading of the demo meter: the account has no gas on yet, so it raises an `inactive` exception.
  demo.readingId = (await call(demoAdmin, 'POST', '/v1/readings', { readings: [{ meterId: demo.meterId, value: 5, readAt: new Date().toISOString(), source: 'field' }] })).body.results[0].readingId;
  // Its exception, page by page: the demo's own exceptions may be newer (seeded later in the local day).
  for (let cursor = ''; !demo.exceptionId; ) {
    const page = (await call(demoAdmin, 'GET', `/v1/reading-exceptions?rule=inactive&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body;
    demo.exceptionId = page.items.find((e: { readingId: string }) => e.readingId === demo.readingId)?.id;
    if (!demo.exceptionId && !page.nextCursor) throw new Error('the demo reading raised no inactive exception');
    cursor = page.nextCursor;
  }
  demo.bookId = (await call(demoAdmin, 'POST', '/v1/read-books', { name: '东城示范册', regionId: 'r-east', reader: 'field', meterIds: [demo.meterId], cadence: 'residentialOutdoor' })).body.id;
  // The book's cycle of November 2026 (its window opens on the 20th).
  await runJob(call, demoAdmin, 'read-cycles', { asOf: '2026-11-20T00:30:00+08:00' });
  expect((await call(demoAdmin, 'GET', `/v1/read-cycles/${demo.bookId}-2026-11`)).status).toBe(200);
  // A pending adjustment of the demo meter, its basis the exception.
  demo.adjustmentId = (
    await call(demoAdmin, 'POST', '/v1/adjustments', { meterId: demo.meterId, volume: 12.5, kind: 'adjust', reason: '示范调量', evidence: [{ type: 'exception', ref: demo.exceptionId }] })
  ).body.id;
  demo.apiKeyId = (await call(demoAdmin, 'POST', '/v1/api-keys', { name: 'demo bank', scopes: ['customers:read'] })).body.id;
  demo.runId = (await call(demoAdmin, 'POST', '/v1/jobs/archive-stats/runs', { asOf: new Date().toISOString() })).body.runId;
  // An import of the demo tenant, with a rejected row naming the demo account (its error report holds demo data).
  demo.importId = (await call(demoAdmin, 'POST', '/v1/customer-imports', { fileName: 'demo.csv', columns: ['户号', '电话'] })).body.id;
  await call(demoAdmin, 'POST', `/v1/customer-imports/${demo.importId}/batches`, { firstRow: 2, rows: [{ 户号: demo.accountNumber, 电话: 'not a phone' }] });
  demo.customerVersion = (await call(demoAdmin, 'GET', `/v1/customers/${customer.id}`)).body.version;
  // A user only the demo tenant has (both tenants have an admin, a manager…).
  demo.username = (await call(demoAdmin, 'POST', '/v1/users', { username: `d-${uniq()}`.toLowerCase(), name: '示范坐席', roles: ['agent'], regions: ['r-east'] })).body.user.username;
  demo.policyVersionId = (
    await call(demoAdmin, 'PUT', '/v1/policies/customers.lifecycle', { values: { ...customersLifecyclePolicy.defaults, specialCareNight: null }, effectiveFrom: '2098-01-01T00:00:00+08:00', reason: DEMO_POLICY_REASON })
  ).body.scheduled.find((v: { reason: string }) => v.reason === DEMO_POLICY_REASON).id;
  // A local holiday only the demo tenant has.
  const calendar = (await call(demoAdmin, 'GET', '/v1/calendar/2026')).body;
  await call(demoAdmin, 'PUT', '/v1/calendar/2026', { workingHours: calendar.workingHours, days: [...calendar.days, { date: '2026-11-30', kind: 'holiday', name: demo.calendarDay }], version: 0 });
  // An open phone task of the demo tenant (a staff member must call back).
  const store = new TenantStore(systemContext('demo', 'fixture', 'tenant-isolation'));
  const task = await prepareNotification(store, {
    template: 'customer.suspended',
    channel: 'phone-task',
    recipient: { kind: 'staff', username: 'agent', name: '坐席', phone: '13700001234' },
    subject: { type: 'fixture', id: 'tenant-isolation' },
    params: { accountNumber: demo.accountNumber, time: 'now', reason: 'fixture' },
    category: 'service',
  });
  await store.commit(task);
  demo.notificationId = task.notification.id;
  demo.ticketId = (await call(demoAdmin, 'POST', '/v1/tickets', { kind: 'repair', customerId: demo.customerId, description: '示范报修', channel: 'phone' })).body.id;
  // The demo seed's quarterly campaign and one of its invitations.
  const campaigns = (await call(demoAdmin, 'GET', '/v1/survey-campaigns')).body.items;
  demo.campaignId = campaigns.find((c: { kind: string }) => c.kind === 'periodic').id;
  demo.campaignVersion = campaigns.find((c: { kind: string }) => c.kind === 'periodic').version;
  const invitation = (await call(demoAdmin, 'GET', `/v1/survey-campaigns/${demo.campaignId}/invitations?limit=1`)).body.items[0];
  demo.invitationId = invitation.id;
  demo.invitationVersion = invitation.version;
  // A quarterly assessment of the demo tenant (its scorecards name demo's regions and staff).
  demo.assessmentId = (await runJob(call, demoAdmin, 'assessment-quarterly')).runId;
  demo.webhookId = (await call(demoAdmin, 'POST', '/v1/webhooks', { url: DEMO_WEBHOOK_URL, events: ['customer.*'] })).body.id;
  demo.deliveryId = (await call(demoAdmin, 'POST', `/v1/webhooks/${demo.webhookId}/test`)).body.id;
  await app.runtime.idle();

  westManager = (await newStaff(app, call, demoAdmin, ['manager'], ['r-west'])).token;
  const northAdmin = await app.login('north', 'admin');
  const allScopes = [...SCOPES];
  northBookId = (await call(northAdmin, 'POST', '/v1/read-books', { name: '北方空册', regionId: 'n-1', reader: 'field', meterIds: [] })).body.id;
  const northKey = (await call(northAdmin, 'POST', '/v1/api-keys', { name: 'north all scopes', scopes: allScopes })).body.key as string;
  northCredentials = [
    { name: 'north admin token', token: northAdmin },
    { name: 'north integrator key', token: northKey },
  ];
});
afterAll(() => app.stop());

it('has an attack for every authenticated route of the manifest', () => {
  const authenticated = ROUTES.filter((r) => !('public' in r.access)).map((r) => routeKey(r.method, r.path));
  expect(authenticated.filter((key) => !ATTACKS[key])).toEqual([]);
});

describe.each(Object.entries(ATTACKS))('%s from outside', (key, attack) => {
  const method = key.split(' ')[0]!;

  it.each([0, 1])('cannot reach demo data (credential %i)', async (i) => {
    const { token } = northCredentials[i]!;
    const path = attack.path();
    const body = attack.body?.();
    const res = await call(token, method, path, body);
    // A problem's `instance` echoes the caller's own path; everything else must be free of demo data.
    const { instance: _echo, ...rest } = (typeof res.body === 'object' && res.body ? res.body : { body: res.body }) as Record<string, unknown>;
    const text = JSON.stringify(rest);
    if (attack.expect === 'not-found') {
      // A credential may lack the role or scope (403) — otherwise the demo object does not exist for it.
      expect([403, 404]).toContain(res.status);
      if (i === 0) expect(res.status).toBe(404);
    } else if (attack.expect === 'refused') {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    } else {
      expect(res.status).toBeLessThan(500);
    }
    // Markers the attacker itself sent (e.g. `regionId: r-east` in a refused body) may be echoed back.
    const sent = `${path} ${JSON.stringify(body ?? null)}`;
    for (const marker of demoMarkers()) if (marker && !sent.includes(marker)) expect(text).not.toContain(marker);
  });

  it('cannot reach r-east objects as a demo manager of r-west', async () => {
    const path = attack.path();
    const body = attack.body?.();
    const res = await call(westManager, method, path, body);
    const { instance: _echo, ...rest } = (typeof res.body === 'object' && res.body ? res.body : { body: res.body }) as Record<string, unknown>;
    const text = JSON.stringify(rest);
    expect(res.status).toBeLessThan(500);
    // An r-east object named in the path does not exist for the manager (or the role may not call the route).
    if (attack.expect === 'not-found' && REGIONAL_ROUTE.test(key.split(' ')[1]!)) expect([403, 404]).toContain(res.status);
    if (attack.expect === 'refused') expect(res.status).toBeGreaterThanOrEqual(400);
    const sent = `${path} ${JSON.stringify(body ?? null)}`;
    for (const marker of regionalMarkers()) if (marker && !sent.includes(marker)) expect([key, text]).not.toEqual([key, expect.stringContaining(marker)]);
  });
});

it("finds no demo ticket in north's queues (risk, assignee), though demo's own risk queue holds it", async () => {
  expect((await call(demoAdmin, 'GET', '/v1/tickets?view=risk')).body.items.map((t: { id: string }) => t.id)).toContain(demo.ticketId);
  for (const { token } of northCredentials) {
    for (const path of ['/v1/tickets?view=risk', '/v1/tickets?view=risk&regionId=r-east', '/v1/tickets?view=assignee&assignee=field', '/v1/tickets?view=assignee&assignee=admin&regionId=r-east']) {
      const res = await call(token, 'GET', path);
      expect(res.status).toBeLessThan(500);
      expect(JSON.stringify(res.body)).not.toContain(demo.ticketId);
      if (res.status === 200) expect(res.body.items.every((t: { regionId: string }) => !t.regionId.startsWith('r-'))).toBe(true);
    }
  }
});

it('leaves every demo object exactly as it was', async () => {
  await app.runtime.idle();
  const customer = (await call(demoAdmin, 'GET', `/v1/customers/${demo.customerId}`)).body;
  expect(customer).toMatchObject({ version: demo.customerVersion, name: '王芳', state: 'applied' });
  const meter = (await call(demoAdmin, 'GET', `/v1/meters/${demo.meterId}`)).body;
  expect(meter).toMatchObject({ status: 'active', placement: null, icCard: { balanceFen: 0, purchases: 0 } });
  expect((await call(demoAdmin, 'GET', `/v1/webhooks/${demo.webhookId}`)).body).toMatchObject({ url: DEMO_WEBHOOK_URL, state: 'active', version: 1 });
  expect((await call(demoAdmin, 'GET', `/v1/webhooks/${demo.webhookId}/deliveries/${demo.deliveryId}`)).body).toMatchObject({ round: 1, eventType: 'webhook.test' });
  const keys = (await call(demoAdmin, 'GET', '/v1/api-keys')).body.items;
  expect(keys.find((k: { id: string }) => k.id === demo.apiKeyId)).toMatchObject({ revokedAt: null });
  const timeline = (await call(demoAdmin, 'GET', `/v1/customers/${demo.customerId}/timeline`)).body.items;
  expect(timeline.every((e: { actor?: { id: string } }) => e.actor?.id === 'admin')).toBe(true);
  const user = (await call(demoAdmin, 'GET', `/v1/users/${demo.username}`)).body;
  expect(user).toMatchObject({ version: 1, roles: ['agent'], regions: ['r-east'], disabled: false });
  expect((await call(demoAdmin, 'GET', `/v1/meters/${demo.meterId}/readings`)).body.items).toEqual([expect.objectContaining({ id: demo.readingId, value: 5, status: 'held' })]);
  expect((await call(demoAdmin, 'GET', `/v1/read-books/${demo.bookId}`)).body).toMatchObject({ version: 1, name: '东城示范册', meterIds: [demo.meterId] });
  expect((await call(demoAdmin, 'GET', `/v1/adjustments/${demo.adjustmentId}`)).body).toMatchObject({ status: 'pending', version: 1, volume: 12.5, decision: null, ledgerEntry: null });
  expect((await call(demoAdmin, 'GET', '/v1/read-books?regionId=r-east&limit=200')).body.items).toContainEqual(expect.objectContaining({ id: demo.bookId, version: 1 }));
  expect((await call(demoAdmin, 'GET', '/v1/reading-exceptions?rule=inactive')).body.items).toContainEqual(expect.objectContaining({ id: demo.exceptionId, status: 'open', version: 1 }));
  const tasks = (await call(demoAdmin, 'GET', '/v1/notifications?channel=phone-task&limit=100')).body.items;
  expect(tasks.find((n: { id: string }) => n.id === demo.notificationId)).toMatchObject({ state: 'open', version: 1 });
  const imp = (await call(demoAdmin, 'GET', `/v1/customer-imports/${demo.importId}`)).body;
  const policy = (await call(demoAdmin, 'GET', '/v1/policies/customers.lifecycle')).body;
  expect(policy.history).toContainEqual(expect.objectContaining({ id: demo.policyVersionId, reason: DEMO_POLICY_REASON, pack: null }));
  expect(policy.history.every((v: { actor: { id: string } }) => v.actor.id === 'seed' || v.actor.id === 'admin')).toBe(true);
  expect(imp).toMatchObject({ state: 'open', rowsReceived: 1, batches: 1, counts: { rejected: 1, created: 0, updated: 0 } });
  const campaign = (await call(demoAdmin, 'GET', `/v1/survey-campaigns/${demo.campaignId}`)).body;
  expect(campaign).toMatchObject({ version: demo.campaignVersion, state: 'running', name: '季度客户满意度调查' });
  const invitations = (await call(demoAdmin, 'GET', `/v1/survey-campaigns/${demo.campaignId}/invitations?limit=100`)).body.items;
  expect(invitations.find((i: { id: string }) => i.id === demo.invitationId)).toMatchObject({ version: demo.invitationVersion });
  const calendar = (await call(demoAdmin, 'GET', '/v1/calendar/2026')).body;
  expect(calendar).toMatchObject({ version: 1, updatedBy: 'admin', workingHours: [{ start: '08:30', end: '17:30' }] });
  expect(calendar.days).toContainEqual({ date: '2026-11-30', kind: 'holiday', name: demo.calendarDay, origin: 'local' });
  const ticket = (await call(demoAdmin, 'GET', `/v1/tickets/${demo.ticketId}`)).body;
  expect(ticket).toMatchObject({ status: 'received', version: 1 });
});
