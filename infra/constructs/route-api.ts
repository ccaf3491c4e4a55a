import { Aws, type CfnResource, Duration, Lazy, NestedStack, Stack } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import type { ServedRoute as RouteDef } from '../../shared/capability.ts';
import { STORE_RETRY_AFTER_SECONDS } from '../../shared/http/store-unavailable.ts';
import { XLSX } from '../../shared/http/media.ts';
import { acknowledge } from './gascare-function.ts';
import { API_KEY_TIER_LIMITS, API_KEY_TIERS, usagePlanKeyValue, type ApiKeyTier } from '../../shared/auth/api-key-tiers.ts';

export const STAGE_NAME = 'prod';

/** The request headers the HTTP stack accepts (shared/http/handler.ts, CORS). */
const CORS_HEADERS = ['authorization', 'content-type', 'idempotency-key', 'if-match', 'x-api-key', 'x-correlation-id'];

export interface RouteApiProps {
  tenantId: string;
  routes: readonly RouteDef[];
  /** The Lambda function of each bounded context (`route.context`). */
  functions: Record<string, lambda.IFunction>;
  authorizer: lambda.IFunction;
  throttle: { ratePerSecond: number; burst: number };
  /** The console's origin, the only browser origin answered for CORS. */
  corsOrigin: string;
  webAclArn: string;
}

export const isPublic = (route: RouteDef) => 'public' in route.access;

/**
 * The subtree of the API a path belongs to, which is the nested stack that builds it: a version
 * segment and the one after it (`/v1/customers/{id}/meters` → `/v1/customers`). Paths outside a
 * version (`/healthz`, `/openapi.json`) have none: the API's own stack builds them.
 *
 * Derived from the path alone, so a route added anywhere never moves another route's resources to
 * another stack: API Gateway refuses a second resource with the same path, and CloudFormation
 * creates the new one before it deletes the old, so a deployed subtree cannot change stacks.
 */
export function subtreeOf(path: string): string | undefined {
  const match = /^\/v\d+\/[^/]+/.exec(path);
  return match?.[0];
}

/** `/v1/customer-imports` → `V1CustomerImports` (construct ids). */
const pascal = (s: string) => s.replace(/(^|[^a-zA-Z0-9])([a-zA-Z0-9])/g, (_, __, c: string) => c.toUpperCase());

/**
 * One subtree of the REST API (`/v1/<segment>` and everything under it) in a nested stack: its
 * resources, methods and CORS preflights. The API, its authorizer, its deployment and stage stay
 * in the tenant's stack; this stack sees them through parameters CDK passes in.
 */
export class RouteSubtree extends NestedStack {
  /** The subtree's path, `/v1/customers`. */
  readonly path: string;
  /** The resource at `path`, first of this stack's own. */
  readonly top: apigateway.Resource;

  constructor(scope: Construct, id: string, props: { api: apigateway.RestApi; parent: apigateway.IResource; pathPart: string; cors: apigateway.CorsOptions; tenantId: string }) {
    const path = `${props.parent.path.replace(/\/$/, '')}/${props.pathPart}`;
    super(scope, id, { description: `gascare ${props.tenantId}: REST API resources and methods under ${path}` });
    this.path = path;
    const api = apigateway.RestApi.fromRestApiAttributes(this, 'Api', { restApiId: props.api.restApiId, rootResourceId: props.api.restApiRootResourceId });
    const parent = apigateway.Resource.fromResourceAttributes(this, 'Parent', { restApi: api, resourceId: props.parent.resourceId, path: props.parent.path });
    // An imported parent carries no CORS options: the subtree's top gets the API's, and its
    // descendants inherit them as they do in one stack.
    this.top = new apigateway.Resource(this, props.pathPart, { parent, pathPart: props.pathPart, defaultCorsPreflightOptions: props.cors });
  }

  /** The resource of a full path inside this subtree (`/v1/customers/{id}`). */
  resourceFor(path: string): apigateway.Resource {
    if (path !== this.path && !path.startsWith(`${this.path}/`)) throw new Error(`${path} is not under ${this.path}`);
    return this.top.resourceForPath(path.slice(this.path.length + 1)) as apigateway.Resource;
  }
}

/**
 * A tenant's REST API, built from the route manifest: one resource per path, one method per route,
 * each integrated (Lambda proxy) with its context's function. Every non-public method goes through
 * the REQUEST authorizer and requires the usage-plan API key the authorizer returns
 * (`apiKeySourceType: AUTHORIZER`); the key's value lives in Secrets Manager, not in the template.
 *
 * The resources and methods under each `/v1/<segment>` are built in a nested stack of their own
 * (`RouteSubtree`, see `subtreeOf`), so the routes do not count against the 500 resources
 * CloudFormation allows the tenant's stack. The API, the authorizer, the usage plan, the gateway
 * responses, the WAF association and the one deployment and stage stay here; the deployment
 * depends on every subtree's stack and its logical id hashes every subtree's resources and methods
 * (CDK does that only for the API's own stack), so any route change deploys a new stage snapshot.
 */
