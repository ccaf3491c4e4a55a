import { startDynamoLocal, type DynamoLocal } from '../../local/dynamo.ts';

/**
 * One DynamoDB Local (in memory) per test run; every test file creates its own table in it, so
 * files run in parallel without seeing each other's data.
 */
declare global {
  var __dynamoLocal: DynamoLocal | undefined;
}

export default async function globalSetup(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  process.env.LOG_LEVEL ??= 'ERROR';
  const dynamo = await startDynamoLocal();
  globalThis.__dynamoLocal = dynamo;
  process.env.GASCARE_TEST_DYNAMODB_ENDPOINT = dynamo.endpoint;
  // Every reply a test provokes is checked against its route's response schemas (shared/http/handler.ts).
  process.env.GASCARE_CHECK_RESPONSES = '1';
}
