import { AsyncLocalStorage } from 'node:async_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient, instrumentDynamoClient } from '../shared/db/client.ts';
import { transactionUnits, type TransactInput } from './capacity.ts';

/**
 * The benchmarks' count of capacity units: every call's `ConsumedCapacity` as DynamoDB Local
 * reports it, summed while `measure()` runs — except transactions, whose units DynamoDB Local
 * misreports (bench/capacity.ts) and which are computed from their items by DynamoDB's rules.
 * `countUnits()` installs the middleware on the product's client (call it before the first
 * `documentClient()`, i.e. before the runtime starts); `measure()` then counts one run.
 * `measure(run, { record: true })` also keeps a copy of every TransactWriteItems input of the run
 * (for a raw baseline that writes the same items). `measure(run, { own: true })` counts only the
 * calls made by `run` itself (its async context), not those of the local runtime's stream
 * consumers working meanwhile (notification delivery, the survey trigger consumer): for a job
 * called in-process. Over HTTP the server's calls are not in `run`'s context: count them all, and
 * let the stream consumers drain first (`runtime.idle()`).
 */
export interface Measured<T> {
  result: T;
  read: number;
  write: number;
  seconds: number;
  /** The TransactWriteItems inputs of the run (native items), when asked for. */
  transactions: TransactInput[];
  /** Read and write units and calls by command (`QueryCommand`…): where the units went. */
  byCommand: Record<string, { read: number; write: number; calls: number }>;
}

const units = { read: 0, write: 0 };
let byCommand: Measured<unknown>['byCommand'] = {};
const add = (command: string, read: number, write: number) => {
  units.read += read;
  units.write += write;
  const c = (byCommand[command] ??= { read: 0, write: 0, calls: 0 });
  c.read += read;
  c.write += write;
  c.calls += 1;
};
let counting = false;
let recording: TransactInput[] | undefined;
/** The run's transactions, priced when it ends. */
let unpriced: TransactInput[] = [];
/** While a run counts only its own calls: its token, in its async context. */
const own = new AsyncLocalStorage<symbol>();
let ownToken: symbol | undefined;
const READ_COMMANDS = new Set(['GetItemCommand', 'QueryCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand']);
const CAPACITY_COMMANDS = new Set(['GetItemCommand', 'PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'QueryCommand', 'BatchGetItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand', 'TransactGetItemsCommand']);
/** A client of its own (not instrumented) for reading back updated items: never counted. */
let probe: DynamoDBDocumentClient | undefined;
export const probeClient = () =>
  (probe ??= DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT!, region: 'localhost', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })));

let installed = false;
export function countUnits(): void {
  if (installed) return;
  installed = true;
  instrumentDynamoClient((client: DynamoDBClient) => {
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { ReturnConsumedCapacity?: string };
        const command = String(context.commandName);
        const counted = counting && CAPACITY_COMMANDS.has(command) && (!ownToken || own.getStore() === ownToken);
        if (counted) input.ReturnConsumedCapacity = 'TOTAL';
        // Native items: the document client marshals after this step.
        const transaction = counted && command === 'TransactWriteItemsCommand' ? (structuredClone(args.input) as TransactInput) : undefined;
        if (transaction && recording) recording.push(transaction);
        const out = await next(args);
        if (!counted) return out;
        if (transaction) {
          // DynamoDB Local's figure for a transaction is wrong (bench/capacity.ts): computed from the
          // items once the run is over (reading its updated items back now would slow the run measured).
          unpriced.push(transaction);
          return out;
        }
        const consumed = (out.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
        if (consumed) {
          // DynamoDB Local reports CapacityUnits per call (no read/write split): the command says which.
          const total = ([consumed].flat() as { CapacityUnits?: number }[]).reduce((n, c) => n + (c.CapacityUnits ?? 0), 0);
          if (READ_COMMANDS.has(command)) add(command, total, 0);
          else add(command, 0, total);
        }
        return out;
      },
      { step: 'initialize', name: 'benchConsumedCapacity' },
    );
    return client;
  });
}