export class RouteApi extends Construct {
  readonly api: apigateway.RestApi;
  readonly authorizer: apigateway.RequestAuthorizer;
  readonly usageKeySecret: secretsmanager.Secret;
  /** The console users' plan (the tenant's tier). */
  readonly usagePlan: apigateway.UsagePlan;
  /** An integrator key tier → its plan. */
  readonly tierPlans = new Map<ApiKeyTier, apigateway.UsagePlan>();
  private readonly tenantId: string;
  readonly accessLogs: logs.LogGroup;
  /** `METHOD path` → the method built for that route. */
  readonly methods = new Map<string, apigateway.Method>();
  /** The nested stacks of the API's subtrees, by subtree path (`/v1/customers`). */
  readonly subtrees = new Map<string, RouteSubtree>();

  constructor(scope: Construct, id: string, props: RouteApiProps) {
    super(scope, id);
    const { tenantId, throttle } = props;
    this.tenantId = tenantId;

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logs.RetentionDays.THREE_MONTHS });
    const cors: apigateway.CorsOptions = {
      allowOrigins: [props.corsOrigin],
      allowHeaders: CORS_HEADERS,
      allowMethods: [...new Set(props.routes.map((r) => r.method))],
      exposeHeaders: ['etag', 'location', 'x-correlation-id'],
      maxAge: Duration.hours(1),
    };

    this.api = new apigateway.RestApi(this, 'Api', {
      restApiName: `gascare-${tenantId}`,
      description: `gascare REST API of tenant ${tenantId}`,
      endpointTypes: [apigateway.EndpointType.REGIONAL],
      apiKeySourceType: apigateway.ApiKeySourceType.AUTHORIZER,
      // Excel reports are binary: a proxy reply with isBase64Encoded goes out as bytes to a client
      // that accepts this type (request bodies of this type would arrive base64: none is sent).
      binaryMediaTypes: [XLSX],
      // The account-level logging role is set once, by the platform stack.
      cloudWatchRole: false,
      deployOptions: {
        stageName: STAGE_NAME,
        tracingEnabled: true,
        loggingLevel: apigateway.MethodLoggingLevel.ERROR,
        // Bodies carry personal data (names, phones, addresses): never log them.
        dataTraceEnabled: false,
        metricsEnabled: true,
        accessLogDestination: new apigateway.LogGroupLogDestination(this.accessLogs),
        accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields(),
        throttlingRateLimit: throttle.ratePerSecond,
        throttlingBurstLimit: throttle.burst,
      },
      defaultCorsPreflightOptions: cors,
    });

    // Caching stays off: a REQUEST authorizer with identity sources is skipped (401) unless every
    // source is present, and callers send either Authorization or x-api-key, never both.
    this.authorizer = new apigateway.RequestAuthorizer(this, 'Authorizer', {
      authorizerName: `gascare-${tenantId}`,
      handler: props.authorizer,
      identitySources: [],
      resultsCacheTtl: Duration.seconds(0),
    });

    // One Lambda proxy integration per function, and one invoke permission per function for the
    // API's stage: LambdaIntegration would add a permission per method, and with ~100 routes
    // those alone take a fifth of CloudFormation's 500 resources a stack may hold.
    const integrations = new Map<string, apigateway.Integration>();
    const integrationOf = (context: string) => {
      const fn = props.functions[context];
      if (!fn) throw new Error(`no function for context "${context}"`);
      let integration = integrations.get(context);
      if (!integration) {
        fn.addPermission('InvokeByApi', { principal: new iam.ServicePrincipal('apigateway.amazonaws.com'), sourceArn: this.api.arnForExecuteApi('*', '/*', STAGE_NAME) });
        integration = new apigateway.Integration({
          type: apigateway.IntegrationType.AWS_PROXY,
          integrationHttpMethod: 'POST',
          uri: `arn:${Aws.PARTITION}:apigateway:${Aws.REGION}:lambda:path/2015-03-31/functions/${fn.functionArn}/invocations`,
        });
        integrations.set(context, integration);
      }
      return integration;
    };

    const resourceFor = (path: string): apigateway.Resource => {
      const subtree = subtreeOf(path);
      if (!subtree) return this.api.root.resourceForPath(path);
      let stack = this.subtrees.get(subtree);
      if (!stack) {
        const cut = subtree.lastIndexOf('/');
        stack = new RouteSubtree(this, `Routes${pascal(subtree)}`, {
          api: this.api,
          // The version's own resource (`/v1`) is shared by every subtree: it stays here.
          parent: this.api.root.resourceForPath(subtree.slice(0, cut)),
          pathPart: subtree.slice(cut + 1),
          cors,
          tenantId,
        });
        this.subtrees.set(subtree, stack);
      }
      return stack.resourceFor(path);
    };

    for (const route of props.routes) {
      const resource = resourceFor(route.path);
      const method = resource.addMethod(
        route.method,
        integrationOf(route.context),
        isPublic(route)
          ? { authorizationType: apigateway.AuthorizationType.NONE }
          : { authorizer: this.authorizer, authorizationType: apigateway.AuthorizationType.CUSTOM, apiKeyRequired: true },
      );
      this.methods.set(`${route.method} ${route.path}`, method);
      if (isPublic(route)) {
        acknowledge(
          method,
          'AwsSolutions-APIG4',
          `Public by design in the route manifest (${route.method} ${route.path}: ${route.summary}); the handler authenticates what it needs (login checks the password, survey links carry a signed single-use token).`,
        );
      }
    }
    // CORS preflights (OPTIONS, MOCK integration) carry no credentials; cdk-nag exempts them itself.
    for (const scope of [this.api, ...this.subtrees.values()]) {
      acknowledge(
        scope,
        'AwsSolutions-COG4',
        'Callers are console users with the platform\'s own signed tokens and integrators with hashed API keys (docs/architecture.md, Auth); both are verified by the Lambda REQUEST authorizer, not a Cognito user pool.',
      );
    }
    this.deployEverySubtree();
    acknowledge(
      this.api,
      'AwsSolutions-APIG2',
      'Requests are validated in the Lambda middleware against the route manifest\'s zod schemas (the same ones the OpenAPI document is generated from), answering problem+json 400/422 with the field named; an API Gateway validator would duplicate the schemas and answer in another format.',
    );

    this.addProblemResponses(props.corsOrigin);

    // Throttling: the authorizer returns the value of the caller's plan's key as the usage identifier.
    this.usageKeySecret = new secretsmanager.Secret(this, 'UsageKeySecret', {
      description: `gascare ${tenantId}: base value of the API Gateway API keys bound to the tenant's usage plans (read by the authorizer)`,
      generateSecretString: { passwordLength: 40, excludePunctuation: true, includeSpace: false },
    });
    acknowledge(
      this.usageKeySecret,
      'AwsSolutions-SMG4',
      'Not a credential: callers never see it. It only names the usage plan the authorizer assigns a request to (authentication is the token or integrator key); rotating it would need the API key updated in the same step for no security gain.',
    );
    const base = this.usageKeySecret.secretValue.unsafeUnwrap();
    // Console users: the tenant's plan, at the rate of the tenant's tier.
    this.usagePlan = this.plan('', base, `Request rate of tenant ${tenantId}'s console users`, throttle);
    // Integrator keys: one plan per key tier (its keys of that tier share it; the stage's throttle,
    // the tenant's tier, caps them all). The daily quota is counted per key by the handler, in the
    // tenant-local day, which API Gateway's UTC quota periods cannot express.
    for (const tier of API_KEY_TIERS) {
      const { ratePerSecond, burst } = API_KEY_TIER_LIMITS[tier];
      this.tierPlans.set(tier, this.plan(tier, usagePlanKeyValue(base, tier), `Request rate of tenant ${tenantId}'s ${tier} integrator keys`, { ratePerSecond, burst }));
    }

    new wafv2.CfnWebACLAssociation(this, 'WebAcl', { resourceArn: this.api.deploymentStage.stageArn, webAclArn: props.webAclArn });
  }

  /** A usage plan on the stage with the API Gateway key of `value`; `tier` '' is the tenant's own. */
  private plan(tier: ApiKeyTier | '', value: string, description: string, throttle: { ratePerSecond: number; burst: number }): apigateway.UsagePlan {
    const suffix = tier ? tier[0]!.toUpperCase() + tier.slice(1) : '';
    const key = new apigateway.ApiKey(this, `UsageKey${suffix}`, { description: `gascare ${this.tenantId}: usage plan key${tier ? ` of ${tier} integrator keys` : ''} (value from Secrets Manager)`, value });
    const plan = this.api.addUsagePlan(`UsagePlan${suffix}`, {
      name: `gascare-${this.tenantId}${tier ? `-${tier}` : ''}`,
      description,
      throttle: { rateLimit: throttle.ratePerSecond, burstLimit: throttle.burst },
      apiStages: [{ api: this.api, stage: this.api.deploymentStage }],
    });
    plan.addApiKey(key);
    return plan;
  }

  /**
   * CDK ties the deployment to the methods and resources of the API's own stack only (it depends on
   * each and hashes each into its logical id); methods built on an imported API, as in the
   * subtrees, are neither. Without this a new route would reach the API but never the stage, and a
   * first deployment could even run before the subtrees' methods exist. So: the deployment depends
   * on every subtree's stack, and hashes what CloudFormation gets for each of their API Gateway
   * resources (properties as that stack resolves them), and for the authorizer, which only the
   * subtrees' methods use (CDK would hash it through a method of this stack).
   */
  private deployEverySubtree(): void {
    const deployment = this.api.latestDeployment;
    if (!deployment) throw new Error('the REST API has no deployment');
    const rendered = (resource: CfnResource) => {
      const template = Stack.of(resource).resolve(resource._toCloudFormation()) as { Resources: Record<string, { Type: string; Properties?: unknown }> };
      return Object.entries(template.Resources).map(([id, r]) => ({ id, type: r.Type, properties: r.Properties }));
    };
    for (const subtree of this.subtrees.values()) {
      deployment.node.addDependency(subtree);
      // Lazy: read at synthesis, so whatever the subtree holds by then counts.
      deployment.addToLogicalId(
        Lazy.any({
          produce: () =>
            subtree.node
              .findAll()
              .filter((c): c is CfnResource => c instanceof apigateway.CfnMethod || c instanceof apigateway.CfnResource)
              .flatMap(rendered),
        }),
      );
    }
    const authorizer = this.authorizer.node.defaultChild as CfnResource;
    deployment.node.addDependency(authorizer);
    deployment.addToLogicalId(Lazy.any({ produce: () => rendered(authorizer) }));
  }

  /** API Gateway's own refusals (authorizer, throttling) in the API's problem+json shape, with CORS. */
  private addProblemResponses(corsOrigin: string): void {
    const problem = (type: string, title: string, status: number) =>
      JSON.stringify({ type: `https://gascare.dev/problems/${type}`, title, status }).replace(/}$/, ',"detail":$context.error.messageString,"correlationId":"$context.requestId"}');
    const headers = { 'Access-Control-Allow-Origin': `'${corsOrigin}'`, 'Content-Type': "'application/problem+json'" };
    const responses: [string, apigateway.ResponseType, number, string, string][] = [
      ['Unauthorized', apigateway.ResponseType.UNAUTHORIZED, 401, 'unauthorized', 'Unauthorized'],
      ['AccessDenied', apigateway.ResponseType.ACCESS_DENIED, 403, 'forbidden', 'Forbidden'],
      ['Throttled', apigateway.ResponseType.THROTTLED, 429, 'too-many-requests', 'Too many requests'],
      ['MissingRoute', apigateway.ResponseType.MISSING_AUTHENTICATION_TOKEN, 404, 'not-found', 'Not found'],
      // The authorizer throws (anything but "Unauthorized") when it cannot read the store (API keys):
      // like the handlers' store-unavailable answer, a 503 with Retry-After the caller retries, not a 500.
      ['AuthorizerFailure', apigateway.ResponseType.AUTHORIZER_FAILURE, 503, 'authorizer-unavailable', 'Service unavailable'],
      ['AuthorizerError', apigateway.ResponseType.AUTHORIZER_CONFIGURATION_ERROR, 503, 'authorizer-unavailable', 'Service unavailable'],
    ];
    for (const [id, type, status, problemType, title] of responses) {
      this.api.addGatewayResponse(id, {
        type,
        statusCode: String(status),
        responseHeaders:
          status === 401 ? { ...headers, 'WWW-Authenticate': "'Bearer'" } : status === 503 ? { ...headers, 'Retry-After': `'${STORE_RETRY_AFTER_SECONDS}'` } : headers,
        templates: { 'application/json': problem(problemType, title, status) },
      });
    }
    for (const [id, type] of [
      ['Default4xx', apigateway.ResponseType.DEFAULT_4XX],
      ['Default5xx', apigateway.ResponseType.DEFAULT_5XX],
    ] as const) {
      this.api.addGatewayResponse(id, {
        type,
        responseHeaders: headers,
        templates: {
          'application/json':
            '{"type":"https://gascare.dev/problems/gateway","title":$context.error.messageString,"detail":"$context.error.responseType","correlationId":"$context.requestId"}',
        },
      });
    }
  }
}
