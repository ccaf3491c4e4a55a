import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Write capacity units of a TransactWriteItems call by DynamoDB's published rules: each item
 * written costs ⌈size ÷ 1 KB⌉ units, twice for a transaction, plus one ⌈size ÷ 1 KB⌉ per GSI whose
 * key the item carries (projection ALL); a ConditionCheck is a transactional read (2 × ⌈size ÷ 4 KB⌉).
 * Why compute: DynamoDB Local reports a transaction's units as twice its largest item, not the sum
 * over its items (`npx tsx bench/probe-capacity.ts` shows it), so its figure cannot be used for
 * transactions of several items; for single-item calls and reads its figures follow the rules.
 */

/** An item's size as DynamoDB counts it: attribute names plus values (strings in UTF-8, binary its bytes, numbers ~1 byte a 2 digits, lists and maps 3 bytes + 1 an element). */
export function itemSize(value: unknown): number {
  const size = (v: unknown): number => {
    if (v === null || v === undefined || typeof v === 'boolean') return 1;
    if (typeof v === 'string') return Buffer.byteLength(v);
    if (v instanceof Uint8Array) return v.byteLength; // Binary: its bytes
    if (typeof v === 'number') return Math.ceil(String(Math.abs(v)).replace(/[.-]/g, '').replace(/^0+/, '').length / 2) + 1;
    if (Array.isArray(v)) return 3 + v.reduce((n: number, x) => n + size(x) + 1, 0);
    if (typeof v === 'object') return 3 + Object.entries(v as Record<string, unknown>).reduce((n, [k, x]) => n + Buffer.byteLength(k) + size(x) + 1, 0);
    return 0;
  };
  return Object.entries(value as Record<string, unknown>).reduce((n, [k, v]) => n + Buffer.byteLength(k) + size(v), 0);
}

const GSIS = [1, 2, 3, 4, 5, 6];
const kb = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));
export const itemWrite = (item: Record<string, unknown>, transactional: boolean) => kb(itemSize(item)) * (transactional ? 2 : 1) + GSIS.filter((n) => item[`gsi${n}pk`] !== undefined).length * kb(itemSize(item));

export interface TransactInput {
  TransactItems: { Put?: { TableName: string; Item: Record<string, unknown> }; Update?: { TableName: string; Key: Record<string, unknown> }; Delete?: { TableName: string; Key: Record<string, unknown> }; ConditionCheck?: { TableName: string; Key: Record<string, unknown> } }[];
}

/** The units of a transaction that has committed: updated items are read back (outside any count) for their size after. */
export async function transactionUnits(doc: DynamoDBDocumentClient, input: TransactInput): Promise<{ read: number; write: number }> {
  let write = 0;
  let read = 0;
  for (const op of input.TransactItems) {
    if (op.Put) write += itemWrite(op.Put.Item, true);
    else if (op.Update) {
      const after = (await doc.send(new GetCommand({ TableName: op.Update.TableName, Key: op.Update.Key }))).Item ?? op.Update.Key;
      write += itemWrite(after, true);
    } else if (op.Delete) write += 2;
    else if (op.ConditionCheck) {
      const item = (await doc.send(new GetCommand({ TableName: op.ConditionCheck.TableName, Key: op.ConditionCheck.Key }))).Item ?? op.ConditionCheck.Key;
      read += 2 * Math.max(1, Math.ceil(itemSize(item) / 4096));
    }
  }
  return { read, write };
}
