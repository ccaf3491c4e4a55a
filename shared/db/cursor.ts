import { createHmac, timingSafeEqual } from 'node:crypto';
import { derivedKey } from '../secrets.ts';
import { invalidField } from '../http/problems.ts';

/**
 * Opaque pagination cursors: the DynamoDB LastEvaluatedKey, bound to the tenant and to the list
 * it came from, signed with HMAC. A cursor from another tenant, another list, or edited by hand
 * is a 400 naming `cursor` (never a query on a key the caller chose).
 */
interface CursorBody {
  t: string; // tenant
  l: string; // list fingerprint (index + partition)
  k: Record<string, unknown>; // LastEvaluatedKey
}

const sign = (payload: string) => createHmac('sha256', derivedKey('cursor')).update(payload).digest('base64url');

export function encodeCursor(tenantId: string, list: string, lastKey: Record<string, unknown> | undefined): string | undefined {
  if (!lastKey) return undefined;
  const payload = Buffer.from(JSON.stringify({ t: tenantId, l: list, k: lastKey } satisfies CursorBody)).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

export function decodeCursor(tenantId: string, list: string, cursor: string | undefined): Record<string, unknown> | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const [payload, mac] = cursor.split('.');
  const bad = () => invalidField('cursor', 'is not a cursor of this list');
  if (!payload || !mac) throw bad();
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw bad();
  let body: CursorBody;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as CursorBody;
  } catch {
    throw bad();
  }
  if (body.t !== tenantId || body.l !== list) throw bad();
  return body.k;
}
