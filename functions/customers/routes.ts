import { z } from 'zod';
import { CONTRACT_KINDS, CUSTOMER_CLASSES, SUSPENSION_REASONS } from '../../shared/entities/customer.ts';
import { INLETS, METER_TYPES } from '../../shared/entities/meter.ts';
import { defineRoute } from '../../shared/http/route.ts';
import { isValidIdNumber } from '../../shared/privacy.ts';
import { Cursor, IdParams, IsoDateTime, RegionId } from '../../shared/schemas.ts';
import { normalizePhone } from '../../shared/search-key.ts';
import { ROLES, type Role, type Scope } from '../../shared/tenancy.ts';

/** Who reads and who changes the archive (field staff read only). */
const READERS = { roles: ROLES, scopes: ['customers:read', 'customers:write'] as Scope[] };
const WRITER_ROLES: Role[] = ['admin', 'manager', 'dispatcher', 'agent'];
const WRITERS = { roles: WRITER_ROLES, scopes: ['customers:write'] as Scope[] };

const nfkcTrim = (v: string) => v.normalize('NFKC').trim();

/** Account numbers and meter serials: letters, digits and dashes (full-width input is folded). */
const Identifier = (what: string) =>
  z
    .string()
    .max(64)
    .transform(nfkcTrim)
    .pipe(z.string().regex(/^[0-9A-Za-z][0-9A-Za-z-]{2,39}$/, `${what}: 3–40 letters, digits or dashes`));

export const AccountNumber = Identifier('an account number');
export const Serial = Identifier('a meter serial');

/** A phone number, stored as digits (+86 dropped). */
export const Phone = z
  .string()
  .max(32)
  .refine((v) => normalizePhone(v) !== undefined, 'a phone number: 7–15 digits, optionally with +86')
  .transform((v) => normalizePhone(v)!);

export const IdNumber = z
  .string()
  .max(32)
  .transform((v) => nfkcTrim(v).toUpperCase())
  .refine(isValidIdNumber, 'an 18-character resident ID number (or the old 15-digit form) with a valid check character');

const Name = z.string().transform(nfkcTrim).pipe(z.string().min(1, 'must not be empty').max(64));
const Address = z.string().transform(nfkcTrim).pipe(z.string().min(2, 'at least 2 characters').max(200));
const Day = z.iso.date();
const Version = z.int().min(1);

export const SpecialCareInput = z.strictObject({
  elderly: z.boolean().optional(),
  disabled: z.boolean().optional(),
  livingAlone: z.boolean().optional(),
});

export const ContactInput = z.strictObject({
  name: z.string().trim().min(1).max(64).optional(),
  phone: Phone,
  relation: z.string().trim().min(1).max(32).optional(),
});

const Signed = z.strictObject({ signedAt: IsoDateTime });

export const CreateCustomerBody = z.strictObject({
  accountNumber: AccountNumber,
  name: Name,
  class: z.enum(CUSTOMER_CLASSES),
  phone: Phone,
  address: Address,
  regionId: RegionId,
  specialCare: SpecialCareInput.optional(),
  contacts: z.array(ContactInput).max(10).optional(),
  idNumber: IdNumber.optional(),
  contracts: z.strictObject({ supply: Signed.optional(), 'safe-use': Signed.optional() }).optional(),
  tags: z.array(z.string().trim().min(1).max(32)).max(20).optional(),
  notes: z.string().max(2000).optional(),
});

export const UpdateCustomerBody = z
  .strictObject({
    name: Name.optional(),
    class: z.enum(CUSTOMER_CLASSES).optional(),
    phone: Phone.optional(),
    address: Address.optional(),
    regionId: RegionId.optional(),
    specialCare: SpecialCareInput.optional(),
    contacts: z.array(ContactInput).max(10).optional(),
    idNumber: IdNumber.nullable().optional(),
    tags: z.array(z.string().trim().min(1).max(32)).max(20).optional(),
    notes: z.string().max(2000).nullable().optional(),
    /** The version read (alternative to If-Match). */
    version: Version.optional(),
  })
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), 'name at least one field to change');

export const CustomerActionBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept'), inspectionPassedAt: IsoDateTime, inspector: z.string().trim().min(1).max(64), version: Version.optional() }),
  z.strictObject({ action: z.literal('sign-contract'), contract: z.enum(CONTRACT_KINDS), signedAt: IsoDateTime, version: Version.optional() }),
  z.strictObject({ action: z.literal('gas-on'), version: Version.optional() }),
  z.strictObject({ action: z.literal('suspend'), reason: z.enum(SUSPENSION_REASONS), note: z.string().trim().max(500).optional(), version: Version.optional() }),
  z.strictObject({ action: z.literal('restore'), safetyCheckPassedAt: IsoDateTime, version: Version.optional() }),
  z.strictObject({ action: z.literal('close'), reason: z.string().trim().min(1).max(200), version: Version.optional() }),
]);

