import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { isStoreUnavailable } from '../shared/http/store-unavailable.ts';
import { logger } from '../shared/logger.ts';

/**
 * The local stand-in for DynamoDB Streams → Lambda event source mappings: polls DynamoDB Local's
 * stream and hands each batch, in the Lambda event shape, to the consumers (the outbox publisher,
 * the job worker). Starts at the stream's tip: records written while the runtime was down are
 * not replayed (runs queued then can be requested again). When the store stops answering it logs
 * one line, polls once a second, logs one line when it answers again and then starts over at the
 * stream's tip (a restarted DynamoDB Local may have a new stream; records of the outage are none).
 */
export type StreamConsumer = { name: string; handle: (event: DynamoDBStreamEvent) => Promise<unknown>; detached?: boolean };

export interface StreamPoller {
  stop(): Promise<void>;
  /** Resolves when every record seen so far has been handed over and detached work has finished. */
  idle(): Promise<void>;
}

const POLL_MS = 100;
const FAILING_POLL_MS = 1000;

export async function startStreamPoller(client: DynamoDBClient, streams: DynamoDBStreamsClient, tableName: string, consumers: StreamConsumer[]): Promise<StreamPoller> {
  const latestStreamArn = async () => {
    const table = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const arn = table.Table?.LatestStreamArn;
    if (!arn) throw new Error(`table ${tableName} has no stream`);
    return arn;
  };
  let streamArn = await latestStreamArn();

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
    if (restart) {
      streamArn = await latestStreamArn();
      iterators.clear();
      firstDiscovery = true;
      await discoverShards();
      restart = false;
    }
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
  // One line when polling starts failing, one when it recovers: not one per poll.
  let failingSince: number | undefined;
  let failures = 0;
  let restart = false;
  const loop = () => {
    if (stopped) return;
    busy = pollOnce()
      .then(() => {
        if (failingSince === undefined) return;
        logger.info(`stream poll recovered after ${Math.round((Date.now() - failingSince) / 1000)} s (${failures} failed polls)`);
        failingSince = undefined;
        failures = 0;
      })
      .catch((error) => {
        failures += 1;
        // Anything but an unreachable store (an expired iterator, a stream gone with a restarted store): start over at the tip.
        if (!isStoreUnavailable(error)) restart = true;
        if (failingSince !== undefined) return;
        failingSince = Date.now();
        logger.warn(`stream poll failing (${(error as Error).name}: ${(error as Error).message}); retrying every ${FAILING_POLL_MS / 1000} s, quietly until it recovers`);
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, failingSince === undefined ? POLL_MS : FAILING_POLL_MS);
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
