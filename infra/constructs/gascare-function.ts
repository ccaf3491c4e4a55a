import { fileURLToPath } from 'node:url';
import { Duration, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { TABLE } from '../../shared/table.ts';
import { tenantPrefix } from '../../shared/keys.ts';
import { METRICS_NAMESPACE } from '../../shared/observability.ts';
import { BUNDLING, FUNCTION_NODE_OPTIONS } from './bundling.ts';

/** The repository root: entries are given relative to it (`functions/auth/index.ts`). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Item-level DynamoDB actions a tenant's code may use. `TransactWriteItems`/`TransactGetItems` are
 * authorized per item by these. Deliberately absent: `Scan` (docs/architecture.md: no Scan in request or
 * job paths) and anything that administers the table.
 */
export const TENANT_DATA_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/**
 * The tenant boundary in IAM: item access to the table and each GSI (named one by one, no
 * `index/*`) only where every partition key the request touches starts with `T#<tenantId>#`.
 * The trailing `#` matters: `T#acme*` would also match tenant `acme2`.
 */
export function tenantDataStatement(tenantId: string, table: dynamodb.ITable): iam.PolicyStatement {
  return new iam.PolicyStatement({
    sid: 'TenantItemsOnly',
    actions: [...TENANT_DATA_ACTIONS],
    resources: [table.tableArn, ...TABLE.globalIndexes.map((g) => `${table.tableArn}/index/${g.name}`)],
    conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${tenantPrefix(tenantId)}*`] } },
  });
}

export interface GascareFunctionProps {
  /** Handler file relative to the repository root, exporting `handler`. */
  entry: string;
  description: string;
  tenantId: string;
  table: dynamodb.ITable;
  masterSecret: secretsmanager.ISecret;
  /** @default 10 seconds (API Gateway gives up after 29) */
  timeout?: Duration;
  /** @default 512 MiB */
  memorySize?: number;
  environment?: Record<string, string>;
  /** @default three months */
  logRetention?: logs.RetentionDays;
  /** Powertools service name (logs, metrics, traces). @default `serviceOf(entry)` */
  service?: string;
}

/** `functions/customers/index.ts` → `customers`; `functions/jobs/on-run-queued.ts` → `on-run-queued`. */
export function serviceOf(entry: string): string {
  const [, folder, file] = /([^/]+)\/([^/]+)\.ts$/.exec(entry) ?? [];
  return file === 'index' ? (folder ?? entry) : (file ?? entry);
}

/**
 * A gascare Lambda function with the team's defaults, so no function repeats them: Node 22 on
 * arm64, one ESM bundle with source maps, its own log group with retention, X-Ray tracing, and a
 * role of its own that may write to that log group, read the master secret and touch the
 * tenant's items only (see `tenantDataStatement`). No AWS-managed policies.
 */
export class GascareFunction extends Construct {
  readonly fn: nodejs.NodejsFunction;
  /** The handler file, relative to the repository root. */
  readonly entry: string;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: GascareFunctionProps) {
    super(scope, id);
    this.entry = props.entry;

    this.logGroup = new logs.LogGroup(this, 'Logs', {
      retention: props.logRetention ?? logs.RetentionDays.THREE_MONTHS,
    });

    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `gascare ${props.tenantId}: ${props.description}`,
    });
    this.logGroup.grantWrite(this.role);
    this.role.addToPrincipalPolicy(tenantDataStatement(props.tenantId, props.table));
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'MasterSecret', actions: ['secretsmanager:GetSecretValue'], resources: [props.masterSecret.secretArn] }),
    );

    this.fn = new nodejs.NodejsFunction(this, 'Function', {
      entry: `${REPO_ROOT}${props.entry}`,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: `${REPO_ROOT}package-lock.json`,
      description: `gascare ${props.tenantId}: ${props.description}`,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: lambda.Tracing.ACTIVE,
      role: this.role,
      logGroup: this.logGroup,
      environment: {
        TABLE_NAME: props.table.tableName,
        TENANT_ID: props.tenantId,
        GASCARE_SECRET_ARN: props.masterSecret.secretArn,
        NODE_OPTIONS: FUNCTION_NODE_OPTIONS,
        // Powertools: the service dimension of logs, EMF metrics and traces, and the metrics' namespace.
        POWERTOOLS_SERVICE_NAME: props.service ?? serviceOf(props.entry),
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        ...props.environment,
      },
      bundling: BUNDLING,
    });

    // X-Ray accepts no resource-level permissions: tracing needs xray:Put* on "*" (added by Lambda's
    // `tracing: ACTIVE`). The finding is acknowledged on this role's default policy only.
    acknowledge(this.role, 'AwsSolutions-IAM5[Resource::*]', RESOURCE_STAR_REASON);
    acknowledge(
      this.fn,
      'AwsSolutions-L1',
      'The platform pins nodejs22.x (docs/architecture.md): the code and its dependencies (middy 6) are validated on Node 20/22; moving to a newer runtime is a deliberate, tested upgrade, not drift.',
    );
  }

  /** Environment variables added after construction (e.g. ARNs of resources built later). */
  addEnvironment(key: string, value: string): this {
    this.fn.addEnvironment(key, value);
    return this;
  }
}

export const RESOURCE_STAR_REASON =
  'Only actions without resource-level permissions are granted on "*": xray:PutTraceSegments/PutTelemetryRecords (Lambda active tracing) and, for stream consumers, dynamodb:ListStreams (Lambda event source mapping). Item access is scoped to the table, its named indexes and the tenant\'s LeadingKeys.';

/** cdk-nag 3 acknowledgement (CDK Validations); every one carries a reason a reviewer can check. */
export function acknowledge(scope: Construct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}
