import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/db/client.ts';
import { httpHandler } from '../../shared/http/handler.ts';
import { Problem } from '../../shared/http/problems.ts';
import { ok } from '../../shared/http/reply.ts';
import { keys, PLATFORM_TENANT } from '../../shared/keys.ts';
import { tableName } from '../../shared/table.ts';
import { healthz as route } from './routes.ts';

/**
 * A key this process may read: its tenant's profile where the deployment serves one tenant (AWS:
 * the stack's TENANT_ID, inside the role's LeadingKeys), the tenant directory where one process
 * serves them all (the local runtime).
 */
const probeKey = () => (process.env.TENANT_ID ? keys.tenantProfile(process.env.TENANT_ID) : keys.tenantDirectory(PLATFORM_TENANT));

export const main = async () => {
  const started = Date.now();
  try {
    await documentClient().send(new GetCommand({ TableName: tableName(), Key: probeKey() }));
  } catch {
    throw new Problem(503, 'unavailable', 'Store unavailable', 'The data store does not answer');
  }
  return ok({ status: 'ok', storeLatencyMs: Date.now() - started });
};

export const handler = httpHandler(route, main);
export { route };
