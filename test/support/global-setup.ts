import { startDynamoLocal, type DynamoLocal } from '../../local/dynamo.ts';

/**
 * DynamoDB Local (in memory), one per jest worker; every test file creates its own table in its
 * worker's instance, so files run in parallel without seeing each other's data.
 */
declare global {
  var __dynamoLocals: DynamoLocal[] | undefined;
}

/** One per jest worker (jest.config.js maxWorkers): see worker-store.ts. */
const INSTANCES = 2;

export default async function globalSetup(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  process.env.LOG_LEVEL ??= 'ERROR';
  const dynamos = await Promise.all(Array.from({ length: INSTANCES }, () => startDynamoLocal()));
  globalThis.__dynamoLocals = dynamos;
  process.env.GASCARE_TEST_DYNAMODB_ENDPOINTS = dynamos.map((d) => d.endpoint).join(',');
  process.env.GASCARE_TEST_DYNAMODB_ENDPOINT = dynamos[0]!.endpoint;
  // Every reply a test provokes is checked against its route's response schemas (shared/http/handler.ts).
  process.env.GASCARE_CHECK_RESPONSES = '1';
}
