import { DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isStoreUnavailable } from '../shared/http/store-unavailable.ts';
import { logger } from '../shared/logger.ts';

/**
 * The local stand-in for DynamoDB Streams → Lambda event source mappings: polls DynamoDB Local's
 * stream and hands each batch, in the Lambda event shape, to the consumers (the outbox publisher,
 * the job worker).
 *
 * Where it resumes: with a position store (`npm start`: `<data dir>/stream-position.json`) it
 * keeps, per shard, the sequence number of the last record handed over, saved after each batch,
 * and starts again after it (`AFTER_SEQUENCE_NUMBER`): outbox events written while the runtime
 * was down (an operator's CLI, a crash) are published at the next start. A shard never seen of a
 * known stream is read whole (`TRIM_HORIZON`). A stream it has no position for (the first start
 * of a store, a store written by a version that kept none) is walked to its tip without handing
 * anything over: its records predate the runtime (the demo seed) and were never meant to publish.
 * Without a store (the tests' runtimes) it starts at the tip (`LATEST`), as before.
 *
 * At least once, not exactly once: the position is saved after the consumers handled the batch,
 * so a clean stop resumes exactly after the last record, and a crash between a batch and its save
 * hands that batch over again — as a Lambda event source mapping does. The consumers are built
 * for it: the publisher skips notifications already handed over, the webhook fan-out puts each
 * delivery only if absent, survey candidates are keyed by the event, a job run is claimed under a
 * lease. Exactly once would need the position in the same transaction as the effects, which
 * no consumer has (SNS, HTTP).
 *
 * When the store stops answering it logs one line, polls once a second, logs one line when it
 * answers again and resumes from its positions (a restarted in-memory DynamoDB Local has a new
 * stream, read whole: the table the runtime created again is empty but for what came since).
 */
export type StreamConsumer = { name: string; handle: (event: DynamoDBStreamEvent) => Promise<unknown>; detached?: boolean };

/** The last sequence number handed over, per shard of one stream. */
export interface StreamPosition {
  streamArn: string;
  shards: Record<string, string>;
}

export interface PositionStore {
  load(): StreamPosition | undefined;
  save(position: StreamPosition): void;
}

/** A small JSON file, replaced atomically (write, then rename): a crash leaves the old or the new one. */
export function filePositionStore(file: string): PositionStore {
  return {
    load: () => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StreamPosition) : undefined),
    save(position) {
      writeFileSync(`${file}.tmp`, JSON.stringify(position));
      renameSync(`${file}.tmp`, file);
    },
  };
}

export interface StreamPoller {
  stop(): Promise<void>;
  /** Resolves when every record seen so far has been handed over and detached work has finished. */
  idle(): Promise<void>;
}

const POLL_MS = 100;
const FAILING_POLL_MS = 1000;

export async function startStreamPoller(
  client: DynamoDBClient,
  streams: DynamoDBStreamsClient,
  tableName: string,
  consumers: StreamConsumer[],
  positionStore?: PositionStore,
): Promise<StreamPoller> {
  const latestStreamArn = async () => {
    const table = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const arn = table.Table?.LatestStreamArn;
    if (!arn) throw new Error(`table ${tableName} has no stream`);
    return arn;
  };
  let streamArn = await latestStreamArn();

  const iterators = new Map<string, string | undefined>(); // shardId → iterator (undefined = closed)
  const positions = new Map<string, string>(); // shardId → last sequence number handed over
  const stored = positionStore?.load();
  if (stored?.streamArn === streamArn) for (const [shard, seq] of Object.entries(stored.shards)) positions.set(shard, seq);
  // How shards without a position start: 'latest' (no store), 'tip' (a stream never positioned: walk past its records), 'whole'.
  let unseen: 'latest' | 'tip' | 'whole' = !positionStore ? 'latest' : stored?.streamArn === streamArn ? 'whole' : 'tip';
  const inflight = new Set<Promise<unknown>>();
  let stopped = false;
  let firstDiscovery = true;

  const savePosition = () => positionStore?.save({ streamArn, shards: Object.fromEntries(positions) });

  /** Reads an open shard to its end, handing nothing over: its last sequence number and an iterator after it. */
  async function walkToTip(shardId: string): Promise<string | undefined> {
    let iterator = (await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }))).ShardIterator;
    for (;;) {
      if (!iterator) return undefined;
      const out = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      const last = out.Records?.at(-1)?.dynamodb?.SequenceNumber;
      if (last) positions.set(shardId, last);
      iterator = out.NextShardIterator;
      if (!out.Records?.length) return iterator;
    }
  }

  async function discoverShards() {
    const shards = (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription?.Shards ?? [];
    const listed = new Set(shards.map((s) => s.ShardId));
    for (const shard of positions.keys()) if (!listed.has(shard)) positions.delete(shard); // trimmed away (24 h)
    for (const shard of shards) {
      const shardId = shard.ShardId;
      if (!shardId || iterators.has(shardId)) continue;
      const open = !shard.SequenceNumberRange?.EndingSequenceNumber;
      const position = positions.get(shardId);
      if (position) {
        const out = await streams
          .send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: position }))
          .catch((error: Error) => {
            if (error.name !== 'TrimmedDataAccessException') throw error;
            // Down longer than the stream keeps records (24 h): what is left is read whole, the rest is lost.
            logger.warn('stream position trimmed away: reading the shard from its oldest record', { shardId, position });
            return streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: 'TRIM_HORIZON' }));
          });
        iterators.set(shardId, out.ShardIterator);
        continue;
      }
      const mode = firstDiscovery ? unseen : 'whole'; // shards born while running are read whole
      if (mode !== 'whole' && !open) {
        // Closed before this stream was positioned: nothing of it is to be handed over.
        iterators.set(shardId, undefined);
        if (mode === 'tip' && shard.SequenceNumberRange?.EndingSequenceNumber) positions.set(shardId, shard.SequenceNumberRange.EndingSequenceNumber);
        continue;
      }
      if (mode === 'tip') {
        iterators.set(shardId, await walkToTip(shardId));
        continue;
      }
      const out = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: mode === 'latest' ? 'LATEST' : 'TRIM_HORIZON' }));
      iterators.set(shardId, out.ShardIterator);
    }
    if (firstDiscovery) savePosition();
    firstDiscovery = false;
    if (unseen === 'tip') unseen = 'whole'; // positioned now: a shard unknown after a restart of the store is new
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
      const arn = await latestStreamArn();
      if (arn !== streamArn) {
        // A new stream (an in-memory store started again, its table created again): every record of it is new.
        streamArn = arn;
        positions.clear();
        unseen = 'whole';
      }
      iterators.clear();
      firstDiscovery = true;
      await discoverShards();
      restart = false;
    }
    let sawClosed = false;
    for (const [shardId, iterator] of iterators) {
      if (!iterator) continue;
      const out = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      if (out.Records?.length) {
        await deliver(out.Records);
        const last = out.Records.at(-1)?.dynamodb?.SequenceNumber;
        if (last) positions.set(shardId, last);
        savePosition();
      }
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
