import { ulid } from 'ulid';
import { absent, TenantStore, type Page } from '../../shared/db/tenant-store.ts';
import { accountGuardKey, customerFromItem, type Customer } from '../../shared/entities/customer.ts';
import {
  counterAttribute,
  customerImportFromItem,
  customerImportItem,
  importBatchItem,
  importErrorItem,
  ROW_STATUSES,
  zeroCounts,
  type CustomerImport,
  type ImportCounts,
  type ImportRowError,
  type RowError,
  type RowStatus,
} from '../../shared/entities/customer-import.ts';
import { conflictError, isDomainError, notFoundError, unprocessableError } from '../../shared/errors.ts';
import { asProblem, type Problem } from '../../shared/http/problems.ts';
import { keys } from '../../shared/keys.ts';
import { normalizeIdentifier } from '../../shared/contract/search-key.ts';
import { canSeeRegion, hasRole } from '../../shared/tenancy.ts';
import { tenantRegions, tenantTimeZone } from '../../shared/tenant-profile.ts';
import { CustomerService } from '../customers/customer-service.ts';
import { resolveColumns } from './csv-columns.ts';
import { parseRow, toChange, toNewCustomer, type ParsedRow } from './csv-rows.ts';

/**
 * CSV import of customers, server side: an import record fed in batches of at most 500 rows by a
 * streaming client. Each row is validated by the schemas of `POST /v1/customers` and written
 * through the CustomerArchive, as the API would: a new account number opens an account (customer,
 * guards, meter, audit, events in one transaction); a known one gets only the fields that differ,
 * under the version read (optimistic locking); a row that changes nothing writes nothing.
 *
 * Counting is exactly-once per batch: the batch's counters are added (UpdateItem ADD) in the same
 * transaction as a marker item keyed on the batch's first row, put only if absent. A retried batch
 * (same `Idempotency-Key`) replays the first reply; one retried under another key re-applies its
 * rows (which are then unchanged) but adds nothing to the counters. A batch whose first attempt
 * failed before counting (the store answered 503 mid-batch, the key was released) is re-applied and
 * counted once: the accounts that attempt opened carry the import and row (`importedFrom`), so
 * they count as created, not unchanged.
 */
/** Rows written at once within a batch (each row is one transaction). */
export const ROW_CONCURRENCY = 16;
/** Errors per row in a batch's reply (all of them are stored, see GET …/errors). */
const REPLY_ERRORS_PER_ROW = 5;
/**
 * A batch's reply is stored whole as its idempotency record, a DynamoDB item (≤ 400 KB): past this
 * size, rows keep only their first error and warning (with `errorCount`); GET …/errors has them all.
 */
const REPLY_MAX_BYTES = 200_000;

export interface RowResult {
  row: number;
  status: RowStatus;
  accountNumber?: string;
  customerId?: string;
  /** For `updated`: the fields that changed. */
  changed?: string[];
  errors?: RowError[];
  /** How many errors the row has when the reply lists only some (see GET …/errors). */
  errorCount?: number;
  /** What the row asked that import does not change (create-only columns, another meter). */
  warnings?: RowError[];
}

export const importView = (imp: CustomerImport, columns = resolveColumns(imp.columns).columns) => ({
  id: imp.id,
  fileName: imp.fileName,
  state: imp.state,
  counts: imp.counts,
  rowsReceived: imp.rowsReceived,
  totalRows: imp.totalRows ?? null,
  batches: imp.batches,
  columns: imp.columns.map((column) => ({ column, field: columns?.byHeader.get(column) ?? null })),
  createdBy: imp.createdBy,
  createdAt: imp.createdAt,
  updatedAt: imp.updatedAt,
  completedAt: imp.completedAt ?? null,
});

const importClosed = (imp: CustomerImport) =>
  conflictError('import-closed', `Import ${imp.id} is ${imp.state}; open a new import to send more rows`, { importId: imp.id, state: imp.state });
const batchCounted = () => conflictError('batch-counted', 'This batch was counted already');

export class CustomerImports {
  readonly customers: CustomerService;

  constructor(readonly store: TenantStore) {
    this.customers = new CustomerService(store);
  }

  private get tenantId() {
    return this.store.tenantId;
  }

  private get principal() {
    return this.store.ctx.principal;
  }

