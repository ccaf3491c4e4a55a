import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { ensureTable } from '../local/create-table.ts';
import { startDynamoLocal } from '../local/dynamo.ts';

const dynamo = await startDynamoLocal({ inMemory: true } as never);
const client = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'localhost', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } });
await ensureTable(client, 'probe');
const doc = DynamoDBDocumentClient.from(client);
const item = (i: number, kb: number) => ({ pk: `P#${i}`, sk: 'S', pad: 'x'.repeat(kb * 1024 - 100) });
for (const [n, kb] of [[1, 1], [2, 1], [4, 1], [20, 1], [4, 3], [1, 3]] as const) {
  const out = await doc.send(new TransactWriteCommand({ TransactItems: Array.from({ length: n }, (_, i) => ({ Put: { TableName: 'probe', Item: item(i + n * 100 + kb * 1000, kb) } })), ReturnConsumedCapacity: 'TOTAL' }));
  console.log(`transact ${n} × ${kb} KB:`, JSON.stringify(out.ConsumedCapacity));
}
const put = await doc.send(new PutCommand({ TableName: 'probe', Item: item(9999, 3), ReturnConsumedCapacity: 'TOTAL' }));
console.log('put 3 KB:', JSON.stringify(put.ConsumedCapacity));
await dynamo.stop();
