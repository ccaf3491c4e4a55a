import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { startDynamoLocal } from './dynamo.ts';

/** The file a running `npm start` leaves in its data dir: its DynamoDB Local's endpoint and table. */
export const RUNNING_STORE_FILE = 'store.json';

export interface OpenStore {
  client: DynamoDBClient;
  tableName: string;
  /** Where it came from, for the operator: the running runtime's store, one started on the folder, or the endpoint given. */
  source: string;
  close(): Promise<void>;
}

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const clientOf = (endpoint: string) => new DynamoDBClient({ endpoint, region: 'localhost', credentials });

async function answers(client: DynamoDBClient): Promise<boolean> {
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }));
    return true;
  } catch {
    return false;
  }
}

/**
 * The store of a data dir, for operator tools, whether `npm start` runs or not: DynamoDB Local
 * holds its folder while it runs, so a running runtime's store is reached at the endpoint it
 * recorded (`<data dir>/store.json`); otherwise a DynamoDB Local of our own is started on the
 * folder for the tool's duration. `endpoint` (a test's shared DynamoDB Local) skips both.
 */
export async function openStore(options: { dataDir: string; endpoint?: string; tableName?: string; onProgress?: (message: string) => void }): Promise<OpenStore> {
  if (options.endpoint) {
    const client = clientOf(options.endpoint);
    return { client, tableName: options.tableName ?? 'gascare', source: options.endpoint, close: async () => client.destroy() };
  }
  const running = join(resolve(options.dataDir), RUNNING_STORE_FILE);
  if (existsSync(running)) {
    const recorded = JSON.parse(readFileSync(running, 'utf8')) as { endpoint: string; tableName: string };
    const client = clientOf(recorded.endpoint);
    if (await answers(client)) return { client, tableName: options.tableName ?? recorded.tableName, source: `the running gascare's store (${recorded.endpoint})`, close: async () => client.destroy() };
    client.destroy(); // left by a runtime that did not stop cleanly
  }
  options.onProgress?.(`starting DynamoDB Local on ${join(options.dataDir, 'dynamodb')}…`);
  const dynamo = await startDynamoLocal({ dataDir: join(options.dataDir, 'dynamodb') });
  const client = clientOf(dynamo.endpoint);
  return {
    client,
    tableName: options.tableName ?? 'gascare',
    source: join(options.dataDir, 'dynamodb'),
    async close() {
      client.destroy();
      await dynamo.stop();
    },
  };
}
