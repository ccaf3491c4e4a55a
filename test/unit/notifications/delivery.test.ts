import { PublishBatchCommand, SNSClient } from '@aws-sdk/client-sns';
import { BatchGetCommand, DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { makePublisher, snsSink } from '../../../functions/events/publish-outbox.ts';

/** The SNS path of a notification: attributes a gateway filters on, the outcome recorded once. */
const sns = mockClient(SNSClient);
const ddb = mockClient(DynamoDBDocumentClient);

const NID = '01JDEMO0000000000000000001';
const outbox = (id: string) => ({
  pk: 'T#demo#OUTBOX#2026-12-01',
  sk: id,
  entity: 'outbox',
  id,
  tenantId: 'demo',
  type: 'notification.requested',
  at: '2026-12-01T02:00:00Z',
  data: { notificationId: NID, channel: 'sms', notificationType: 'customer.suspended', to: '13812345678', text: '【示范燃气】…' },
  attributes: { channel: 'sms', notificationType: 'customer.suspended', category: 'service' },
});
const batch = (...ids: string[]) => ({ Records: ids.map((id) => ({ eventName: 'INSERT', dynamodb: { NewImage: marshall(outbox(id)) } })) }) as unknown as DynamoDBStreamEvent;
const stored = (extra: Record<string, unknown> = {}) => ({ pk: `T#demo#NOTIF#${NID}`, sk: 'NOTIFICATION', entity: 'notification', id: NID, channel: 'sms', state: 'queued', attempts: 0, ...extra });
const publisher = () => makePublisher(snsSink('arn:aws:sns:cn-north-1:1:demo-events', new SNSClient({})));

beforeEach(() => {
  sns.reset();
  ddb.reset();
  ddb.on(UpdateCommand).resolves({});
});

describe('a notification through SNS', () => {
  it('is published with channel and notificationType attributes, then marked sent', async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { gascare: [stored()] } });
    sns.on(PublishBatchCommand).resolves({ Successful: [{ Id: 'E1' }], Failed: [] });
    expect(await publisher()(batch('E1'))).toEqual({ published: 1 });

    const entry = sns.commandCalls(PublishBatchCommand)[0]!.args[0].input.PublishBatchRequestEntries![0]!;
    expect(entry.MessageAttributes).toMatchObject({
      type: { DataType: 'String', StringValue: 'notification.requested' },
      channel: { DataType: 'String', StringValue: 'sms' },
      notificationType: { DataType: 'String', StringValue: 'customer.suspended' },
      tenantId: { StringValue: 'demo' },
    });
    expect(JSON.parse(entry.Message!).data).toMatchObject({ to: '13812345678', notificationId: NID });

    const update = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(update.Key).toEqual({ pk: `T#demo#NOTIF#${NID}`, sk: 'NOTIFICATION' });
    expect(update.ConditionExpression).toBe('attribute_not_exists(publishedAt) AND #state = :state AND attempts = :attempts');
    expect(Object.values(update.ExpressionAttributeValues!)).toEqual(expect.arrayContaining(['sent', 1, 'queued', 0]));
  });

  it('is not published again from a redelivered batch once handed over', async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { gascare: [stored({ state: 'sent', attempts: 1, publishedAt: '2026-12-01T02:00:01Z' })] } });
    expect(await publisher()(batch('E1'))).toEqual({ published: 0 });
    expect(sns.commandCalls(PublishBatchCommand)).toHaveLength(0);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('counts a refused attempt with its error and fails the batch (the stream redelivers); the last attempt marks it failed', async () => {
    sns.on(PublishBatchCommand).resolves({ Failed: [{ Id: 'E1', Code: 'Throttled', SenderFault: false, Message: 'slow down' }] });
    ddb.on(BatchGetCommand).resolves({ Responses: { gascare: [stored()] } });
    await expect(publisher()(batch('E1'))).rejects.toThrow(/refused 1/);
    let values = Object.values(ddb.commandCalls(UpdateCommand)[0]!.args[0].input.ExpressionAttributeValues!);
    expect(values).toEqual(expect.arrayContaining([1, 'Throttled: slow down']));
    expect(values).not.toContain('failed');

    ddb.resetHistory();
    ddb.on(BatchGetCommand).resolves({ Responses: { gascare: [stored({ attempts: 2 })] } });
    await expect(publisher()(batch('E1'))).rejects.toThrow(/refused 1/);
    values = Object.values(ddb.commandCalls(UpdateCommand)[0]!.args[0].input.ExpressionAttributeValues!);
    expect(values).toEqual(expect.arrayContaining([3, 'failed']));
  });

  it('leaves other events alone: no read, no write', async () => {
    sns.on(PublishBatchCommand).resolves({ Failed: [] });
    const event = { Records: [{ eventName: 'INSERT', dynamodb: { NewImage: marshall({ ...outbox('E9'), type: 'customer.created', data: { customerId: 'x' }, attributes: undefined }, { removeUndefinedValues: true }) } }] } as unknown as DynamoDBStreamEvent;
    expect(await publisher()(event)).toEqual({ published: 1 });
    expect(ddb.calls()).toHaveLength(0);
  });
});
