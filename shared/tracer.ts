import { Tracer } from '@aws-lambda-powertools/tracer';
import { instrumentDynamoClient } from './db/client.ts';

/**
 * The one Tracer (X-Ray), for the functions whose bundle budget affords the X-Ray SDK (~120 KB
 * minified): a function's entry imports this module, which also makes the shared DynamoDB client
 * record a subsegment per call. Powertools turns itself off outside Lambda (no AWS_EXECUTION_ENV)
 * and when POWERTOOLS_TRACE_ENABLED=false (the local runtime's default, local/quiet-defaults.ts):
 * then `captureAWSv3Client` returns the client untouched.
 */
export const tracer = new Tracer({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'gascare' });

instrumentDynamoClient((client) => tracer.captureAWSv3Client(client));
