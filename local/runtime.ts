import './quiet-defaults.ts'; // first: Powertools reads its environment when the shared singletons are created
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBStreamsClient } from '@aws-sdk/client-dynamodb-streams';
import type { APIGatewayProxyEvent, APIGatewayProxyResult, Context } from 'aws-lambda';
import { makePublisher, type OutboxMessage } from '../functions/events/publish-outbox.ts';
import { handler as onSurveyTrigger } from '../functions/surveys/on-trigger-event.ts';
import { handler as onRunQueued } from '../functions/jobs/on-run-queued.ts';
import { handler as onSchedule } from '../functions/jobs/on-schedule.ts';
import { attemptDelivery } from '../functions/webhooks/delivery.ts';
import { makeFanOut } from '../functions/webhooks/on-outbox-event.ts';
import { httpPoster } from '../functions/webhooks/post.ts';
import { resetDocumentClient } from '../shared/db/client.ts';
import { NOTIFICATION_REQUESTED } from '../shared/notifications/notification.ts';
import { TIER_LIMITS } from '../shared/entities/tenant.ts';
import { overrideDailyQuotas, type ApiKeyTier } from '../shared/auth/api-key-tiers.ts';
import { CONTEXTS, JOBS, ROUTES } from '../functions/manifest.ts';
import { loadJob } from '../functions/job-workers.ts';
import { loadMasterSecret, resetSecrets } from '../shared/secrets.ts';
import { ensureTable } from './create-table.ts';
import { startDynamoLocal, type DynamoLocal } from './dynamo.ts';
import { createGateway } from './gateway.ts';
import { TokenBuckets } from './rate-limit.ts';
import { startRunResumer } from './run-resumer.ts';
import { startScheduler } from './scheduler.ts';
import { isEmptyStore, seedDemo } from './seed/demo.ts';
import { filePositionStore, startStreamPoller } from './stream-poller.ts';
import { RUNNING_STORE_FILE } from './store-endpoint.ts';
import { LocalDeliveryQueue } from './webhook-queue.ts';
import { requeuePendingDeliveries } from './webhook-requeue.ts';
import { logger } from '../shared/logger.ts';

/**
 * Everything of the product on one machine: DynamoDB Local, the table, the demo seed, the HTTP
 * gateway in front of the same handlers Lambda runs, the stream poller feeding the outbox
 * publisher and the job worker, and the scheduler. `npm start` and the tests both use this.
 */
export interface RuntimeOptions {
  /** 0 picks a free port. */
  port?: number;
  /** The address the API listens on: loopback unless asked (`HOST=0.0.0.0` opens it to the network). */
  host?: string;
  /** Persist DynamoDB Local (and the local master secret, the stream position) here; in memory when absent. */
  dataDir?: string;
  /** Use an already running DynamoDB Local (tests share one per run). */
  dynamoEndpoint?: string;
  tableName?: string;
  seed?: 'demo' | 'none';
  seedPassword?: string;
  customerScale?: number;
  consoleDir?: string;
  /** Throttle each caller like the usage plan does (off for benchmarks measuring raw capacity). */
  throttle?: boolean;
  /** How long the DynamoDB Local supervisor waits before restarting a dead store (tests widen it). */
  storeRestartDelayMs?: number;
  /** Run the minute scheduler (off in tests: they run jobs "as of" explicitly). */
  scheduler?: boolean;
  /** Drive again the job runs a dead process left `running` (lease expired) or `queued` (local/run-resumer.ts); default true. */
  resumeRuns?: boolean;
  /** Shrinks the webhook retry schedule (tests: 0.001 makes a minute 60 ms); GASCARE_WEBHOOK_RETRY_SCALE, default 1. */
  webhookRetryScale?: number;
  /** Shrinks API-key tiers' daily quotas (tests: `{ basic: 3 }`); the tier table's figures otherwise. */
  dailyQuotas?: Partial<Record<ApiKeyTier, number>>;
  onProgress?: (message: string) => void;
}

