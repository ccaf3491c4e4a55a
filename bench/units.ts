import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { instrumentDynamoClient } from '../shared/db/client.ts';
import { transactionUnits, type TransactInput } from './capacity.ts';

/**
 * The benchmarks' count of capacity units: every call's `ConsumedCapacity` as DynamoDB Local
 * reports it, summed while `measure()` runs — except transactions, whose units DynamoDB Local
 * misreports (bench/capacity.ts) and which are computed from their items by DynamoDB's rules.
 * `countUnits()` installs the middleware on the product's client (call it before the first
 * `documentClient()`, i.e. before the runtime starts); `measure()` then counts one run.
 * `measure(run, { record: true })` also keeps a copy of every TransactWriteItems input of the run
 * (for a raw baseline that writes the same items).
 */
export interface Measured<T> {
  result: T;
  read: number;
  write: number;
  seconds: number;
  /** The TransactWriteItems inputs of the run (native items), when asked for. */
  transactions: TransactInput[];
}

const units = { read: 0, write: 0 };
let counting = false;
let recording: TransactInput[] | undefined;
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
        const counted = counting && CAPACITY_COMMANDS.has(command);
        if (counted) input.ReturnConsumedCapacity = 'TOTAL';
        // Native items: the document client marshals after this step.
        if (counted && recording && command === 'TransactWriteItemsCommand') recording.push(structuredClone(args.input) as TransactInput);
        const out = await next(args);
        if (!counted) return out;
        if (command === 'TransactWriteItemsCommand') {
          // DynamoDB Local's figure for a transaction is wrong (bench/capacity.ts): computed from the items.
          const u = await transactionUnits(probeClient(), args.input as never);
          units.read += u.read;
          units.write += u.write;
          return out;
        }
        const consumed = (out.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
        if (consumed) {
          // DynamoDB Local reports CapacityUnits per call (no read/write split): the command says which.
          const total = ([consumed].flat() as { CapacityUnits?: number }[]).reduce((n, c) => n + (c.CapacityUnits ?? 0), 0);
          if (READ_COMMANDS.has(command)) units.read += total;
          else units.write += total;
        }
        return out;
      },
      { step: 'initialize', name: 'benchConsumedCapacity' },
    );
    return client;
  });
}

/** Units and seconds of one run (runs are measured one at a time). */
export async function measure<T>(run: () => Promise<T>, options: { record?: boolean } = {}): Promise<Measured<T>> {
  if (!installed) throw new Error('countUnits() first, before the first documentClient()');
  units.read = 0;
  units.write = 0;
  const transactions: TransactInput[] = [];
  recording = options.record ? transactions : undefined;
  counting = true;
  const started = performance.now();
  try {
    const result = await run();
    return { result, read: units.read, write: units.write, seconds: (performance.now() - started) / 1000, transactions };
  } finally {
    counting = false;
    recording = undefined;
  }
}
