import { MAX_PAGE } from '../contract/common.ts';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { ulid } from 'ulid';
import { documentClient } from './client.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { keys, tenantPrefix } from '../keys.ts';
import { TABLE, tableName, type IndexName } from '../table.ts';
import type { DomainError } from '../errors.ts';
import { conflict, type Problem } from '../http/problems.ts';
import type { TenantContext } from '../tenancy.ts';

export interface Key {
  pk: string;
  sk: string;
}
export type Item = Key & Record<string, unknown>;

/** A condition on a write, and the problem to report when it does not hold. */
export interface Condition {
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
  onFail: Problem | DomainError;
}

export type WriteOp =
  | { kind: 'put'; item: Item; condition?: Condition }
  | { kind: 'update'; key: Key; set?: Record<string, unknown>; add?: Record<string, number>; remove?: string[]; condition?: Condition }
  | { kind: 'delete'; key: Key; condition?: Condition }
  | { kind: 'check'; key: Key; condition: Condition };

export interface AuditEntry {
  action: string; // e.g. 'customer.created'
  subject: { type: string; id: string }; // whose history this belongs to (e.g. the customer)
  summary?: string;
  detail?: Record<string, unknown>;
}

export interface OutboxEvent {
  type: string; // e.g. 'customer.created'
  data: Record<string, unknown>;
  /** Extra SNS message attributes subscriptions filter on (a notification's `channel`, `notificationType`). */
  attributes?: Record<string, string>;
}

export type KeyCondition =
  | { beginsWith: string }
  | { between: [string, string] }
  | { equals: string }
  | { gte: string }
  | { lte: string };

export interface QueryInput {
  index?: IndexName;
  pk: string;
  sk?: KeyCondition;
  newestFirst?: boolean;
  limit?: number;
  cursor?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

const OUTBOX_TTL_DAYS = 7;

/** A version check for optimistic locking: the stored version must still be the one the caller read. */
export const versionIs = (version: number, what = 'object'): Condition => ({
  expression: '#version = :expectedVersion',
  names: { '#version': 'version' },
  values: { ':expectedVersion': version },
  onFail: conflict(`The ${what} changed since version ${version}; reload and try again`, 'stale-version'),
});

export const absent = (onFail: Problem | DomainError): Condition => ({ expression: 'attribute_not_exists(pk)', onFail });
export const present = (onFail: Problem | DomainError): Condition => ({ expression: 'attribute_exists(pk)', onFail });

/**
 * All table access of request and job code goes through a store bound to one tenant. It refuses
 * any key (table or GSI partition key) outside `T#<tenant>#`, mirroring the IAM LeadingKeys
 * condition that guards the same rule in AWS, and it has no Scan.
 */
export class TenantStore {
  readonly prefix: string;
  /**
   * The instant a commit records (audit, outbox) and the services that take theirs from it (the
   * tickets') act at. Only the demo seed sets another, to write history that happened earlier.
   */
  clock: () => Date = () => new Date();

  constructor(
    readonly ctx: TenantContext,
    private readonly client?: DynamoDBDocumentClient,
  ) {
    this.prefix = tenantPrefix(ctx.tenantId);
  }

  /** Resolved per call, so a store made at import time follows the process's current endpoint. */
  private get doc(): DynamoDBDocumentClient {
    return this.client ?? documentClient();
  }

  get tenantId(): string {
    return this.ctx.tenantId;
  }

  private readonly memos = new Map<string, Promise<unknown>>();

  /**
   * A read whose answer is fixed for this store's life — one request, or one job run (the runner
   * makes a store per run) — made once: a job that sends a thousand notices reads the wording in
   * force at its instant once, not a thousand times. A failed read is forgotten (the next call
   * reads again). Never for what the store's own writes change.
   */
  memo<T>(key: string, load: () => Promise<T>): Promise<T> {
    let found = this.memos.get(key) as Promise<T> | undefined;
    if (!found) {
      found = load();
      this.memos.set(key, found);
      found.catch(() => this.memos.delete(key));
    }
    return found;
  }

