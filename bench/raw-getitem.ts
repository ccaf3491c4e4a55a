import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { percentile } from './lib.ts';

/**
 * The baseline: the same DynamoDB Local, the same item, 16 concurrent callers, no HTTP and no
 * product code. Runs as its own process, as autocannon does. Prints JSON.
 * env: ENDPOINT, TABLE, PK, SK, SECONDS, OP (get | query), CONNECTIONS
 * - OP=query: INDEX (gsi1…gsi6), SK_PREFIX, LIMIT (20); PK may list several partitions separated
 *   by `|`, queried in parallel (one request = all of them answered).
 * - OP=get with THEN_PK_PREFIX and THEN_SK: a second GetItem of `<THEN_PK_PREFIX><item[THEN_ATTR]>`
 *   after the first (a guard item, then the object it names).
 */
const { ENDPOINT, TABLE, PK = '', SK = '', SECONDS = '10', OP = 'get', CONNECTIONS = '16', INDEX, SK_PREFIX, LIMIT = '20', THEN_PK_PREFIX, THEN_SK, THEN_ATTR = 'customerId' } = process.env;
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: ENDPOINT, region: 'localhost', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }));
const until = Date.now() + Number(SECONDS) * 1000;
const latencies: number[] = [];

const query = (pk: string) =>
  doc.send(
    new QueryCommand({
      TableName: TABLE,
      IndexName: INDEX || undefined,
      KeyConditionExpression: SK_PREFIX ? '#pk = :pk AND begins_with(#sk, :sk)' : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': INDEX ? `${INDEX}pk` : 'pk', ...(SK_PREFIX ? { '#sk': INDEX ? `${INDEX}sk` : 'sk' } : {}) },
      ExpressionAttributeValues: { ':pk': pk, ...(SK_PREFIX ? { ':sk': SK_PREFIX } : {}) },
      Limit: Number(LIMIT),
    }),
  );

async function once(): Promise<void> {
  if (OP === 'query') {
    await Promise.all(PK.split('|').map(query));
    return;
  }
  const out = await doc.send(new GetCommand({ TableName: TABLE, Key: { pk: PK, sk: SK } }));
  if (THEN_PK_PREFIX) {
    const ref = out.Item?.[THEN_ATTR];
    if (typeof ref !== 'string') throw new Error(`${PK} has no ${THEN_ATTR}`);
    await doc.send(new GetCommand({ TableName: TABLE, Key: { pk: `${THEN_PK_PREFIX}${ref}`, sk: THEN_SK } }));
  }
}

async function worker() {
  while (Date.now() < until) {
    const t0 = performance.now();
    await once();
    latencies.push(performance.now() - t0);
  }
}
await Promise.all(Array.from({ length: Number(CONNECTIONS) }, worker));
latencies.sort((a, b) => a - b);
console.log(JSON.stringify({ p50: percentile(latencies, 50), p99: percentile(latencies, 99), requests: latencies.length, rps: latencies.length / Number(SECONDS) }));
