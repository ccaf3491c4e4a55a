import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { ROUTES } from '../../functions/manifest.ts';
import { createGateway } from '../../local/gateway.ts';
import { TokenBuckets } from '../../local/rate-limit.ts';
import { toAuthorizerContext } from '../../shared/auth/authorizer.ts';
import { API_RESPONSE_HEADERS } from '../../shared/http/response-headers.ts';
import { startTestApp, type TestApp } from '../support/app.ts';

/**
 * The edges an outside tester walks: paths that do not decode, and the answers the gateway makes
 * itself (not a handler), which must look like the handlers' (headers, a real correlation id).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: 'none' });
});
afterAll(() => app.stop());

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const BROKEN = ['%E0%A4%A', '%FF', '%C3', 'x%ZZ'];
const withParams = ROUTES.filter((r) => r.path.includes('{'));
const fill = (path: string, value: string) => path.replace(/\{\w+\}/g, value);

function expectApiHeaders(headers: Headers) {
  for (const [name, value] of Object.entries(API_RESPONSE_HEADERS)) expect([name, headers.get(name)]).toEqual([name, value]);
}

describe('undecodable paths are 400, never 5xx', () => {
  it('has routes with path parameters to walk', () => expect(withParams.length).toBeGreaterThan(10));

  it.each(BROKEN)('every route with a path parameter, through the gateway: %s', async (broken) => {
    const failures: string[] = [];
    for (const route of withParams) {
      const path = fill(route.path, broken);
      const res = await app.raw(route.method, path, route.method === 'GET' ? {} : { body: '{}', headers: { 'content-type': 'application/json' } });
      if (res.status < 400 || res.status >= 500) failures.push(`${route.method} ${path}: ${res.status}`);
      else if (res.status === 400) expect(res.body.errors[0].field).toMatch(/^path/);
    }
    expect(failures).toEqual([]);
  });

  it.each(['%E0%A4%A', '%FF', '\uFFFD', '\uD800'])('every route with a path parameter, at the handler (the AWS path): %j', async (broken) => {
    const authorizer = toAuthorizerContext({ tenantId: 'demo', usageIdentifier: 'u', principal: { kind: 'user', id: 'admin', name: 'Admin', roles: ['admin'], scopes: [] } });
    const failures: string[] = [];
    for (const route of withParams) {
      const { handler } = (await import(`../../functions/${route.context}/index.ts`)) as { handler: (e: APIGatewayProxyEvent, c: Context) => Promise<APIGatewayProxyResult> };
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const event = {
        resource: route.path,
        path: fill(route.path, encodeURIComponent(broken.replace(/[\uD800-\uDFFF]/g, '?'))),
        httpMethod: route.method,
        headers: route.method === 'GET' ? {} : { 'content-type': 'application/json' },
        multiValueHeaders: {},
        queryStringParameters: null,
        multiValueQueryStringParameters: null,
        pathParameters: Object.fromEntries(names.map((n) => [n, broken])),
        stageVariables: null,
        body: route.method === 'GET' ? null : '{}',
        isBase64Encoded: false,
        requestContext: { requestId: 'r', resourcePath: route.path, httpMethod: route.method, path: route.path, stage: 'prod', authorizer },
      } as unknown as APIGatewayProxyEvent;
      const result = await handler(event, { awsRequestId: 'r', functionName: route.context } as Context);
      if (result.statusCode !== 400) failures.push(`${route.method} ${route.path}: ${result.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it.each(['/%FF', '/%E0%A4%A', '/assets/%FF.js'])('GET %s (the console) is 400 problem+json naming the path', async (path) => {
    const res = await app.raw('GET', path);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.detail).toContain(path);
    expect(res.body.instance).toBe(path);
  });
});

describe("the gateway's own answers carry the API's headers and a ULID correlation id", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const healthz = ROUTES.find((r) => r.path === '/healthz')!;
    const me = ROUTES.find((r) => r.path === '/v1/me')!;
    const login = ROUTES.find((r) => r.path === '/v1/auth/login')!;
    server = createGateway({
      routes: [healthz, me, login],
      // healthz answers; login's context has no handler here (the gateway's own 500).
      handlers: {
        [healthz.context]: async () => ({ statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{}' }),
      },
      // Two requests pass (the 500's and the 429 case's first), then 429: 401, 404, 405 and 400 are answered before throttling.
      rateLimit: new TokenBuckets(0.001, 2),
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((done) => server.close(done)));

  it('the handlers carry the list (a handler-made answer)', async () => {
    expectApiHeaders((await fetch(`${app.url}/healthz`)).headers);
  });

  it.each([
    [401, 'GET', '/v1/me'],
    [404, 'GET', '/v1/nowhere'],
    [405, 'DELETE', '/healthz'],
    [500, 'POST', '/v1/auth/login'],
    [429, 'GET', '/healthz'],
    [400, 'GET', '/v1/customers/%FF'],
  ])('%i', async (status, method, path) => {
    if (status === 429) await fetch(`${url}${path}`);
    const res = await fetch(`${url}${path}`, { method });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expectApiHeaders(res.headers);
    const id = res.headers.get('x-correlation-id');
    expect(id).toMatch(ULID);
    const body = (await res.json()) as { correlationId: string; status: number; instance: string };
    expect(body).toMatchObject({ correlationId: id, status, instance: path });
    if (status === 429) expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it("a context function's own 404 (a resource it does not serve, in AWS) carries them too", async () => {
    const { handler } = (await import('../../functions/regions/index.ts')) as { handler: (e: APIGatewayProxyEvent, c: Context) => Promise<APIGatewayProxyResult> };
    const result = await handler({ resource: '/v1/nowhere', httpMethod: 'GET', path: '/v1/nowhere', headers: {}, requestContext: {} } as unknown as APIGatewayProxyEvent, {} as Context);
    expect(result.statusCode).toBe(404);
    expect(result.headers?.['x-correlation-id']).toMatch(ULID);
    expect(result.headers).toMatchObject(API_RESPONSE_HEADERS);
  });

  it('correlation ids differ per answer', async () => {
    const ids = await Promise.all([1, 2, 3].map(async () => (await fetch(`${url}/v1/nowhere`)).headers.get('x-correlation-id')));
    expect(new Set(ids).size).toBe(3);
  });
});
