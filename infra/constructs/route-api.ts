import { Aws, Duration } from 'aws-cdk-lib';
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
 * A tenant's REST API, built from the route manifest: one resource per path, one method per route,
 * each integrated (Lambda proxy) with its context's function. Every non-public method goes through
 * the REQUEST authorizer and requires the usage-plan API key the authorizer returns
 * (`apiKeySourceType: AUTHORIZER`); the key's value lives in Secrets Manager, not in the template.
 */
export class RouteApi extends Construct {
  readonly api: apigateway.RestApi;
  readonly authorizer: apigateway.RequestAuthorizer;
  readonly usageKeySecret: secretsmanager.Secret;
  readonly usagePlan: apigateway.UsagePlan;
  readonly accessLogs: logs.LogGroup;
  /** `METHOD path` → the method built for that route. */
  readonly methods = new Map<string, apigateway.Method>();

  constructor(scope: Construct, id: string, props: RouteApiProps) {
    super(scope, id);
    const { tenantId, throttle } = props;

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: logs.RetentionDays.THREE_MONTHS });

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
      defaultCorsPreflightOptions: {
        allowOrigins: [props.corsOrigin],
        allowHeaders: CORS_HEADERS,
        allowMethods: [...new Set(props.routes.map((r) => r.method))],
        exposeHeaders: ['etag', 'location', 'x-correlation-id'],
        maxAge: Duration.hours(1),
      },
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

    for (const route of props.routes) {
      const resource = this.api.root.resourceForPath(route.path);
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
    acknowledge(
      this.api,
      'AwsSolutions-COG4',
      'Callers are console users with the platform\'s own signed tokens and integrators with hashed API keys (docs/architecture.md, Auth); both are verified by the Lambda REQUEST authorizer, not a Cognito user pool.',
    );
    acknowledge(
      this.api,
      'AwsSolutions-APIG2',
      'Requests are validated in the Lambda middleware against the route manifest\'s zod schemas (the same ones the OpenAPI document is generated from), answering problem+json 400/422 with the field named; an API Gateway validator would duplicate the schemas and answer in another format.',
    );

    this.addProblemResponses(props.corsOrigin);

    // Throttling per tier: the authorizer returns this key's value as the usage identifier.
    this.usageKeySecret = new secretsmanager.Secret(this, 'UsageKeySecret', {
      description: `gascare ${tenantId}: value of the API Gateway API key bound to the tenant's usage plan (read by the authorizer)`,
      generateSecretString: { passwordLength: 40, excludePunctuation: true, includeSpace: false },
    });
    acknowledge(
      this.usageKeySecret,
      'AwsSolutions-SMG4',
      'Not a credential: callers never see it. It only names the usage plan the authorizer assigns a request to (authentication is the token or integrator key); rotating it would need the API key updated in the same step for no security gain.',
    );
    const apiKey = new apigateway.ApiKey(this, 'UsageKey', {
      description: `gascare ${tenantId}: usage plan key (value in Secrets Manager)`,
      value: this.usageKeySecret.secretValue.unsafeUnwrap(),
    });
    this.usagePlan = this.api.addUsagePlan('UsagePlan', {
      name: `gascare-${tenantId}`,
      description: `Request rate of tenant ${tenantId}`,
      throttle: { rateLimit: throttle.ratePerSecond, burstLimit: throttle.burst },
      apiStages: [{ api: this.api, stage: this.api.deploymentStage }],
    });
    this.usagePlan.addApiKey(apiKey);

    new wafv2.CfnWebACLAssociation(this, 'WebAcl', { resourceArn: this.api.deploymentStage.stageArn, webAclArn: props.webAclArn });
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