export const ListCustomersQuery = z.strictObject({
  q: z.string().trim().min(1).max(64).optional(),
  regionId: RegionId.optional(),
  class: z.enum(CUSTOMER_CLASSES).optional(),
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export const RevealBody = z.strictObject({
  fields: z.array(z.enum(['phone', 'idNumber'])).min(1).max(2),
  reason: z.string().trim().min(2).max(200),
});

export const InstallMeterBody = z.strictObject({
  serial: Serial,
  type: z.enum(METER_TYPES),
  digits: z.int().min(4).max(9).optional(),
  installedAt: Day.optional(),
  inlet: z.enum(INLETS).optional(),
  startRead: z.number().min(0).optional(),
});

export const ReplaceMeterBody = z.strictObject({
  newSerial: Serial,
  finalRead: z.number().min(0),
  startRead: z.number().min(0),
  type: z.enum(METER_TYPES).optional(),
  digits: z.int().min(4).max(9).optional(),
  installedAt: Day.optional(),
  inlet: z.enum(INLETS).optional(),
  version: Version.optional(),
});

export const PurchaseBody = z.strictObject({
  amount: z.number().positive().max(100_000).multipleOf(0.01),
  volume: z.number().positive().max(100_000).optional(),
  purchasedAt: IsoDateTime,
  reference: z.string().regex(/^[\x21-\x7e]{1,64}$/, '1–64 visible ASCII characters'),
});

const PageQuery = z.strictObject({ cursor: Cursor.optional(), limit: z.coerce.number().int().min(1).max(100).optional() });

const tags = ['customers'];

export const createCustomer = defineRoute({
  context: 'customers',
  method: 'POST',
  path: '/v1/customers',
  summary: 'Open a customer file (account state applied); 201 with id, version and ETag; a taken account number is 409',
  access: WRITERS,
  body: CreateCustomerBody,
  idempotent: true,
  tags,
});

export const listCustomers = defineRoute({
  context: 'customers',
  method: 'GET',
  path: '/v1/customers',
  summary: 'Search customers: q is an account number, phone, meter serial, or a name/address prefix; phones and ID numbers masked',
  access: READERS,
  query: ListCustomersQuery,
  tags,
});

export const getCustomer = defineRoute({
  context: 'customers',
  method: 'GET',
  path: '/v1/customers/{id}',
  summary: 'A customer file (phone and ID number masked) with ETag',
  access: READERS,
  params: IdParams,
  tags,
});

export const updateCustomer = defineRoute({
  context: 'customers',
  method: 'PATCH',
  path: '/v1/customers/{id}',
  summary: 'Change a customer file; If-Match (412) or body version (409) guards against lost updates',
  access: WRITERS,
  params: IdParams,
  body: UpdateCustomerBody,
  tags,
});

export const customerAction = defineRoute({
  context: 'customers',
  method: 'POST',
  path: '/v1/customers/{id}/actions',
  summary: 'Account lifecycle: accept, sign-contract, gas-on, suspend, restore, close; a forbidden action is 409 illegal-transition',
  access: WRITERS,
  params: IdParams,
  body: CustomerActionBody,
  idempotent: true,
  tags,
});

export const customerTimeline = defineRoute({
  context: 'customers',
  method: 'GET',
  path: '/v1/customers/{id}/timeline',
  summary: 'Everything that happened to the customer, newest first',
  access: READERS,
  params: IdParams,
  query: PageQuery,
  tags,
});

export const revealCustomer = defineRoute({
  context: 'customers',
  method: 'POST',
  path: '/v1/customers/{id}/reveal',
  summary: 'Full phone / ID number for a stated reason; audited (who, when, why)',
  access: { roles: ['admin', 'manager', 'dispatcher', 'agent'] },
  params: IdParams,
  body: RevealBody,
  maxBodyBytes: 4096,
  tags,
});

export const listReveals = defineRoute({
  context: 'customers',
  method: 'GET',
  path: '/v1/audit/reveals',
  summary: 'Who revealed which customer data on a day (tenant time zone), newest first (admin)',
  access: { roles: ['admin'] },
  query: z.strictObject({ day: Day, cursor: Cursor.optional(), limit: z.coerce.number().int().min(1).max(200).optional() }),
  tags: ['audit'],
});

export const installMeter = defineRoute({
  context: 'customers',
  method: 'POST',
  path: '/v1/customers/{id}/meters',
  summary: 'Install a meter at the customer; a taken serial is 409',
  access: WRITERS,
  params: IdParams,
  body: InstallMeterBody,
  idempotent: true,
  tags: ['meters'],
});

export const getMeter = defineRoute({
  context: 'customers',
  method: 'GET',
  path: '/v1/meters/{id}',
  summary: 'A meter with ETag',
  access: READERS,
  params: IdParams,
  tags: ['meters'],
});

export const replaceMeter = defineRoute({
  context: 'customers',
  method: 'POST',
  path: '/v1/meters/{id}/replace',
  summary: "Replace a meter: keeps the old meter's final read and the new meter's start read; the old meter becomes removed",
  access: WRITERS,
  params: IdParams,
  body: ReplaceMeterBody,
  idempotent: true,
  tags: ['meters'],
});

export const recordIcCardPurchase = defineRoute({
  context: 'customers',
  method: 'POST',
  path: '/v1/meters/{id}/ic-card/purchases',
  summary: 'Record an IC-card gas purchase; idempotent on reference (same reference, same values: 200 replay)',
  access: { roles: WRITER_ROLES, scopes: ['customers:write', 'payments:write'] },
  params: IdParams,
  body: PurchaseBody,
  tags: ['meters'],
});

/* ------------------------------------------------------------------------------------------------
 * CSV import and export (docs/import-export.md). Imports: admins and managers (their regions), and
 * integrator keys with customers:write. Exports are masked like every list.
 * ---------------------------------------------------------------------------------------------- */

const IMPORTERS = { roles: ['admin', 'manager'] as Role[], scopes: ['customers:write'] as Scope[] };
const EXPORTERS = { roles: ['admin', 'manager'] as Role[], scopes: ['customers:read', 'customers:write'] as Scope[] };
const importTags = ['customer-imports'];
const CSV = 'text/csv; charset=utf-8';

export const OpenImportBody = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  /** The file's header row, as written (Chinese or English column names). */
  columns: z.array(z.string().max(64)).min(1).max(60),
  totalRows: z.int().min(0).max(10_000_000).optional(),
});

