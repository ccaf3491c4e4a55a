import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRuntime } from '../../local/runtime.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { systemContext } from '../../shared/tenancy.ts';

/**
 * What `npm start` exposes on this machine: the API on loopback unless HOST asks otherwise, and
 * DynamoDB Local (which accepts any credentials) on loopback always; and where its stream poller
 * starts again after a stop.
 */
const sharedEndpoint = () => {
  const endpoint = process.env.GASCARE_TEST_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('no DynamoDB Local: run tests through jest (test/support/store-environment.mjs starts it)');
  return endpoint;
};

/** This machine's own non-loopback IPv4 addresses (none on a machine without a network). */
const outwardAddresses = () =>
  Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);

const reachable = (host: string, port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
    socket.once('timeout', () => (socket.destroy(), done(false)));
  });

/** The local addresses listening on a TCP port, from `ss -ltn`. */
const listeners = (port: number) =>
  execFileSync('ss', ['-Hltn', `sport = :${port}`], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((line) => line.trim().split(/\s+/)[3]!);

const runtimeOn = (host?: string) => startRuntime({ port: 0, host, dynamoEndpoint: sharedEndpoint(), tableName: `t-${randomBytes(6).toString('hex')}`, seed: 'none' });

describe('listening addresses', () => {
  it('the API listens on 127.0.0.1 by default, unreachable from this machine\'s other addresses', async () => {
    const runtime = await runtimeOn();
    try {
      expect(runtime.host).toBe('127.0.0.1');
      expect(runtime.url).toBe(`http://127.0.0.1:${runtime.port}`);
      expect((await fetch(`${runtime.url}/healthz`)).status).toBe(200);
      for (const address of outwardAddresses()) expect(await reachable(address, runtime.port)).toBe(false);
    } finally {
      await runtime.stop();
    }
  });

  it('HOST=0.0.0.0 opens the API to the network, on request only', async () => {
    const runtime = await runtimeOn('0.0.0.0');
    try {
      expect(runtime.host).toBe('0.0.0.0');
      for (const address of outwardAddresses()) expect(await reachable(address, runtime.port)).toBe(true);
    } finally {
      await runtime.stop();
    }
  });

  it('DynamoDB Local listens on loopback only', async () => {
    const port = Number(new URL(sharedEndpoint()).port);
    const bound = listeners(port);
    expect(bound.length).toBeGreaterThan(0);
    for (const address of bound) expect(address).toMatch(/^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]|\[::1\]):\d+$/);
    expect(await reachable('127.0.0.1', port)).toBe(true);
    for (const address of outwardAddresses()) expect(await reachable(address, port)).toBe(false);
  });
});

describe('the stream poller across restarts', () => {
  const commitEvent = (id: string) =>
    new TenantStore(systemContext('demo', 'test', 'restart')).commit({ writes: [], events: [{ type: 'customer.created', data: { marker: id } }] });
  const published = (runtime: { events: { data: Record<string, unknown> }[] }, id: string) => runtime.events.filter((e) => e.data.marker === id).length;

  it('publishes, once, the outbox events written while the runtime was down, and none published before', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gascare-restart-'));
    const options = { port: 0, dynamoEndpoint: sharedEndpoint(), tableName: `t-${randomBytes(6).toString('hex')}`, seed: 'none' as const, dataDir };
    try {
      const first = await startRuntime(options);
      await commitEvent('while-up');
      await first.idle();
      expect(published(first, 'while-up')).toBe(1);
      await first.stop();

      await commitEvent('while-down'); // an operator's tool, a crash: nothing polls the stream now
      const second = await startRuntime(options);
      await second.idle().finally(() => second.stop());
      expect(published(second, 'while-down')).toBe(1);
      expect(published(second, 'while-up')).toBe(0);

      const third = await startRuntime(options); // nothing left to publish
      await third.idle().finally(() => third.stop());
      expect(third.events).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