  /** An import is seen by the caller who opened it and by admins; anyone else gets 404, like another tenant. */
  private visible(imp: CustomerImport): boolean {
    const p = this.principal;
    return (p.kind === 'user' && hasRole(p, 'admin')) || (imp.createdBy.kind === p.kind && imp.createdBy.id === p.id);
  }

  async open(input: { fileName: string; columns: string[]; totalRows?: number }): Promise<CustomerImport> {
    const { errors } = resolveColumns(input.columns);
    if (errors.length) {
      throw unprocessableError('import-header-invalid', `The file's header: ${errors.map((e) => e.message).join('; ')}`, { problems: errors.length }, {
        fields: errors.map((e) => ({ field: e.field, message: e.message })),
      });
    }
    const now = new Date();
    const at = now.toISOString();
    const imp: CustomerImport = {
      id: ulid(now.getTime()),
      fileName: input.fileName,
      columns: input.columns,
      ...(input.totalRows !== undefined ? { totalRows: input.totalRows } : {}),
      state: 'open',
      counts: zeroCounts(),
      rowsReceived: 0,
      batches: 0,
      createdBy: { kind: this.principal.kind, id: this.principal.id, name: this.principal.name },
      createdAt: at,
      updatedAt: at,
    };
    await this.store.commit({
      writes: [{ kind: 'put', item: customerImportItem(this.tenantId, imp), condition: absent(conflictError('id-taken', `Import ${imp.id} exists already`, { what: 'Import', id: imp.id })) }],
      audit: { action: 'customer-import.opened', subject: { type: 'customer-import', id: imp.id }, summary: `import of ${input.fileName} opened`, detail: { fileName: input.fileName, totalRows: input.totalRows ?? null } },
    });
    return imp;
  }

  async get(id: string, consistent = false): Promise<CustomerImport> {
    const item = await this.store.get(keys.customerImport(this.tenantId, id), consistent);
    const imp = item && customerImportFromItem(item);
    if (!imp || !this.visible(imp)) throw notFoundError('Import', { id });
    return imp;
  }

  /** Recent imports, newest first (admins: all; others: their own on the page). */
  async list(page: { cursor?: string; limit?: number }): Promise<Page<CustomerImport>> {
    const out = await this.store.query({ pk: keys.customerImportsPartition(this.tenantId), newestFirst: true, limit: page.limit ?? 20, cursor: page.cursor });
    return { items: out.items.map(customerImportFromItem).filter((imp) => this.visible(imp)), nextCursor: out.nextCursor };
  }

  async errors(id: string, page: { cursor?: string; limit?: number }): Promise<Page<ImportRowError>> {
    await this.get(id);
    const out = await this.store.query<ImportRowError & Record<string, unknown>>({
      pk: keys.customerImportRowsPartition(this.tenantId, id),
      sk: { beginsWith: keys.customerImportErrorPrefix() },
      limit: page.limit ?? 100,
      cursor: page.cursor,
    });
    return { items: out.items.map(({ row, accountNumber, errors }) => ({ row, ...(accountNumber ? { accountNumber } : {}), errors })), nextCursor: out.nextCursor };
  }

  /** Every error item of an import from a position, in row order, page by page (the error report). */
  errorPages(id: string, startKey?: Record<string, unknown>) {
    return this.store.queryPages<ImportRowError & Record<string, unknown>>(
      { pk: keys.customerImportRowsPartition(this.tenantId, id), sk: { beginsWith: keys.customerImportErrorPrefix() }, limit: 1000 },
      startKey,
    );
  }

  async complete(id: string): Promise<CustomerImport> {
    const imp = await this.get(id, true);
    if (imp.state !== 'open') return imp; // completing twice is a no-op
    const at = new Date().toISOString();
    const state = imp.counts.rejected ? 'done-with-errors' : 'done';
    await this.store.commit({
      writes: [
        {
          kind: 'update',
          key: keys.customerImport(this.tenantId, id),
          set: { state, completedAt: at, updatedAt: at },
          condition: { expression: '#state = :open', names: { '#state': 'state' }, values: { ':open': 'open' }, onFail: importClosed(imp) },
        },
      ],
      audit: { action: 'customer-import.completed', subject: { type: 'customer-import', id }, summary: `import of ${imp.fileName}: ${describeCounts(imp.counts)}`, detail: { counts: imp.counts, rowsReceived: imp.rowsReceived } },
    });
    return this.get(id, true);
  }

