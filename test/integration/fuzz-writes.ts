import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Counts the writes the product's DynamoDB client made that succeeded: the fuzz test's proof that a
 * refused request changed nothing, at the price of a counter instead of a Scan per request. The
 * sign-in throttle's counters (`LOGIN_FAIL#`, `LOGINSRC#`) are left out: counting a refused
 * sign-in is their purpose.
 */
const WRITES = /^(PutItem|UpdateItem|DeleteItem|TransactWriteItems|BatchWriteItem|ExecuteStatement|BatchExecuteStatement|ExecuteTransaction)Command$/;
const THROTTLE = /LOGIN_FAIL#|LOGINSRC#/;

const text = (v: unknown): string => (v && typeof v === 'object' && 'S' in v ? String((v as { S: unknown }).S) : String(v));
/** The sort and partition keys a write's input names (plain or marshalled). */
function keysOf(input: Record<string, any>): string[] {
  const items: Record<string, unknown>[] = [];
  const take = (op: Record<string, any> | undefined) => op && items.push(op.Item ?? op.Key ?? {});
  take(input);
  for (const t of input.TransactItems ?? []) take(t.Put ?? t.Update ?? t.Delete ?? t.ConditionCheck);
  for (const requests of Object.values((input.RequestItems ?? {}) as Record<string, any[]>)) for (const r of requests) take(r.PutRequest ?? r.DeleteRequest);
  return items.map((i) => `${text(i.pk)} ${text(i.sk)}`);
}

export function writeCounter(client: DynamoDBDocumentClient) {
  let count = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (WRITES.test(context.commandName ?? '')) {
        const keys = keysOf(args.input as Record<string, any>);
        if (!keys.length || !keys.every((k) => THROTTLE.test(k))) count += 1;
      }
      return result;
    },
    { step: 'initialize', name: 'fuzzWriteCounter' },
  );
  return { count: () => count };
}
