import { fileOpenKey, runCustomerImport, type Transport, type TransportResponse } from '../../../shared/contract/customer-import-client.ts';

/**
 * Resuming an import: a derived open key re-opens the same import (the server replays the open);
 * the client reads its current state, and when it was completed already opens the next one of the
 * key's chain. A fake server with the API's idempotency: a key's first answer is replayed.
 */
function fakeServer() {
  const imports = new Map<string, { id: string; state: string; counts: Record<string, number>; rowsReceived: number }>();
  const replies = new Map<string, string>();
  const opened: string[] = [];
  const batches: string[] = [];
  const answer = (status: number, body: unknown, headers: Record<string, string> = {}): TransportResponse => {
    const text = JSON.stringify(body);
    return { status, headers: { get: (n) => headers[n] ?? null }, text: async () => text, clone: () => ({ text: async () => text }) };
  };
  const transport: Transport = async (path, init) => {
    const key = init.headers['idempotency-key'];
    if (key && replies.has(key)) return answer(200, JSON.parse(replies.get(key)!), { 'idempotent-replayed': 'true' });
    let body: unknown;
    if (path === '/v1/customer-imports') {
      const id = `I${imports.size + 1}`;
      imports.set(id, { id, state: 'open', counts: { created: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0 }, rowsReceived: 0 });
      opened.push(key!);
      body = { ...imports.get(id)! };
    } else if (path.endsWith('/batches')) {
      const id = path.split('/')[3]!;
      const { rows } = JSON.parse(init.body!) as { rows: unknown[] };
      batches.push(key!);
      const imp = imports.get(id)!;
      imp.rowsReceived += rows.length;
      imp.counts.created! += rows.length;
      body = { results: rows.map((_, i) => ({ row: i, status: 'created' })), import: { ...imp } };
    } else if (path.endsWith('/complete')) {
      const imp = imports.get(path.split('/')[3]!)!;
      imp.state = 'done';
      body = { ...imp };
    } else {
      body = { ...imports.get(path.split('/')[3]!)! };
    }
    if (key) replies.set(key, JSON.stringify(body));
    return answer(200, body);
  };
  return { transport, imports, opened, batches };
}

const rows = Array.from({ length: 5 }, (_, i) => ({ 户号: `A${i}` }));
const run = (transport: Transport) => runCustomerImport({ transport, fileName: 'f.csv', columns: ['户号'], rows, openKey: 'open:k', batchRows: 2 });

it('re-opens the open import of the same key, re-sends its batches under the same keys, and completes it', async () => {
  const server = fakeServer();
  // A first run that died after opening and one batch:
  await server.transport('/v1/customer-imports', { method: 'POST', headers: { 'idempotency-key': 'open:k' }, body: '{}' });
  await server.transport('/v1/customer-imports/I1/batches', { method: 'POST', headers: { 'idempotency-key': 'I1:2' }, body: JSON.stringify({ firstRow: 2, rows: rows.slice(0, 2) }) });
  const outcome = await run(server.transport);
  expect(outcome.import).toMatchObject({ id: 'I1', state: 'done', rowsReceived: 5 });
  expect(server.imports.size).toBe(1);
  expect(server.batches).toEqual(['I1:2', 'I1:4', 'I1:6']); // I1:2 replayed, not applied again
});

it('opens the next import of the chain when the key\'s import is completed', async () => {
  const server = fakeServer();
  expect((await run(server.transport)).import).toMatchObject({ id: 'I1', state: 'done' });
  expect((await run(server.transport)).import).toMatchObject({ id: 'I2', state: 'done', rowsReceived: 5 });
  expect((await run(server.transport)).import).toMatchObject({ id: 'I3', state: 'done' });
  expect(server.opened).toEqual(['open:k', 'open:k:after:I1', 'open:k:after:I2']);
});

it('keys a browser file on its name, size, time and header', () => {
  const file = { name: '客户档案.csv', size: 1234, lastModified: 1764600000000 };
  const key = fileOpenKey(file, ['户号', '户名']);
  expect(key).toMatch(/^open:file:1234:1764600000000:[0-9a-f]{16}$/);
  expect(fileOpenKey({ ...file }, ['户号', '户名'])).toBe(key);
  expect(fileOpenKey({ ...file, lastModified: 1764600000001 }, ['户号', '户名'])).not.toBe(key);
  expect(fileOpenKey({ ...file, name: '其他.csv' }, ['户号', '户名'])).not.toBe(key);
  expect(fileOpenKey(file, ['户号'])).not.toBe(key);
});
