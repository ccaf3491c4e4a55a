import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sources from 'aws-cdk-lib/aws-lambda-event-sources';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { TIER_LIMITS } from '../shared/entities/tenant.ts';
import type { ServedRoute } from '../shared/capability.ts';
import type { JobDef } from '../shared/jobs/job.ts';
import { TRIGGER_EVENT_TYPES } from '../shared/contract/surveys.ts';
import { WEBHOOK_EVENT_TYPES } from '../shared/contract/webhooks.ts';
import { tenantPrefix } from '../shared/keys.ts';
import { CONTEXTS, JOBS, ROUTES } from '../functions/manifest.ts';
import { POST_TIMEOUT_MS } from '../functions/webhooks/post.ts';
import { MAX_DELAY_SECONDS } from '../functions/webhooks/sqs-queue.ts';
import { DELIVERY_REQUESTED } from '../functions/webhooks/webhook-service.ts';
import { acknowledge, GascareFunction, type GascareFunctionProps } from './constructs/gascare-function.ts';
import { RouteApi } from './constructs/route-api.ts';
import type { TenantConfig } from './tenants.ts';

export interface TenantStackProps extends StackProps {
  tenant: TenantConfig;
  /** The shared table, with its stream. */
  table: dynamodb.ITable;
  masterSecret: secretsmanager.ISecret;
  opsTopic: sns.ITopic;
  apiWebAclArn: string;
  consoleOrigin: string;
  /** The schedule manifest; tests pass sample entries. @default JOBS */
  schedules?: readonly JobDef[];
  /** The route manifest; tests add routes to it (each served by a context of CONTEXTS). @default ROUTES */
  routes?: readonly ServedRoute[];
}

/** The delivery function's timeout: a batch's POSTs (each ≤ POST_TIMEOUT_MS, in parallel), their store writes and re-enqueues, with room. */
export const WEBHOOK_DELIVERY_TIMEOUT_SECONDS = 3 * (POST_TIMEOUT_MS / 1000);
/** Twice SQS's longest message delay, the most a healthy delivery message waits. */
const WEBHOOK_QUEUE_AGE_ALARM_SECONDS = 2 * MAX_DELAY_SECONDS;

/** `api-keys` → `ApiKeys` (construct ids). */
const pascal = (s: string) => s.replace(/(^|[^a-zA-Z0-9])([a-zA-Z0-9])/g, (_, __, c: string) => c.toUpperCase());

/**
 * Everything one tenant runs (silo compute over pooled storage): a function per bounded context
 * behind the tenant's REST API (its resources and methods under each `/v1/<segment>` in a nested
 * stack of this one: constructs/route-api.ts), the authorizer, the outbox publisher and the job
 * worker on the table's stream (filtered to this tenant), the webhooks' fan-out on the stream and
 * their delivery queue with its consumer, the scheduler target and its schedules, the tenant's
 * notification topic, and alarms. Every function's role reaches only
 * `T#<tenantId>#…` items.
 */
