import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { resetDocumentClient } from '../../shared/db/client.ts';
import { loadMasterSecret, resetSecrets } from '../../shared/secrets.ts';
import { ensureTable } from '../../local/create-table.ts';

/** A client of a DynamoDB Local (which takes any credentials): the caller destroys it. */
export const localDynamoClient = (endpoint: string | undefined) => new DynamoDBClient({ endpoint, region: 'localhost', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });

/**
 * A table in the test file's DynamoDB Local, for tests of the data layer without
 * the runtime: the process's store (documentClient) and master secret point at it afterwards.
 */
export async function useFreshTable(): Promise<string> {
  const endpoint = process.env.GASCARE_TEST_DYNAMODB_ENDPOINT;
  if (!endpoint) throw new Error('no DynamoDB Local: run tests through jest (test/support/store-environment.mjs starts it)');
  const tableName = `t-${randomBytes(6).toString('hex')}`;
  process.env.DYNAMODB_ENDPOINT = endpoint;
  process.env.TABLE_NAME = tableName;
  process.env.GASCARE_SECRET ??= randomBytes(32).toString('hex');
  resetSecrets();
  await loadMasterSecret();
  resetDocumentClient();
  const client = localDynamoClient(endpoint);
  await ensureTable(client, tableName);
  client.destroy();
  return tableName;
}
