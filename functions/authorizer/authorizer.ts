import type { APIGatewayAuthorizerResult, APIGatewayRequestAuthorizerEvent } from 'aws-lambda';
import { authenticate, toAuthorizerContext, type Authorized } from '../../shared/auth/authorizer.ts';
import { Problem } from '../../shared/http/problems.ts';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { loadMasterSecret } from '../../shared/secrets.ts';
import { usagePlanKeyValue } from '../../shared/auth/api-key-tiers.ts';
// X-Ray subsegments for the authorizer's DynamoDB calls (API keys); this bundle has room for it.
import '../../shared/tracer.ts';

/**
 * API Gateway throttles by the value of an API Gateway API key bound to a usage plan: the tenant's
 * for console users, its tier's for an integrator key (`usagePlanKeyValue`). The stack keeps the
 * base value in Secrets Manager (`USAGE_KEY_SECRET_ARN`), never in the environment.
 */
let usageKey: string | undefined;
async function usagePlanKey(authorized: Authorized): Promise<string> {
  const arn = process.env.USAGE_KEY_SECRET_ARN;
  if (!arn) return authorized.usageIdentifier;
  usageKey ??= (await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: arn }))).SecretString;
  return usageKey ? usagePlanKeyValue(usageKey, authorized.tier) : authorized.usageIdentifier;
}

/**
 * The API Gateway REQUEST authorizer of a tenant's REST API. It authenticates (token or API key),
 * refuses credentials of other tenants (`TENANT_ID` is the stack's tenant), and returns the usage
 * identifier so the usage plan of the tenant (users) or of the key's tier (integrators) throttles
 * it. Role and scope checks happen in the route's middleware, where the route is known.
 */
export const handler = async (event: APIGatewayRequestAuthorizerEvent): Promise<APIGatewayAuthorizerResult> => {
  await loadMasterSecret();
  const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v ?? undefined]));
  try {
    const authorized = await authenticate(headers, process.env.TENANT_ID);
    const arn = event.methodArn.split('/').slice(0, 2).join('/');
    return {
      principalId: `${authorized.principal.kind}:${authorized.principal.id}`,
      policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: `${arn}/*` }] },
      context: toAuthorizerContext(authorized),
      usageIdentifierKey: await usagePlanKey(authorized),
    };
  } catch (error) {
    // API Gateway maps this exact message to a 401.
    if (error instanceof Problem && error.status === 401) throw new Error('Unauthorized');
    throw error;
  }
};
