import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { percentile } from './lib.ts';

/**
 * The baseline: the same DynamoDB Local, the same item, 16 concurrent callers, no HTTP and no
 * product code. Runs as its own process, as autocannon does. Prints JSON.
 * env: ENDPOINT, TABLE, PK, SK, SECONDS, OP (get | query), CONNECTIONS
 */
const { ENDPOINT, TABLE, PK, SK = '', SECONDS = '10', OP = 'get', CONNECTIONS = '16', INDEX, SK_PREFIX } = process.env;
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: ENDPOINT, region: 'localhost', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }));
const until = Date.now() + Number(SECONDS) * 1000;
const latencies: number[] = [];

const command = () =>
  OP === 'query'
    ? new QueryCommand({
        TableName: TABLE,
        IndexName: INDEX || undefined,
        KeyConditionExpression: SK_PREFIX ? '#pk = :pk AND begins_with(#sk, :sk)' : '#pk = :pk',
        ExpressionAttributeNames: { '#pk': INDEX ? `${INDEX}pk` : 'pk', ...(SK_PREFIX ? { '#sk': INDEX ? `${INDEX}sk` : 'sk' } : {}) },
        ExpressionAttributeValues: { ':pk': PK, ...(SK_PREFIX ? { ':sk': SK_PREFIX } : {}) },
        Limit: 20,
      })
    : new GetCommand({ TableName: TABLE, Key: { pk: PK, sk: SK } });

async function worker() {
  while (Date.now() < until) {
    const t0 = performance.now();
    await doc.send(command() as never);
    latencies.push(performance.now() - t0);
  }
}
await Promise.all(Array.from({ length: Number(CONNECTIONS) }, worker));
latencies.sort((a, b) => a - b);
console.log(JSON.stringify({ p50: percentile(latencies, 50), p99: percentile(latencies, 99), requests: latencies.length, rps: latencies.length / Number(SECONDS) }));