export const ImportBatchBody = z.strictObject({
  /** The spreadsheet row number of rows[0]: the header is row 1, so the first data row is 2. */
  firstRow: z.int().min(2).max(100_000_000),
  rows: z.array(z.record(z.string().max(64), z.string().max(2000))).min(1).max(500),
});

export const ImportParams = IdParams;

export const openImport = defineRoute({
  context: 'customers',
  method: 'POST',
  path: '/v1/customer-imports',
  summary: 'Open a CSV import of customers with the file header; rows follow in batches; 201 with the import',
  access: IMPORTERS,
  body: OpenImportBody,
  idempotent: true,
  tags: importTags,
});

export const listImports = defineRoute({
  context: 'customers',
  method: 'GET',
  path: '/v1/customer-imports',
  summary: 'Recent imports, newest first (admins see all, others their own)',
  access: IMPORTERS,
  query: PageQuery,
  tags: importTags,
});

export const getImport = defineRoute({
  context: 'customers',
  method: 'GET',
  path: '/v1/customer-imports/{id}',
  summary: 'An import: state, rows received, counts created / updated / unchanged / rejected / skipped',
  access: IMPORTERS,
  params: ImportParams,
  tags: importTags,
});

export const importBatch = defineRoute({
  context: 'customers',
  method: 'POST',
  path: '/v1/customer-imports/{id}/batches',
  summary: 'Up to 500 rows of the file; per-row result created / updated / unchanged / rejected (with field errors) / skipped. Send Idempotency-Key <importId>:<firstRow>',
  access: IMPORTERS,
  params: ImportParams,
  body: ImportBatchBody,
  idempotent: true,
  maxBodyBytes: 2 * 1024 * 1024,
  tags: importTags,
});

export const completeImport = defineRoute({
  context: 'customers',
  method: 'POST',
  path: '/v1/customer-imports/{id}/complete',
  summary: 'No more rows: the import becomes done (or done-with-errors); completing again is a no-op',
  access: IMPORTERS,
  params: ImportParams,
  tags: importTags,
});

export const importErrors = defineRoute({
  context: 'customers',
  method: 'GET',
  path: '/v1/customer-imports/{id}/errors',
  summary: 'Rejected rows of an import in row order: row number, account number, field errors',
  access: IMPORTERS,
  params: ImportParams,
  query: z.strictObject({ cursor: Cursor.optional(), limit: z.coerce.number().int().min(1).max(200).optional() }),
  tags: importTags,
});

export const importErrorsCsv = defineRoute({
  context: 'customers',
  method: 'GET',
  path: '/v1/customer-imports/{id}/errors.csv',
  summary: 'The error report as CSV (UTF-8 with BOM), in chunks of up to 5,000 rows: x-next-cursor names the next chunk',
  access: IMPORTERS,
  params: ImportParams,
  query: z.strictObject({ cursor: Cursor.optional() }),
  produces: CSV,
  tags: importTags,
});

export const importTemplate = defineRoute({
  context: 'customers',
  method: 'GET',
  path: '/v1/customers/import-template.csv',
  summary: 'The import template: UTF-8 with BOM, Chinese headers, a hint row and an example row (both skipped on import)',
  access: IMPORTERS,
  produces: CSV,
  tags: importTags,
});

export const exportCustomers = defineRoute({
  context: 'customers',
  method: 'GET',
  path: '/v1/customers/export.csv',
  summary: 'Customers as CSV (import columns, phone and ID masked), one chunk of up to 2,000 rows; BOM and header on the first chunk; x-next-cursor names the next',
  access: EXPORTERS,
  query: z.strictObject({
    regionId: RegionId.optional(),
    class: z.enum(CUSTOMER_CLASSES).optional(),
    cursor: Cursor.optional(),
    limit: z.coerce.number().int().min(1).max(2000).optional(),
  }),
  produces: CSV,
  tags: importTags,
});
