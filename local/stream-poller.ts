import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { logger } from '../shared/logger.ts';

/**
 * The local stand-in for DynamoDB Streams → Lambda event source mappings: polls DynamoDB Local's
 * stream and hands each batch, in the Lambda event shape, to the consumers (the outbox publisher,
 * the job worker). Starts at the stream's tip: records written while the runtime was down are
 * not replayed (runs queued then can be requested again).
 */
export type StreamConsumer = { name: string; handle: (event: DynamoDBStreamEvent) => Promise<unknown>; detached?: boolean };

export interface StreamPoller {
  stop(): Promise<void>;
  /** Resolves when every record seen so far has been handed over and detached work has finished. */
  idle(): Promise<void>;
}

const POLL_MS = 100;

export async function startStreamPoller(client: DynamoDBClient, streams: DynamoDBStreamsClient, tableName: string, consumers: StreamConsumer[]): Promise<StreamPoller> {
  const table = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const streamArn = table.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${tableName} has no stream`);

  const iterators = new Map<string, string | undefined>(); // shardId → iterator (undefined = closed)
  const inflight = new Set<Promise<unknown>>();
  let stopped = false;
  let firstDiscovery = true;

  async function discoverShards() {
    const shards = (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription?.Shards ?? [];
    for (const shard of shards) {
      if (!shard.ShardId || iterators.has(shard.ShardId)) continue;
      const open = !shard.SequenceNumberRange?.EndingSequenceNumber;
      // At start only open shards matter, from their tip; shards born later are read whole.
      if (firstDiscovery && !open) {
        iterators.set(shard.ShardId, undefined);
        continue;
      }
      const out = await streams.send(
        new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shard.ShardId, ShardIteratorType: firstDiscovery ? 'LATEST' : 'TRIM_HORIZON' }),
      );
      iterators.set(shard.ShardId, out.ShardIterator);
    }
    firstDiscovery = false;
  }

  async function deliver(records: _Record[]) {
    const event = { Records: records } as unknown as DynamoDBStreamEvent;
    for (const consumer of consumers) {
      const work = consumer.handle(event).catch((error) => logger.error(`stream consumer ${consumer.name} failed`, error as Error));
      if (consumer.detached) {
        inflight.add(work);
        void work.finally(() => inflight.delete(work));
      } else {
        await work;
      }
    }
  }

  let busy = Promise.resolve();
  let cycleWaiters: (() => void)[] = [];
  const nextCycle = () => new Promise<void>((resolve) => cycleWaiters.push(resolve));
  async function pollOnce() {
    let sawClosed = false;
    for (const [shardId, iterator] of iterators) {
      if (!iterator) continue;
      const out = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      if (out.Records?.length) await deliver(out.Records);
      iterators.set(shardId, out.NextShardIterator);
      if (!out.NextShardIterator) sawClosed = true;
    }
    if (sawClosed || ![...iterators.values()].some(Boolean)) await discoverShards();
    const waiters = cycleWaiters;
    cycleWaiters = [];
    waiters.forEach((w) => w());
  }

  await discoverShards();
  let timer: NodeJS.Timeout | undefined;
  const loop = () => {
    if (stopped) return;
    busy = pollOnce()
      .catch((error) => logger.warn('stream poll failed', error as Error))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, POLL_MS);
      });
  };
  loop();

  return {
    async idle() {
      // Two full polling cycles: the one in progress may have read its shard before our write.
      await nextCycle();
      await nextCycle();
      while (inflight.size) await Promise.all([...inflight]);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await busy;
      await Promise.all([...inflight]);
    },
  };
}