export class TenantStack extends Stack {
  readonly tenant: TenantConfig;
  readonly routeApi: RouteApi;
  readonly topic: sns.Topic;
  /** Every function of the stack, by role: `http:<context>`, `authorizer`, `publisher`, `survey-triggers`, `webhook-fan-out`, `webhook-delivery`, `worker`, `on-schedule`. */
  readonly functions = new Map<string, GascareFunction>();
  readonly deadLetterQueues: sqs.Queue[] = [];
  /** Webhook deliveries waiting for an attempt (its dead-letter queue is among `deadLetterQueues`). */
  readonly webhookQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: TenantStackProps) {
    super(scope, id, props);
    const { tenant, table } = props;
    this.tenant = tenant;
    const limits = TIER_LIMITS[tenant.tier];
    const fn = (fid: string, role: string, p: Omit<GascareFunctionProps, 'tenantId' | 'table' | 'masterSecret'>) => {
      const f = new GascareFunction(this, fid, { tenantId: tenant.tenantId, table, masterSecret: props.masterSecret, ...p });
      this.functions.set(role, f);
      return f;
    };

    // The REST API: one function per bounded context.
    const http: Record<string, lambda.IFunction> = {};
    for (const context of CONTEXTS) {
      http[context] = fn(`${pascal(context)}Function`, `http:${context}`, {
        entry: `functions/${context}/index.ts`,
        description: `${context} API (functions/${context}/index.ts)`,
        environment: { GASCARE_CORS_ORIGIN: props.consoleOrigin, GASCARE_CONSOLE_URL: props.consoleOrigin },
      }).fn;
    }
    const authorizer = fn('AuthorizerFunction', 'authorizer', {
      entry: 'functions/authorizer/authorizer.ts',
      description: 'REST API authorizer (functions/authorizer/authorizer.ts)',
    });
    this.routeApi = new RouteApi(this, 'Rest', {
      tenantId: tenant.tenantId,
      routes: props.routes ?? ROUTES,
      functions: http,
      authorizer: authorizer.fn,
      throttle: limits,
      corsOrigin: props.consoleOrigin,
      webAclArn: props.apiWebAclArn,
    });
    authorizer.addEnvironment('USAGE_KEY_SECRET_ARN', this.routeApi.usageKeySecret.secretArn);
    authorizer.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ sid: 'UsageKey', actions: ['secretsmanager:GetSecretValue'], resources: [this.routeApi.usageKeySecret.secretArn] }),
    );

    // Notifications: outbox items → the publisher → the tenant's topic.
    const topicKey = new kms.Key(this, 'TopicKey', { description: `gascare ${tenant.tenantId} notifications topic`, enableKeyRotation: true });
    this.topic = new sns.Topic(this, 'Topic', { displayName: `gascare ${tenant.name}`, masterKey: topicKey, enforceSSL: true });
    const publisher = fn('PublisherFunction', 'publisher', {
      entry: 'functions/events/publish-outbox.ts',
      description: 'outbox publisher: table stream to SNS (functions/events/publish-outbox.ts)',
      timeout: Duration.seconds(60),
      environment: { TOPIC_ARN: this.topic.topicArn },
    });
    this.topic.grantPublish(publisher.role);
    acknowledge(
      publisher.role,
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
      'The permission set AWS documents for publishing to an SSE-KMS topic (kms:GenerateDataKey* + kms:Decrypt), on this tenant\'s own topic key only; the wildcard spans the GenerateDataKey variants, not other keys or actions.',
    );
    publisher.fn.addEventSource(
      this.streamSource(table, 'outbox', {
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        retryAttempts: 5,
        dlq: this.deadLetterQueue('OutboxDlq', 'outbox records the publisher gave up on'),
      }),
    );

    // Surveys: the outbox events that trigger an event campaign become its candidates.
    const surveyTriggers = fn('SurveyTriggerFunction', 'survey-triggers', {
      entry: 'functions/surveys/on-trigger-event.ts',
      description: 'survey triggers: ticket closed, gas on, inspection done to event campaign candidates (functions/surveys/on-trigger-event.ts)',
      timeout: Duration.seconds(60),
    });
    surveyTriggers.fn.addEventSource(
      this.streamSource(table, 'outbox', {
        types: TRIGGER_EVENT_TYPES,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(5),
        retryAttempts: 5,
        dlq: this.deadLetterQueue('SurveyTriggerDlq', 'trigger events the survey consumer gave up on'),
      }),
    );

    // Webhooks (functions/webhooks/): like the survey triggers, the fan-out is a consumer of its own
    // on the outbox stream, filtered to the event types a webhook can subscribe to and the
    // delivery requests (test pings, redeliveries); not a subscriber of the tenant's SNS topic,
    // which carries notifications for gateways. It writes one delivery item per subscribed webhook
    // and event and queues it; the delivery function attempts it and, on a receiver's failure,
    // queues the next attempt itself with a delay (functions/webhooks/backoff.ts). SQS's own
    // redrive only catches messages the handler failed on (the store or the queue erred).
    this.webhookQueue = this.webhookDeliveryQueue();
    const sendToWebhookQueue = new iam.PolicyStatement({ sid: 'WebhookQueueSend', actions: ['sqs:SendMessage'], resources: [this.webhookQueue.queueArn] });
    // Both read and write the tenant's webhook and delivery items: the one tenant-scoped item
    // statement every function role has (constructs/gascare-function.ts), nothing more.
    const fanOut = fn('WebhookFanOutFunction', 'webhook-fan-out', {
      entry: 'functions/webhooks/on-outbox-event.ts',
      description: 'webhook fan-out: outbox events to deliveries on the queue (functions/webhooks/on-outbox-event.ts)',
      timeout: Duration.seconds(60),
      environment: { WEBHOOK_QUEUE_URL: this.webhookQueue.queueUrl },
    });
    fanOut.role.addToPrincipalPolicy(sendToWebhookQueue);
    fanOut.fn.addEventSource(
      this.streamSource(table, 'outbox', {
        types: [...WEBHOOK_EVENT_TYPES, DELIVERY_REQUESTED],
        // Every `ticket.<type>` is a webhook event type (shared/contract/webhooks.ts isWebhookEventType).
        typePrefixes: ['ticket.'],
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(1),
        retryAttempts: 5,
        dlq: this.deadLetterQueue('WebhookFanOutDlq', 'outbox events the webhook fan-out gave up on'),
      }),
    );
    // Not in a VPC (no function of the stack is): Lambda's own network reaches the receivers on
    // the internet; post.ts refuses private, loopback and link-local addresses itself.
    const delivery = fn('WebhookDeliveryFunction', 'webhook-delivery', {
      entry: 'functions/webhooks/on-delivery-message.ts',
      description: 'webhook delivery: one attempt per queued delivery (functions/webhooks/on-delivery-message.ts)',
      // A batch's attempts run in parallel, each POST stopping after POST_TIMEOUT_MS, plus the store and the queue.
      timeout: Duration.seconds(WEBHOOK_DELIVERY_TIMEOUT_SECONDS),
      environment: { WEBHOOK_QUEUE_URL: this.webhookQueue.queueUrl },
    });
    // The next attempt is queued with a delay by the function itself: send to its own queue only.
    delivery.role.addToPrincipalPolicy(sendToWebhookQueue);
    delivery.fn.addEventSource(
      new sources.SqsEventSource(this.webhookQueue, {
        batchSize: 10,
        // Only the messages that failed go back to the queue, not the whole batch.
        reportBatchItemFailures: true,
      }),
    );

    // Jobs: a run record inserted as `queued` starts the worker.
    const worker = fn('JobWorkerFunction', 'worker', {
      entry: 'functions/jobs/on-run-queued.ts',
      description: 'job worker: queued runs from the table stream (functions/jobs/on-run-queued.ts)',
      timeout: Duration.minutes(15),
      memorySize: 1024,
      // Texts a job sends carry links to the console (the survey page).
      environment: { GASCARE_CONSOLE_URL: props.consoleOrigin },
    });
    worker.fn.addEventSource(
      this.streamSource(table, 'job-run', {
        batchSize: 1,
        // A long run must not hold up the runs queued behind it on the same shard.
        parallelizationFactor: 10,
        // A run resumes from its checkpoint; a few attempts cover a timeout or a crash.
        retryAttempts: 2,
        dlq: this.deadLetterQueue('JobRunDlq', 'job-run records the worker gave up on'),
      }),
    );

    // Schedules: EventBridge Scheduler → on-schedule → a queued run.
    const onSchedule = fn('OnScheduleFunction', 'on-schedule', {
      entry: 'functions/jobs/on-schedule.ts',
      description: 'scheduler target: queues a run (functions/jobs/on-schedule.ts)',
      timeout: Duration.seconds(30),
    });
    this.buildSchedules(props.schedules ?? JOBS, onSchedule.fn);

    this.buildAlarms(props.opsTopic);

    new CfnOutput(this, 'ApiUrl', { value: this.routeApi.api.url });
    new CfnOutput(this, 'TopicArn', { value: this.topic.topicArn });
  }

  /**
   * The shared table's stream, filtered to this tenant's inserts of one entity: the mapping never
   * even delivers another tenant's records (and the function could not read their items anyway).
   */
  private streamSource(
    table: dynamodb.ITable,
    entity: string,
    o: {
      batchSize: number;
      retryAttempts: number;
      dlq: sqs.Queue;
      maxBatchingWindow?: Duration;
      parallelizationFactor?: number;
      types?: readonly string[];
      /** Event types taken by prefix too (with `types`). */
      typePrefixes?: readonly string[];
    },
  ): sources.DynamoEventSource {
    const types = o.types && [...lambda.FilterRule.or(...o.types), ...(o.typePrefixes ?? []).flatMap((p) => lambda.FilterRule.beginsWith(p))];
    return new sources.DynamoEventSource(table, {
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: o.batchSize,
      maxBatchingWindow: o.maxBatchingWindow,
      parallelizationFactor: o.parallelizationFactor,
      bisectBatchOnError: true,
      retryAttempts: o.retryAttempts,
      maxRecordAge: Duration.hours(24),
      onFailure: new sources.SqsDlq(o.dlq),
      filters: [
        lambda.FilterCriteria.filter({
          eventName: lambda.FilterRule.isEqual('INSERT'),
          dynamodb: {
            NewImage: {
              entity: { S: lambda.FilterRule.isEqual(entity) },
              pk: { S: lambda.FilterRule.beginsWith(tenantPrefix(this.tenant.tenantId)) },
              ...(types ? { type: { S: types } } : {}),
            },
          },
        }),
      ],
    });
  }

  private deadLetterQueue(id: string, what: string): sqs.Queue {
    const queue = new sqs.Queue(this, id, {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(queue, 'AwsSolutions-SQS3', `This queue is itself a dead-letter queue (${what}); its depth raises an ops alarm.`);
    this.deadLetterQueues.push(queue);
    return queue;
  }

  /**
   * The webhook delivery queue and its dead-letter queue, built like the others (SQS-managed
   * encryption, SSL only). A message is received again after the visibility timeout (six times the
   * function's, as AWS advises for a Lambda consumer) and goes to the DLQ after 5 receives.
   */
  private webhookDeliveryQueue(): sqs.Queue {
    const dlq = this.deadLetterQueue('WebhookDeliveryDlq', 'webhook delivery messages whose handling failed on every receive');
    return new sqs.Queue(this, 'WebhookDeliveryQueue', {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(4),
      visibilityTimeout: Duration.seconds(6 * WEBHOOK_DELIVERY_TIMEOUT_SECONDS),
      deadLetterQueue: { queue: dlq, maxReceiveCount: 5 },
    });
  }

  /** One schedule per manifest line, in a schedule group of the tenant's own. */
  private buildSchedules(schedules: readonly JobDef[], target: lambda.IFunction): void {
    if (schedules.length === 0) return;
    const group = new scheduler.CfnScheduleGroup(this, 'ScheduleGroup', { name: `gascare-${this.tenant.tenantId}` });
    const dlq = this.deadLetterQueue('ScheduleDlq', 'schedule deliveries that failed every retry');
    const role = new iam.Role(this, 'SchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': this.account } } }),
      description: `gascare ${this.tenant.tenantId}: EventBridge Scheduler invokes the on-schedule function`,
    });
    // Exactly the function (no `:*` qualifier wildcard, unlike grantInvoke) and the DLQ.
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [target.functionArn] }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: [dlq.queueArn] }));

    for (const s of schedules) {
      const schedule = new scheduler.CfnSchedule(this, `Schedule${pascal(s.name)}`, {
        name: s.name,
        groupName: group.name,
        description: s.summary,
        scheduleExpression: s.schedule,
        scheduleExpressionTimezone: s.timeZone,
        flexibleTimeWindow: { mode: 'OFF' },
        state: 'ENABLED',
        target: {
          arn: target.functionArn,
          roleArn: role.roleArn,
          input: JSON.stringify({ tenantId: this.tenant.tenantId, job: s.name, scheduledTime: '<aws.scheduler.scheduled-time>' }),
          retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 3600 },
          deadLetterConfig: { arn: dlq.queueArn },
        },
      });
      schedule.addResourceDependency(group);
    }
  }

  /** Every alarm notifies the platform's ops topic. */
  private buildAlarms(opsTopic: sns.ITopic): void {
    const action = new actions.SnsAction(opsTopic);
    const period = Duration.minutes(5);
    const alarm = (id: string, metric: cloudwatch.IMetric, description: string) =>
      new cloudwatch.Alarm(this, id, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        alarmDescription: `gascare ${this.tenant.tenantId}: ${description}`,
      }).addAlarmAction(action);

    // Handlers answer every client error as a 4xx problem: any 5xx is a defect or an outage.
    alarm('Api5xxAlarm', this.routeApi.api.metricServerError({ period, statistic: 'Sum' }), 'the REST API answered 5xx');
    for (const [role, f] of this.functions) {
      alarm(`${pascal(role)}ErrorsAlarm`, f.fn.metricErrors({ period, statistic: 'Sum' }), `function ${role} failed`);
    }
    for (const queue of this.deadLetterQueues) {
      alarm(`${queue.node.id}DepthAlarm`, queue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' }), `messages in dead-letter queue ${queue.node.id}`);
    }
    // The delivery queue is not empty in normal work: it alarms when a message has waited longer
    // than SQS's longest delay (15 min) twice over, i.e. the delivery function is not consuming.
    new cloudwatch.Alarm(this, 'WebhookDeliveryQueueAgeAlarm', {
      metric: this.webhookQueue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' }),
      threshold: WEBHOOK_QUEUE_AGE_ALARM_SECONDS,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      alarmDescription: `gascare ${this.tenant.tenantId}: webhook deliveries waiting in WebhookDeliveryQueue for ${WEBHOOK_QUEUE_AGE_ALARM_SECONDS / 60} min or more`,
    }).addAlarmAction(action);
  }
}
