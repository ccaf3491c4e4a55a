import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { TABLE } from '../shared/table.ts';
import { acknowledge } from './constructs/gascare-function.ts';
import type { TenantConfig } from './tenants.ts';

export interface PlatformStackProps extends StackProps {
  tenants: TenantConfig[];
  /**
   * A custom domain for the console (certificate in us-east-1, as CloudFront requires). Without
   * one the console is served on the distribution's *.cloudfront.net name.
   */
  consoleDomain?: { domainName: string; certificateArn: string };
}

/**
 * What every tenant shares: the one table (pooled storage), the master secret, the console (S3 +
 * CloudFront), the regional WAF web ACL in front of every tenant API, the ops alarm topic, API
 * Gateway's account-level logging role, and the tenant directory.
 */
export class PlatformStack extends Stack {
  readonly table: dynamodb.Table;
  readonly masterSecret: secretsmanager.Secret;
  readonly opsTopic: sns.Topic;
  readonly apiWebAcl: wafv2.CfnWebACL;
  readonly consoleBucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** `https://<console domain>`: the only browser origin the tenant APIs answer CORS for. */
  readonly consoleOrigin: string;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);

    this.table = this.buildTable();
    this.buildBackups(this.table);

    this.masterSecret = new secretsmanager.Secret(this, 'MasterSecret', {
      description: 'gascare master secret: HKDF input for token, cursor, survey-link and field-encryption keys (shared/secrets.ts)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.masterSecret,
      'AwsSolutions-SMG4',
      'Every derived key (token signing, cursors, survey links, field encryption) is HKDF of this secret: an automatic rotation would log everyone out, break open links and make encrypted fields unreadable. Rotation needs key versioning in shared/secrets.ts first (docs/operations.md, Secrets); until then it is rotated only by a planned procedure.',
    );

    new ssm.StringParameter(this, 'TenantDirectory', {
      parameterName: '/gascare/tenants',
      description: 'Tenants deployed by this app (infra/tenants.json), one stack each',
      stringValue: JSON.stringify(props.tenants.map(({ tenantId, name, tier }) => ({ tenantId, name, tier }))),
    });

    this.opsTopic = this.buildOpsTopic();
    this.apiWebAcl = this.buildApiWebAcl();
    this.buildApiGatewayLoggingRole();

    const { bucket, distribution } = this.buildConsole(props.consoleDomain);
    this.consoleBucket = bucket;
    this.distribution = distribution;
    this.consoleOrigin = `https://${props.consoleDomain?.domainName ?? distribution.distributionDomainName}`;

    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'ConsoleUrl', { value: this.consoleOrigin });
    new CfnOutput(this, 'ConsoleBucketName', { value: bucket.bucketName });
    new CfnOutput(this, 'ConsoleDistributionId', { value: distribution.distributionId });
    new CfnOutput(this, 'OpsTopicArn', { value: this.opsTopic.topicArn });
  }

  /** The one table, from shared/table.ts: the same description DynamoDB Local is created from. */
  private buildTable(): dynamodb.Table {
    const table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: TABLE.partitionKey, type: dynamodb.AttributeType.STRING },
      sortKey: { name: TABLE.sortKey, type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: TABLE.ttlAttribute,
      stream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      // AWS-owned keys would not show in CloudTrail; the AWS-managed key does, with no key policy to keep
      // in step with every tenant's stream consumers.
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of TABLE.globalIndexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: dynamodb.AttributeType.STRING },
        sortKey: { name: index.sortKey, type: dynamodb.AttributeType.STRING },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
    return table;
  }

  /**
   * Besides point-in-time recovery (any second of the last 35 days, restored to a new table), a
   * weekly on-demand backup through AWS Backup: kept 13 weeks in a vault of its own, it outlives
   * PITR's window and a deleted table. Here and not per tenant: the tenants share the one table
   * (a tenant's own items come back with `npm run tenant`-style export/restore, docs/operations.md).
   * Sunday 18:00 UTC is Monday 02:00 in China, the quietest hour of the week.
   */
  private buildBackups(table: dynamodb.Table): void {
    const vault = new backup.BackupVault(this, 'BackupVault', { backupVaultName: 'gascare-table', removalPolicy: RemovalPolicy.RETAIN });
    const plan = new backup.BackupPlan(this, 'BackupPlan', {
      backupPlanName: 'gascare-table-weekly',
      backupVault: vault,
      backupPlanRules: [
        new backup.BackupPlanRule({
          ruleName: 'Weekly',
          scheduleExpression: events.Schedule.cron({ weekDay: 'SUN', hour: '18', minute: '0' }),
          startWindow: Duration.hours(1),
          completionWindow: Duration.hours(8),
          deleteAfter: Duration.days(91),
        }),
      ],
    });
    const selection = plan.addSelection('Table', { resources: [backup.BackupResource.fromDynamoDbTable(table)] });
    acknowledge(
      selection,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      'AWS Backup assumes this role to back up the table; AWS maintains the policy with the permissions each resource type\'s backup needs (DynamoDB\'s included) and grants no item access.',
    );
  }

  /** Alarms of every tenant stack notify here (subscribe the on-call e-mail or chat hook). */
  private buildOpsTopic(): sns.Topic {
    const key = new kms.Key(this, 'OpsTopicKey', {
      description: 'gascare ops alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // CloudWatch alarms publish to an encrypted topic only if the key lets CloudWatch use it.
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );
    return new sns.Topic(this, 'OpsTopic', { displayName: 'gascare ops alarms', masterKey: key, enforceSSL: true });
  }

  /**
   * One regional web ACL for every tenant API (each tenant stack associates its stage): AWS managed
   * common, known-bad-input and IP-reputation rules. The common set's 8 KB body limit is counted, not
   * blocked: CSV imports are larger, and the handlers enforce each route's own limit.
   */
  private buildApiWebAcl(): wafv2.CfnWebACL {
    const managed = (name: string, priority: number, countOnly: string[] = []): wafv2.CfnWebACL.RuleProperty => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          ruleActionOverrides: countOnly.length ? countOnly.map((rule) => ({ name: rule, actionToUse: { count: {} } })) : undefined,
        },
      },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: true },
    });
    return new wafv2.CfnWebACL(this, 'ApiWebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: { cloudWatchMetricsEnabled: true, metricName: 'gascare-api', sampledRequestsEnabled: true },
      rules: [
        managed('AWSManagedRulesAmazonIpReputationList', 0),
        managed('AWSManagedRulesCommonRuleSet', 1, ['SizeRestrictions_BODY']),
        managed('AWSManagedRulesKnownBadInputsRuleSet', 2),
      ],
    });
  }

  /**
   * API Gateway writes execution logs through one role per account and region. It is set here once,
   * not by each tenant's RestApi (`cloudWatchRole: false` there), so tenant stacks never fight over it.
   */
  private buildApiGatewayLoggingRole(): void {
    const role = new iam.Role(this, 'ApiGatewayLoggingRole', {
      assumedBy: new iam.ServicePrincipal('apigateway.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AmazonAPIGatewayPushToCloudWatchLogs')],
    });
    acknowledge(
      role,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]',
      'The AWS-maintained policy API Gateway documents for its account-level logging role; it only lets API Gateway write its own execution logs, and AWS keeps it in step with the service.',
    );
    const account = new apigateway.CfnAccount(this, 'ApiGatewayAccount', { cloudWatchRoleArn: role.roleArn });
    account.node.addDependency(role);
  }

  private buildConsole(domain: PlatformStackProps['consoleDomain']) {
    const logs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logs are delivered with an ACL.
      objectOwnership: s3.ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
      // No access logging of its own: it is the log destination (cdk-nag S1 accepts that).
    });

    const bucket = new s3.Bucket(this, 'ConsoleBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'console-bucket/',
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'ConsoleSecurityHeaders', {
      comment: 'gascare console security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          // The SPA talks to the tenant REST APIs; Ant Design injects styles at runtime.
          contentSecurityPolicy: [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            `connect-src 'self' https://*.execute-api.${this.region}.${this.urlSuffix}`,
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'",
            "form-action 'self'",
          ].join('; '),
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        xssProtection: { protection: true, modeBlock: true, override: true },
      },
    });

    const distribution = new cloudfront.Distribution(this, 'ConsoleDistribution', {
      comment: 'gascare console',
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
      },
      // A single-page app: unknown paths are client-side routes, so S3's 403/404 become index.html.
      errorResponses: [403, 404].map((httpStatus) => ({ httpStatus, responseHttpStatus: 200, responsePagePath: '/index.html', ttl: Duration.seconds(10) })),
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'console-cdn/',
      ...(domain
        ? {
            domainNames: [domain.domainName],
            certificate: acm.Certificate.fromCertificateArn(this, 'ConsoleCertificate', domain.certificateArn),
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
            sslSupportMethod: cloudfront.SSLMethod.SNI,
          }
        : {}),
    });
    if (!domain) {
      acknowledge(
        distribution,
        'AwsSolutions-CFR4',
        'Without a custom domain CloudFront serves its default *.cloudfront.net certificate, whose minimum protocol cannot be raised. Set the consoleDomain context (domain + us-east-1 certificate) and the distribution uses TLSv1.2_2021.',
      );
    }
    acknowledge(
      distribution,
      'AwsSolutions-CFR1',
      'No geo restriction: callers (staff, integrators, customers with survey links) are not limited to a country list the platform controls; a deployment that needs one adds it per its contracts.',
    );
    acknowledge(
      distribution,
      'AwsSolutions-CFR2',
      'The distribution serves static, public console files only; all data goes through the tenant REST APIs, which sit behind the regional WAF web ACL. A CloudFront web ACL would have to live in us-east-1, outside this stack.',
    );
    return { bucket, distribution };
  }
}