  /** Validate and apply one batch of rows (row `firstRow + i` is `rows[i]`); per-row results. */
  async addBatch(id: string, firstRow: number, rows: Record<string, string>[]): Promise<{ results: RowResult[]; import: CustomerImport }> {
    const imp = await this.get(id, true);
    if (imp.state !== 'open') throw importClosed(imp);
    const { columns } = resolveColumns(imp.columns);
    const known = new Set(imp.columns);
    const unknown = rows.flatMap((cells, i) => Object.keys(cells).filter((k) => !known.has(k)).map((k) => ({ field: `rows[${i}].${k}`, message: `not a column of this import (${imp.columns.join(', ')})` })));
    if (unknown.length) throw unprocessableError('import-unknown-columns', 'Rows name columns the import was not opened with', { columns: unknown.length }, { fields: unknown.slice(0, 20) });

    const [regions, timeZone] = await Promise.all([tenantRegions(this.store), tenantTimeZone(this.store)]);
    const parsed = rows.map((cells, i) => ({ row: firstRow + i, parsed: parseRow(cells, columns!, { regions, timeZone }) }));
    const existing = await this.existing(parsed.map((p) => p.parsed));

    // Rows of one account are applied in file order (the last one wins); accounts in parallel.
    const groups = new Map<string, { row: number; parsed: ParsedRow }[]>();
    const results = new Map<number, RowResult>();
    for (const p of parsed) {
      if (p.parsed.skipped) results.set(p.row, { row: p.row, status: 'skipped' });
      else if (p.parsed.errors.length) results.set(p.row, rejected(p.row, p.parsed.accountNumber, p.parsed.errors));
      else {
        const key = normalizeIdentifier(p.parsed.fields.accountNumber!);
        groups.set(key, [...(groups.get(key) ?? []), p]);
      }
    }
    await forEachLimit([...groups.entries()], ROW_CONCURRENCY, async ([key, group]) => {
      for (const { row, parsed: p } of group) {
        const result = await this.applyRow(imp.id, row, p, existing, key, timeZone);
        results.set(row, result);
      }
    });

    const ordered = parsed.map((p) => results.get(p.row)!);
    const counts = zeroCounts();
    for (const r of ordered) counts[r.status] += 1;
    const failures = ordered.filter((r) => r.status === 'rejected');
    await this.store.putMany(failures.map((r) => importErrorItem(this.tenantId, id, imp.createdAt, { row: r.row, ...(r.accountNumber ? { accountNumber: r.accountNumber } : {}), errors: r.errors! })));
    await this.count(imp, firstRow, rows.length, counts);
    return { results: compactResults(ordered), import: await this.get(id, true) };
  }

  /** The customers of the batch's account numbers that exist: BatchGetItem on the guards, then on the customers. */
  private async existing(rows: ParsedRow[]): Promise<Map<string, Customer>> {
    const numbers = [...new Set(rows.filter((r) => !r.skipped && !r.errors.length).map((r) => r.fields.accountNumber!))];
    const guards = await this.store.getMany<{ customerId: string; accountNumber: string }>(numbers.map((n) => accountGuardKey(this.tenantId, n)));
    const customers = await this.store.getMany(guards.map((g) => keys.customer(this.tenantId, g.customerId)));
    return new Map(customers.map((item) => customerFromItem(item)).map((c) => [normalizeIdentifier(c.accountNumber), c]));
  }

