import { PublishBatchCommand, SNSClient } from '@aws-sdk/client-sns';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { makePublisher, snsSink } from '../../../functions/events/publish-outbox.ts';

const sns = mockClient(SNSClient);
const record = (eventName: string, image: Record<string, unknown>) => ({ eventName, dynamodb: { NewImage: marshall(image, { removeUndefinedValues: true }) } });
const outbox = (id: string, type: string) => ({ pk: 'T#demo#OUTBOX#2026-11-23', sk: id, entity: 'outbox', id, tenantId: 'demo', type, at: '2026-11-23T08:00:00Z', data: { n: id } });

beforeEach(() => sns.reset());

describe('outbox publisher', () => {
  it('publishes outbox inserts to the topic, 10 per batch, with type and tenant attributes', async () => {
    sns.on(PublishBatchCommand).resolves({ Successful: [], Failed: [] });
    const records = [
      ...Array.from({ length: 12 }, (_, i) => record('INSERT', outbox(`E${i}`, 'customer.created'))),
      record('INSERT', { pk: 'T#demo#CUST#1', sk: 'PROFILE', entity: 'customer' }), // not an event
      record('REMOVE', outbox('GONE', 'customer.created')), // TTL expiry, not a new event
    ];
    const publish = makePublisher(snsSink('arn:aws:sns:cn-north-1:1:demo-events', new SNSClient({})));
    const out = await publish({ Records: records } as unknown as DynamoDBStreamEvent);

    expect(out.published).toBe(12);
    const calls = sns.commandCalls(PublishBatchCommand);
    expect(calls.map((c) => c.args[0].input.PublishBatchRequestEntries!.length)).toEqual([10, 2]);
    const first = calls[0]!.args[0].input;
    expect(first.TopicArn).toBe('arn:aws:sns:cn-north-1:1:demo-events');
    expect(JSON.parse(first.PublishBatchRequestEntries![0]!.Message!)).toMatchObject({ id: 'E0', tenantId: 'demo', type: 'customer.created', data: { n: 'E0' } });
    expect(first.PublishBatchRequestEntries![0]!.MessageAttributes!.type!.StringValue).toBe('customer.created');
  });

  it('fails the batch when SNS refuses a message, so the stream delivers it again', async () => {
    sns.on(PublishBatchCommand).resolves({ Failed: [{ Id: 'E0', Code: 'InternalError', SenderFault: false, Message: 'boom' }] });
    const publish = makePublisher(snsSink('arn:topic', new SNSClient({})));
    await expect(publish({ Records: [record('INSERT', outbox('E0', 'x'))] } as unknown as DynamoDBStreamEvent)).rejects.toThrow(/refused 1/);
  });
});

describe('stream images', () => {
  it('reads an empty map the local stream client returns untyped, and ignores other entities', async () => {
    sns.on(PublishBatchCommand).resolves({ Failed: [] });
    const event = {
      Records: [
        { eventName: 'INSERT', dynamodb: { NewImage: { ...marshall(outbox('E1', 'x')), data: { M: { counts: {} } } } } },
        { eventName: 'INSERT', dynamodb: { NewImage: { entity: { S: 'customer' }, weird: {} } } },
      ],
    } as unknown as DynamoDBStreamEvent;
    const out = await makePublisher(snsSink('arn:topic', new SNSClient({})))(event);
    expect(out.published).toBe(1);
    const sent = JSON.parse(sns.commandCalls(PublishBatchCommand)[0]!.args[0].input.PublishBatchRequestEntries![0]!.Message!);
    expect(sent.data).toEqual({ counts: {} });
  });
});