export interface Runtime {
  url: string;
  port: number;
  /** The address the API's socket is bound to. */
  host: string;
  tableName: string;
  dynamoEndpoint: string;
  /** The DynamoDB Local this runtime started and supervises (absent over an external endpoint). */
  dynamo?: DynamoLocal;
  /** Events the outbox publisher delivered (the local stand-in for the SNS topic). */
  events: OutboxMessage[];
  /**
   * The notifications the publisher handed over (the local stand-in for the SMS gateway / mail
   * relay on the tenant's topic); with a data dir also appended to `<dataDir>/notifications.jsonl`.
   */
  notifications: OutboxMessage[];
  seeded: boolean;
  /** Wait until stream records written so far were handled (jobs included). */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

type ContextHandler = (event: APIGatewayProxyEvent, context: Context) => Promise<APIGatewayProxyResult>;

export async function startRuntime(options: RuntimeOptions = {}): Promise<Runtime> {
  const progress = options.onProgress ?? (() => undefined);
  const tableName = options.tableName ?? 'gascare';
  const wantedPort = options.port ?? 3000;
  const host = options.host || '127.0.0.1';
  if (wantedPort !== 0) await assertPortFree(wantedPort, host); // fail before starting anything
  useMasterSecret(options.dataDir);

  let dynamo: DynamoLocal | undefined;
  let endpoint = options.dynamoEndpoint;
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  if (!endpoint) {
    progress('starting DynamoDB Local…');
    // This runtime owns its store: it supervises it, and starts it again (same port, same data) when it dies.
    dynamo = await startDynamoLocal({
      dataDir: options.dataDir && join(options.dataDir, 'dynamodb'),
      supervise: true,
      restartDelayMs: options.storeRestartDelayMs,
      onProgress: progress,
      onRestart: async () => {
        const fresh = new DynamoDBClient({ endpoint: dynamo?.endpoint, region: 'localhost', credentials });
        await ensureTable(fresh, tableName).finally(() => fresh.destroy());
      },
    });
    endpoint = dynamo.endpoint;
  }
  process.env.DYNAMODB_ENDPOINT = endpoint;
  process.env.TABLE_NAME = tableName;
  resetDocumentClient();

  const client = new DynamoDBClient({ endpoint, region: 'localhost', credentials });
  const streams = new DynamoDBStreamsClient({ endpoint, region: 'localhost', credentials });
  await ensureTable(client, tableName);

  let seeded = false;
  if ((options.seed ?? 'demo') === 'demo' && (await isEmptyStore())) {
    const password = options.seedPassword ?? process.env.GASCARE_SEED_PASSWORD ?? randomBytes(9).toString('base64url');
    await seedDemo({ password, customerScale: options.customerScale, onProgress: progress });
    seeded = true;
    if (!options.seedPassword && !process.env.GASCARE_SEED_PASSWORD) progress(`demo users' password: ${password}`);
  }

  const handlers: Record<string, ContextHandler> = {};
  for (const context of CONTEXTS) {
    const module = (await import(`../functions/${context}/index.ts`)) as { handler: ContextHandler };
    handlers[context] = module.handler;
  }

  const events: OutboxMessage[] = [];
  const notifications: OutboxMessage[] = [];
  const notificationLog = options.dataDir ? join(resolve(options.dataDir), 'notifications.jsonl') : undefined;
  // Webhooks: the same fan-out and attempts as in AWS, a timer queue for SQS; receivers on this machine are allowed.
  process.env.GASCARE_WEBHOOKS_ALLOW_LOOPBACK = '1';
  overrideDailyQuotas(options.dailyQuotas);
  const webhookScale = options.webhookRetryScale ?? Number(process.env.GASCARE_WEBHOOK_RETRY_SCALE ?? 1);
  const webhookQueue: LocalDeliveryQueue = new LocalDeliveryQueue((message) => attemptDelivery(message, { queue: webhookQueue, post: httpPoster({ allowLoopback: true }), scale: webhookScale }));
  const poller = await startStreamPoller(client, streams, tableName, [
    {
      name: 'outbox publisher',
      handle: makePublisher(async (messages) => {
        events.push(...messages);
        events.splice(0, Math.max(0, events.length - 1000));
        const sent = messages.filter((m) => m.type === NOTIFICATION_REQUESTED);
        notifications.push(...sent);
        notifications.splice(0, Math.max(0, notifications.length - 1000));
        if (notificationLog && sent.length) appendFileSync(notificationLog, sent.map((m) => `${JSON.stringify(m)}\n`).join(''));
      }),
    },
    { name: 'survey triggers', handle: onSurveyTrigger },
    { name: 'webhooks', handle: makeFanOut(webhookQueue) },
    { name: 'job worker', handle: onRunQueued, detached: true },
  ], options.dataDir ? filePositionStore(join(resolve(options.dataDir), 'stream-position.json')) : undefined);
  // The timers of deliveries waiting for their next attempt died with the last process (SQS keeps them).
  const requeued = await requeuePendingDeliveries(webhookQueue);
  if (requeued) logger.info('webhook deliveries queued again after a restart', { requeued });
  const scheduler = options.scheduler ? startScheduler(JOBS, onSchedule) : undefined;
  const resumer = options.resumeRuns === false ? undefined : startRunResumer(JOBS.map((j) => j.name), loadJob);

  const server = createGateway({
    routes: ROUTES,
    handlers,
    consoleDir: options.consoleDir,
    rateLimit: options.throttle === false ? undefined : new TokenBuckets(TIER_LIMITS.standard.ratePerSecond, TIER_LIMITS.standard.burst),
  });
  const port = await listen(server, wantedPort, host);
  const bound = (server.address() as AddressInfo).address;
  // Where operator tools (`npm run tenant`) find the store while this runtime holds the data dir.
  const runningStore = dynamo && options.dataDir ? join(resolve(options.dataDir), RUNNING_STORE_FILE) : undefined;
  if (runningStore) writeFileSync(runningStore, JSON.stringify({ endpoint, tableName, pid: process.pid }));

  return {
    url: `http://${urlHost(bound)}:${port}`,
    port,
    host: bound,
    tableName,
    dynamoEndpoint: endpoint,
    dynamo,
    events,
    notifications,
    seeded,
    idle: () => poller.idle(),
    async stop() {
      scheduler?.stop();
      await resumer?.stop();
      if (runningStore) rmSync(runningStore, { force: true });
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await poller.stop();
      await webhookQueue.stop();
      client.destroy();
      streams.destroy();
      resetDocumentClient();
      await dynamo?.stop();
    },
  };
}

/** Locally the master secret is generated once and kept beside the data, so tokens survive restarts. */
function useMasterSecret(dataDir: string | undefined) {
  if (process.env.GASCARE_SECRET_ARN || process.env.GASCARE_SECRET) return;
  let secret = randomBytes(32).toString('base64url');
  if (dataDir) {
    const file = join(resolve(dataDir), 'master-secret');
    mkdirSync(resolve(dataDir), { recursive: true });
    if (existsSync(file)) secret = readFileSync(file, 'utf8').trim();
    else writeFileSync(file, secret, { mode: 0o600 });
  }
  process.env.GASCARE_SECRET = secret;
  resetSecrets();
  void loadMasterSecret();
}

const busyPort = (port: number) => new Error(`port ${port} is busy: is gascare already running? Set PORT to use another port.`);

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' ? busyPort(port) : error));
    server.listen(port, host, () => done((server.address() as AddressInfo).port));
  });
}

/** How a client on this machine reaches the server: a wildcard address is reached as localhost. */
function urlHost(address: string): string {
  if (address === '0.0.0.0' || address === '::') return 'localhost';
  return address.includes(':') ? `[${address}]` : address;
}

async function assertPortFree(port: number, host: string): Promise<void> {
  const probe = createServer();
  await listen(probe, port, host);
  await new Promise((done) => probe.close(done));
}
