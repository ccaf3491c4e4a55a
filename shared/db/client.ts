import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * One DynamoDB document client per process. The endpoint is wiring chosen at the edge:
 * `DYNAMODB_ENDPOINT` points at DynamoDB Local on one machine and is unset in AWS.
 */
let doc: DynamoDBDocumentClient | undefined;

/**
 * What wraps the raw client when it is created: nothing, unless the function's entry loads
 * `shared/tracer.ts` (X-Ray subsegments per call, on AWS only). A hook instead of an import, so the
 * functions that do not trace do not carry the X-Ray SDK (~120 KB) in their bundle.
 */
let instrument: (client: DynamoDBClient) => DynamoDBClient = (client) => client;
export function instrumentDynamoClient(wrap: (client: DynamoDBClient) => DynamoDBClient): void {
  instrument = wrap;
}

export function documentClient(): DynamoDBDocumentClient {
  if (!doc) {
    const endpoint = process.env.DYNAMODB_ENDPOINT;
    const raw = instrument(new DynamoDBClient({
      ...(endpoint
        ? { endpoint, region: 'localhost', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
        : {}),
      maxAttempts: 5,
    }));
    doc = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
  }
  return doc;
}

/** For tests and the local runtime, which point the process at a fresh endpoint. */
export function resetDocumentClient(): void {
  doc?.destroy();
  doc = undefined;
}