  private async applyRow(importId: string, row: number, p: ParsedRow, existing: Map<string, Customer>, key: string, timeZone: string, retried = false): Promise<RowResult> {
    const accountNumber = p.fields.accountNumber!;
    const current = existing.get(key);
    try {
      if (current) {
        if (!canSeeRegion(this.principal, current.regionId)) {
          return rejected(row, accountNumber, [{ field: 'accountNumber', message: `account ${accountNumber} belongs to a customer outside your regions` }]);
        }
        const change = toChange(p, current, timeZone);
        if (change.errors.length) return rejected(row, accountNumber, change.errors, change.warnings);
        if (change.patch.regionId !== undefined && !canSeeRegion(this.principal, change.patch.regionId)) {
          return rejected(row, accountNumber, [{ field: 'regionId', message: `region ${change.patch.regionId} is outside your regions` }]);
        }
        const { customer, changed } = await this.customers.applyImport(current, change.patch, change.meter);
        existing.set(key, customer);
        // A batch re-applied after a failed attempt (a 503 mid-batch) finds the accounts its first attempt opened: still created by this row.
        const openedHere = current.importedFrom?.importId === importId && current.importedFrom.row === row;
        return { row, status: changed.length ? 'updated' : openedHere ? 'created' : 'unchanged', accountNumber, customerId: customer.id, ...(changed.length ? { changed } : {}), ...(change.warnings.length ? { warnings: change.warnings } : {}) };
      }
      const create = toNewCustomer(p);
      if (!create.input) return rejected(row, accountNumber, create.errors);
      if (!canSeeRegion(this.principal, create.input.regionId)) {
        return rejected(row, accountNumber, [{ field: 'regionId', message: `region ${create.input.regionId} is outside your regions` }]);
      }
      const { customer } = await this.customers.create(create.input, create.meters, { regionChecked: true, importedFrom: { importId, row } });
      existing.set(key, customer);
      return { row, status: 'created', accountNumber, customerId: customer.id };
    } catch (error) {
      const problem = asProblem(error);
      if (!problem || problem.status >= 500) throw error;
      // Opened meanwhile by someone else (another import, the API): apply the row as a change.
      if (problem.code === 'account-number-taken' && !retried) {
        const guard = await this.store.get<{ customerId: string }>(accountGuardKey(this.tenantId, accountNumber), true);
        const item = guard && (await this.store.get(keys.customer(this.tenantId, guard.customerId), true));
        if (item) {
          existing.set(key, customerFromItem(item));
          return this.applyRow(importId, row, p, existing, key, timeZone, true);
        }
      }
      return rejected(row, accountNumber, problemErrors(problem));
    }
  }

  /** The batch's counts, added once: the marker of the batch is put in the same transaction, only if absent. */
  private async count(imp: CustomerImport, firstRow: number, rows: number, counts: ImportCounts): Promise<void> {
    const add: Record<string, number> = { rowsReceived: rows, batches: 1 };
    for (const status of ROW_STATUSES) if (counts[status]) add[counterAttribute(status)] = counts[status];
    try {
      await this.store.commit({
        writes: [
          {
            kind: 'update',
            key: keys.customerImport(this.tenantId, imp.id),
            add,
            set: { updatedAt: new Date().toISOString() },
            condition: { expression: '#state = :open', names: { '#state': 'state' }, values: { ':open': 'open' }, onFail: importClosed(imp) },
          },
          { kind: 'put', item: importBatchItem(this.tenantId, imp.id, imp.createdAt, firstRow, rows, counts), condition: absent(batchCounted()) },
        ],
      });
    } catch (error) {
      if (isDomainError(error, 'batch-counted')) return;
      throw error;
    }
  }
}

function compactResults(results: RowResult[]): RowResult[] {
  const trim = (r: RowResult, errors: number, warnings: number): RowResult => {
    if ((r.errors?.length ?? 0) <= errors && (r.warnings?.length ?? 0) <= warnings) return r;
    return {
      ...r,
      ...(r.errors ? { errors: r.errors.slice(0, errors), errorCount: r.errors.length } : {}),
      ...(r.warnings ? { warnings: r.warnings.slice(0, warnings) } : {}),
    };
  };
  const compact = results.map((r) => trim(r, REPLY_ERRORS_PER_ROW, REPLY_ERRORS_PER_ROW));
  if (Buffer.byteLength(JSON.stringify(compact)) <= REPLY_MAX_BYTES) return compact;
  return results.map((r) => trim(r, 1, 1));
}

function rejected(row: number, accountNumber: string | undefined, errors: RowError[], warnings: RowError[] = []): RowResult {
  return { row, status: 'rejected', ...(accountNumber ? { accountNumber } : {}), errors, ...(warnings.length ? { warnings } : {}) };
}

/** A refusal of the archive as the row's errors, naming the field it concerns. */
function problemErrors(problem: Problem): RowError[] {
  if (problem.errors?.length) return problem.errors.map((e) => ({ field: e.field.replace(/^body\./, ''), message: e.message }));
  const field =
    problem.code === 'account-number-taken' ? 'accountNumber'
    : problem.code === 'serial-taken' ? 'meterSerial'
    : problem.code === 'region-out-of-scope' || problem.code === 'forbidden' ? 'regionId'
    : problem.code === 'illegal-transition' ? 'meterSerial'
    : 'row';
  return [{ field, message: problem.detail ?? problem.title }];
}

export const describeCounts = (c: ImportCounts) => ROW_STATUSES.map((s) => `${c[s]} ${s}`).join(', ');

/** Run `work` over `items` with at most `limit` in flight. */
export async function forEachLimit<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