  private own(partitionKey: unknown, field = 'pk'): void {
    if (typeof partitionKey !== 'string' || !partitionKey.startsWith(this.prefix)) {
      throw new Error(`tenant guard: ${field} "${String(partitionKey)}" is outside tenant ${this.ctx.tenantId}`);
    }
  }

  private ownItem(item: Record<string, unknown>): void {
    this.own(item.pk);
    for (const index of TABLE.globalIndexes) {
      if (item[index.partitionKey] !== undefined) this.own(item[index.partitionKey], index.partitionKey);
    }
  }

  async get<T = Item>(key: Key, consistent = false): Promise<T | undefined> {
    this.own(key.pk);
    const out = await this.doc.send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: consistent }));
    return out.Item as T | undefined;
  }

  async getMany<T = Item>(keyList: Key[]): Promise<T[]> {
    keyList.forEach((k) => this.own(k.pk));
    const found: T[] = [];
    for (let i = 0; i < keyList.length; i += 100) {
      let request: Record<string, { Keys: Key[] }> | undefined = { [tableName()]: { Keys: keyList.slice(i, i + 100) } };
      while (request && Object.keys(request).length) {
        const out = await this.doc.send(new BatchGetCommand({ RequestItems: request }));
        found.push(...((out.Responses?.[tableName()] ?? []) as T[]));
        request = out.UnprocessedKeys as typeof request;
      }
    }
    return found;
  }

  /**
   * Unconditional puts of independent items (e.g. an import's row errors), 25 per BatchWriteItem,
   * unprocessed items retried. Not a business change: no audit, no event, no condition.
   */
  async putMany(items: Item[]): Promise<void> {
    items.forEach((item) => this.ownItem(item));
    for (let i = 0; i < items.length; i += 25) {
      let request: Record<string, { PutRequest: { Item: Item } }[]> | undefined = { [tableName()]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) };
      for (let attempt = 0; request && Object.keys(request).length; attempt++) {
        if (attempt) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 25 * 2 ** attempt)));
        const out = await this.doc.send(new BatchWriteCommand({ RequestItems: request as never }));
        request = out.UnprocessedItems as typeof request;
      }
    }
  }

  /** One page of a Query; the cursor is opaque, signed, and bound to this tenant and this list. */
  async query<T = Item>(input: QueryInput): Promise<Page<T>> {
    this.own(input.pk, input.index ? `${input.index} partition` : 'pk');
    const list = `${input.index ?? 'table'}|${input.pk}`;
    const limit = Math.min(Math.max(input.limit ?? 50, 1), MAX_PAGE);
    const out = await this.doc.send(
      new QueryCommand({
        ...this.queryParams(input),
        Limit: limit,
        ExclusiveStartKey: decodeCursor(this.tenantId, list, input.cursor),
      }),
    );
    return { items: (out.Items ?? []) as T[], nextCursor: encodeCursor(this.tenantId, list, out.LastEvaluatedKey) };
  }

  /** How many items a key condition matches (Select COUNT, every page): for small sets such as a review queue's rule. */
  async count(input: Omit<QueryInput, 'cursor' | 'limit' | 'newestFirst'>): Promise<number> {
    this.own(input.pk, input.index ? `${input.index} partition` : 'pk');
    let total = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(new QueryCommand({ ...this.queryParams(input), Select: 'COUNT', ExclusiveStartKey: start }));
      total += out.Count ?? 0;
      start = out.LastEvaluatedKey;
    } while (start);
    return total;
  }

  /** Every item of a partition, page by page (jobs). Yields each page so callers can report progress. */
  async *queryPages<T = Item>(input: Omit<QueryInput, 'cursor'>, startKey?: Record<string, unknown>) {
    this.own(input.pk);
    let exclusiveStartKey = startKey;
    do {
      const out = await this.doc.send(
        new QueryCommand({ ...this.queryParams(input), Limit: input.limit ?? 500, ExclusiveStartKey: exclusiveStartKey }),
      );
      exclusiveStartKey = out.LastEvaluatedKey;
      yield { items: (out.Items ?? []) as T[], lastKey: exclusiveStartKey };
    } while (exclusiveStartKey);
  }

  private queryParams(input: Omit<QueryInput, 'cursor' | 'limit'>): QueryCommandInput {
    const index = input.index ? TABLE.globalIndexes.find((g) => g.name === input.index)! : undefined;
    const pkName = index?.partitionKey ?? TABLE.partitionKey;
    const skName = index?.sortKey ?? TABLE.sortKey;
    const names: Record<string, string> = { '#pk': pkName };
    const values: Record<string, unknown> = { ':pk': input.pk };
    let expression = '#pk = :pk';
    const sk = input.sk;
    if (sk) {
      names['#sk'] = skName;
      if ('beginsWith' in sk) {
        expression += ' AND begins_with(#sk, :sk)';
        values[':sk'] = sk.beginsWith;
      } else if ('between' in sk) {
        expression += ' AND #sk BETWEEN :sk1 AND :sk2';
        values[':sk1'] = sk.between[0];
        values[':sk2'] = sk.between[1];
      } else if ('equals' in sk) {
        expression += ' AND #sk = :sk';
        values[':sk'] = sk.equals;
      } else if ('gte' in sk) {
        expression += ' AND #sk >= :sk';
        values[':sk'] = sk.gte;
      } else {
        expression += ' AND #sk <= :sk';
        values[':sk'] = sk.lte;
      }
    }
    return {
      TableName: tableName(),
      IndexName: input.index,
      KeyConditionExpression: expression,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ScanIndexForward: !input.newestFirst,
    };
  }

  /** A single write with its condition; a failed condition throws the condition's problem. */
  async write(op: WriteOp): Promise<Record<string, unknown> | undefined> {
    const params = this.toTransactItem(op);
    try {
      if (params.Put) {
        await this.doc.send(new PutCommand(params.Put as never));
        return op.kind === 'put' ? op.item : undefined;
      }
      if (params.Delete) {
        await this.doc.send(new DeleteCommand(params.Delete as never));
        return undefined;
      }
      if (params.Update) {
        const out = await this.doc.send(new UpdateCommand({ ...(params.Update as object), ReturnValues: 'ALL_NEW' } as never));
        return out.Attributes;
      }
      throw new Error('a check needs a transaction');
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException' && op.condition) throw op.condition.onFail;
      throw error;
    }
  }

  /**
   * A business change, its audit record and its outgoing events, in one TransactWriteItems:
   * no event without the change, no change without its audit.
   */
  async commit(change: { writes: WriteOp[]; audit?: AuditEntry | AuditEntry[]; events?: OutboxEvent[] }): Promise<void> {
    const now = this.clock();
    const ops = [...change.writes];
    for (const audit of [change.audit ?? []].flat()) ops.push({ kind: 'put', item: this.auditItem(audit, now) });
    for (const event of change.events ?? []) ops.push({ kind: 'put', item: this.outboxItem(event, now) });
    if (ops.length > 100) throw new Error(`a transaction holds at most 100 writes, got ${ops.length}`);
    if (ops.length === 1) {
      await this.write(ops[0]!);
      return;
    }
    await this.transact(ops, randomUUID());
  }

  /**
   * One TransactWriteItems, retried with the same client request token (so a retry of a write that
   * did land is not applied twice) when the store failed it internally: DynamoDB Local gives up
   * waiting for its lock on a starved machine, and DynamoDB itself may answer 500.
   */
  private async transact(ops: WriteOp[], token: string, attempt = 1): Promise<void> {
    try {
      await this.doc.send(new TransactWriteCommand({ TransactItems: ops.map((op) => this.toTransactItem(op)) as never, ClientRequestToken: token }));
    } catch (error) {
      if ((error as Error).name === 'InternalServerError' && attempt < 4) {
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 100));
        return this.transact(ops, token, attempt + 1);
      }
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
      if ((error as Error).name !== 'TransactionCanceledException' || !reasons) throw error;
      const failed = reasons.findIndex((r) => r.Code === 'ConditionalCheckFailed');
      if (failed >= 0) {
        const condition = ops[failed]?.condition;
        throw condition?.onFail ?? conflict('A concurrent change won; reload and try again');
      }
      // Another transaction held one of the items: back off and try again, a few times.
      if (reasons.some((r) => r.Code === 'TransactionConflict') && attempt < 4) {
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 30));
        return this.transact(ops, token, attempt + 1);
      }
      if (reasons.some((r) => r.Code === 'TransactionConflict')) throw conflict('A concurrent change won; try again');
      throw error;
    }
  }

  private toTransactItem(op: WriteOp): TransactWriteItem {
    const table = tableName();
    const cond = op.condition;
    const condition = cond
      ? {
          ConditionExpression: cond.expression,
          ...(cond.names ? { ExpressionAttributeNames: { ...cond.names } } : {}),
          ...(cond.values ? { ExpressionAttributeValues: { ...cond.values } } : {}),
        }
      : {};
    switch (op.kind) {
      case 'put':
        this.ownItem(op.item);
        return { Put: { TableName: table, Item: op.item as never, ...condition } };
      case 'delete':
        this.own(op.key.pk);
        return { Delete: { TableName: table, Key: op.key as never, ...condition } };
      case 'check':
        this.own(op.key.pk);
        return { ConditionCheck: { TableName: table, Key: op.key as never, ConditionExpression: op.condition.expression, ...condition } };
      case 'update': {
        this.own(op.key.pk);
        const names: Record<string, string> = { ...(cond?.names ?? {}) };
        const values: Record<string, unknown> = { ...(cond?.values ?? {}) };
        const clauses: string[] = [];
        const sets = Object.entries(op.set ?? {}).map(([field, value], i) => {
          if (/^gsi\d+pk$/.test(field)) this.own(value, field);
          names[`#s${i}`] = field;
          values[`:s${i}`] = value;
          return `#s${i} = :s${i}`;
        });
        if (sets.length) clauses.push(`SET ${sets.join(', ')}`);
        const adds = Object.entries(op.add ?? {}).map(([field, value], i) => {
          names[`#a${i}`] = field;
          values[`:a${i}`] = value;
          return `#a${i} :a${i}`;
        });
        if (adds.length) clauses.push(`ADD ${adds.join(', ')}`);
        const removes = (op.remove ?? []).map((field, i) => {
          names[`#r${i}`] = field;
          return `#r${i}`;
        });
        if (removes.length) clauses.push(`REMOVE ${removes.join(', ')}`);
        return {
          Update: {
            TableName: table,
            Key: op.key as never,
            UpdateExpression: clauses.join(' '),
            ...(cond ? { ConditionExpression: cond.expression } : {}),
            ExpressionAttributeNames: names,
            ...(Object.keys(values).length ? { ExpressionAttributeValues: values as never } : {}),
          },
        };
      }
    }
  }

  /** The audit record `commit` writes (public for the import benchmark, which writes the same items raw). */
  auditItem(audit: AuditEntry, now: Date): Item {
    const id = ulid(now.getTime());
    const at = now.toISOString();
    return {
      ...keys.audit(this.tenantId, at.slice(0, 10), id),
      gsi1pk: keys.subjectHistory(this.tenantId, audit.subject.type, audit.subject.id),
      gsi1sk: id,
      entity: 'audit',
      id,
      at,
      action: audit.action,
      subjectType: audit.subject.type,
      subjectId: audit.subject.id,
      summary: audit.summary,
      detail: audit.detail,
      actor: { kind: this.ctx.principal.kind, id: this.ctx.principal.id, name: this.ctx.principal.name },
      correlationId: this.ctx.correlationId,
    };
  }

  /** The outbox item `commit` writes (public for the same reason). */
  outboxItem(event: OutboxEvent, now: Date): Item {
    const id = ulid(now.getTime());
    const at = now.toISOString();
    return {
      ...keys.outbox(this.tenantId, at.slice(0, 10), id),
      entity: 'outbox',
      id,
      at,
      tenantId: this.tenantId,
      type: event.type,
      data: event.data,
      ...(event.attributes ? { attributes: event.attributes } : {}),
      correlationId: this.ctx.correlationId,
      ttl: Math.floor(now.getTime() / 1000) + OUTBOX_TTL_DAYS * 86400,
    };
  }
}