/** Units and seconds of one run (runs are measured one at a time). */
export async function measure<T>(run: () => Promise<T>, options: { record?: boolean; own?: boolean } = {}): Promise<Measured<T>> {
  if (!installed) throw new Error('countUnits() first, before the first documentClient()');
  units.read = 0;
  units.write = 0;
  byCommand = {};
  const transactions: TransactInput[] = [];
  recording = options.record ? transactions : undefined;
  counting = true;
  const token = Symbol('run');
  ownToken = options.own ? token : undefined;
  unpriced = [];
  const started = performance.now();
  try {
    const result = options.own ? await own.run(token, run) : await run();
    const seconds = (performance.now() - started) / 1000;
    counting = false;
    // An updated item's size is read after the run: the same as right after its write unless the run wrote it again.
    for (const tx of unpriced) {
      const u = await transactionUnits(probeClient(), tx as never);
      add('TransactWriteItemsCommand', u.read, u.write);
    }
    return { result, read: units.read, write: units.write, seconds, transactions, byCommand };
  } finally {
    counting = false;
    recording = undefined;
    ownToken = undefined;
  }
}

/** The recorded transactions written again under other keys (pk + `#<tag>`), conditions kept, `parallel` in flight; the seconds it took. The raw baseline of a recorded run. */
export async function replayTransactions(transactions: TransactInput[], tag: string, parallel: number, latencies?: number[]): Promise<number> {
  const moved = (key: Record<string, unknown>) => ({ ...key, pk: `${String(key.pk)}#${tag}` });
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < transactions.length) {
      const tx = transactions[next++]!;
      const TransactItems = tx.TransactItems.map((op) => {
        if (op.Put) return { Put: { ...op.Put, Item: moved(op.Put.Item) } };
        if (op.Update) return { Update: { ...op.Update, Key: moved(op.Update.Key) } };
        if (op.Delete) return { Delete: { ...op.Delete, Key: moved(op.Delete.Key) } };
        return { ConditionCheck: { ...op.ConditionCheck!, Key: moved(op.ConditionCheck!.Key) } };
      });
      const sent = performance.now();
      for (let attempt = 1; ; attempt++) {
        try {
          await documentClient().send(new TransactWriteCommand({ TransactItems: TransactItems as never }));
          latencies?.push(performance.now() - sent);
          break;
        } catch (error) {
          // The same retry the store does: another transaction held one of the (shared figures) items.
          if (attempt >= 4 || !['TransactionCanceledException', 'InternalServerError'].includes((error as Error).name)) throw error;
          await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
        }
      }
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return (performance.now() - started) / 1000;
}

/** Where one transaction's write units go: each of its writes, by DynamoDB's rules (`entity units, …`). */
export async function writesOf(tx: TransactInput): Promise<string> {
  const parts: string[] = [];
  for (const op of tx.TransactItems) {
    const { write } = await transactionUnits(probeClient(), { TransactItems: [op] });
    const label = op.Put ? String(op.Put.Item.entity) : `${op.Update ? 'update' : op.Delete ? 'delete' : 'check'} ${String((op.Update ?? op.Delete ?? op.ConditionCheck)!.Key.pk).replace(/^T#[^#]+#/, '').replace(/[0-9A-HJKMNP-TV-Z]{26}/g, '<id>').replace(/#\d+$/, '')}`;
    parts.push(`${label} ${write}`);
  }
  return parts.join(', ');
}

/** Where a run's read units went, by command. */
export const readsOf = (m: Measured<unknown>) =>
  Object.entries(m.byCommand)
    .filter(([, c]) => c.read > 0)
    .map(([command, c]) => `${command.replace('Command', '')} ${c.read.toFixed(1)} R in ${c.calls} calls`)
    .join(', ');
