import { jest } from '@jest/globals';
import type { APIGatewayProxyEvent, Context } from 'aws-lambda';

/**
 * Metrics: a request through the HTTP stack emits one EMF document (requests, clientErrors,
 * serverErrors, per tenant and route); the local runtime's defaults keep Powertools quiet.
 * Powertools reads its environment when the singleton is created, so each case loads the modules
 * afresh after setting it.
 */
// middy's event normalizer narrows the handler's event type; the cast stands for what API Gateway sends.
const event = (path: string): never =>
  ({ httpMethod: 'GET', path, resource: path, headers: {}, body: null, isBase64Encoded: false, pathParameters: null, queryStringParameters: null, requestContext: { requestId: 'r1' } }) as Partial<APIGatewayProxyEvent> as never;

async function loadStack(env: Record<string, string | undefined>) {
  jest.resetModules();
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const { httpHandler } = await import('../../../shared/http/handler.ts');
  const { Problem } = await import('../../../shared/http/problems.ts');
  const { countBusiness } = await import('../../../shared/observability.ts');
  return { httpHandler, Problem, countBusiness };
}

const saved = { ...process.env };
let lines: string[];
beforeEach(() => {
  lines = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...saved };
});

const emf = () => lines.filter((l) => l.includes('"_aws"')).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('request metrics', () => {
  it('counts a request and its 4xx', async () => {
    // prepare
    const { httpHandler, Problem } = await loadStack({ POWERTOOLS_METRICS_DISABLED: 'false', POWERTOOLS_DEV: undefined, GASCARE_SECRET: 'x'.repeat(32), TENANT_ID: 'demo' });
    const route = { context: 'platform', method: 'GET' as const, path: '/probe', summary: 'probe', access: { public: true as const }, responses: { 200: null } };
    const handler = httpHandler(route, async () => {
      throw new Problem(404, 'not-found', 'Not found', 'nothing here');
    });
    // act
    const result = await handler(event('/probe'), {} as Context);
    // assess
    expect(result.statusCode).toBe(404);
    const docs = emf();
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ tenant: 'demo', route: 'GET /probe', requests: 1, clientErrors: 1, serverErrors: 0 });
    expect((docs[0]!._aws as { CloudWatchMetrics: { Namespace: string }[] }).CloudWatchMetrics[0]!.Namespace).toBe('gascare');
  });

  it('counts a 5xx', async () => {
    const { httpHandler } = await loadStack({ POWERTOOLS_METRICS_DISABLED: 'false', GASCARE_SECRET: 'x'.repeat(32), TENANT_ID: 'demo', LOG_LEVEL: 'CRITICAL' });
    const route = { context: 'platform', method: 'GET' as const, path: '/boom', summary: 'boom', access: { public: true as const }, responses: { 200: null } };
    const result = await httpHandler(route, async () => {
      throw new Error('boom');
    })(event('/boom'), {} as Context);
    expect(result.statusCode).toBe(500);
    expect(emf()).toEqual([expect.objectContaining({ route: 'GET /boom', requests: 1, clientErrors: 0, serverErrors: 1 })]);
  });

  it('emits business counters per tenant', async () => {
    const { countBusiness } = await loadStack({ POWERTOOLS_METRICS_DISABLED: 'false' });
    countBusiness({ tenantId: 'north' }, 'customersCreated', 3);
    expect(emf()).toEqual([expect.objectContaining({ tenant: 'north', customersCreated: 3 })]);
  });

  it('is quiet with the local runtime defaults', async () => {
    // prepare: what `npm start` and the tests get from local/quiet-defaults.ts
    jest.resetModules();
    delete process.env.POWERTOOLS_METRICS_DISABLED;
    delete process.env.POWERTOOLS_TRACE_ENABLED;
    await import('../../../local/quiet-defaults.ts');
    expect(process.env.POWERTOOLS_METRICS_DISABLED).toBe('true');
    expect(process.env.POWERTOOLS_TRACE_ENABLED).toBe('false');
    const { countBusiness } = await import('../../../shared/observability.ts');
    const { tracer } = await import('../../../shared/tracer.ts');
    // act
    countBusiness({ tenantId: 'demo' }, 'customersCreated');
    // assess
    expect(emf()).toEqual([]);
    expect(tracer.isTracingEnabled()).toBe(false);
  });
});
