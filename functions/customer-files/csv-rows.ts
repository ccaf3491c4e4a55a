import type { z } from 'zod';
import { CUSTOMER_CLASSES, type Customer } from '../../shared/entities/customer.ts';
import type { RowError } from '../../shared/entities/customer-import.ts';
import { METER_TYPES } from '../../shared/entities/meter.ts';
import type { Region } from '../../shared/entities/region.ts';
import { localDay, localMidnight } from '../../shared/local-time.ts';
import { maskPhone } from '../../shared/privacy.ts';
import { normalizeIdentifier } from '../../shared/contract/search-key.ts';
import { unescapeCell } from './csv-cells.ts';
import { COLUMNS, type ImportField, type ResolvedColumns } from './csv-columns.ts';
import { CLASS_VALUES, excelMangled, fold, METER_TYPE_VALUES, NO, normalizeDay, YES } from './csv-values.ts';
import type { CustomerInput, CustomerPatch, MeterInput } from '../customers/customer-inputs.ts';
import { CreateCustomerBody, InstallMeterBody } from '../../shared/contract/customers.ts';

/**
 * One row of the customer CSV: read and validated into the same inputs `POST /v1/customers` and
 * `POST /v1/customers/{id}/meters` take, by the very same zod schemas, then what it asks of a new
 * or an existing account. Pure: no I/O, tested with tables of cases.
 *
 * Cell rules (docs/import-export.md):
 * - an empty cell means "no value in the file": a new account gets the default, an existing one
 *   keeps what it has (import never clears a field);
 * - a masked phone or ID number (as the export writes them, `138****5678`) equal to the mask of
 *   the stored value means "unchanged"; it cannot open a new account;
 * - a row whose cells are all empty, or whose account number starts with `#` (the template's
 *   example row, comments), is skipped.
 */
export interface RowContext {
  regions: Pick<Region, 'regionId' | 'name'>[];
  timeZone: string;
}

/** A row read and validated; what it means (create or change) depends on whether the account exists. */
export interface ParsedRow {
  skipped: boolean;
  /** As written in the file (for reports). */
  accountNumber?: string;
  errors: RowError[];
  /** The fields the row gives, validated by the schema of POST /v1/customers (a partial of it). */
  fields: Partial<z.output<typeof CreateCustomerBody>>;
  /** Cells holding a masked value (from an export): unchanged if they match the stored mask. */
  masked: { phone?: string; idNumber?: string };
  /** The meter columns, validated by the schema of POST /v1/customers/{id}/meters (a partial of it). */
  meter?: Partial<z.output<typeof InstallMeterBody>>;
}

const PartialCustomer = CreateCustomerBody.partial();
const PartialMeter = InstallMeterBody.partial();

const SPECIAL_CARE_FIELDS = ['elderly', 'disabled', 'livingAlone'] as const;
const CUSTOMER_PATH_FIELD: Record<string, ImportField> = { supply: 'supplyContractSignedAt', 'safe-use': 'safeUseContractSignedAt' };
const METER_PATH_FIELD: Record<string, ImportField> = { serial: 'meterSerial', type: 'meterType', digits: 'meterDigits', installedAt: 'meterInstalledAt' };

export function parseRow(cells: Record<string, string | undefined>, columns: ResolvedColumns, context: RowContext): ParsedRow {
  const value = (field: ImportField): string | undefined => {
    const header = columns.byField.get(field);
    const v = header === undefined ? undefined : cells[header];
    return v === undefined || v.trim() === '' ? undefined : unescapeCell(v.trim());
  };
  const column = (field: ImportField) => columns.byField.get(field);
  const accountNumber = value('accountNumber');
  const allEmpty = Object.values(cells).every((v) => v === undefined || v.trim() === '');
  const parsed: ParsedRow = { skipped: false, accountNumber, errors: [], fields: {}, masked: {} };
  if (allEmpty || accountNumber?.startsWith('#')) return { ...parsed, skipped: true };

  const errors = parsed.errors;
  const fail = (field: ImportField, message: string) => errors.push({ field, column: column(field), message });
  const raw: Record<string, unknown> = {};

  if (accountNumber === undefined) fail('accountNumber', 'required: every row names its account');
  for (const field of ['accountNumber', 'name', 'address', 'notes'] as const) {
    const v = value(field);
    if (v !== undefined) raw[field] = v;
  }
  for (const field of ['accountNumber', 'phone', 'idNumber', 'meterSerial'] as const) {
    const v = value(field);
    const mangled = v === undefined ? undefined : excelMangled(field, column(field), v);
    if (mangled) errors.push(mangled);
  }

  const cls = value('class');
  if (cls !== undefined) {
    const folded = fold(cls);
    const mapped = CLASS_VALUES[folded] ?? CUSTOMER_CLASSES.find((c) => c === folded);
    if (mapped) raw.class = mapped;
    else fail('class', `"${cls}" is not a class: 居民, 商业, 公福 or 工业 (residential, commercial, public-welfare, industrial)`);
  }

  const phone = value('phone');
  if (phone !== undefined) {
    if (phone.includes('*')) parsed.masked.phone = phone;
    else raw.phone = phone;
  }
  const idNumber = value('idNumber');
  if (idNumber !== undefined) {
    if (idNumber.includes('*')) parsed.masked.idNumber = idNumber;
    else raw.idNumber = idNumber;
  }

  const region = value('regionId');
  if (region !== undefined) {
    const found = context.regions.find((r) => r.regionId === region) ?? context.regions.find((r) => fold(r.name) === fold(region));
    if (found) raw.regionId = found.regionId;
    else fail('regionId', `no region "${region}" (give a region id such as ${context.regions[0]?.regionId ?? 'r-east'} or its name)`);
  }

  const care: Record<string, boolean> = {};
  for (const field of SPECIAL_CARE_FIELDS) {
    const v = value(field);
    if (v === undefined) continue;
    const folded = fold(v);
    if (YES.has(folded)) care[field] = true;
    else if (NO.has(folded)) care[field] = false;
    else fail(field, `"${v}" is not 是 or 否 (yes / no)`);
  }
  if (Object.keys(care).length) raw.specialCare = care;

  const tags = value('tags');
  if (tags !== undefined) raw.tags = tags.split(/[;；,，、|]/u).map((t) => t.trim()).filter(Boolean);

  const contracts: Record<string, { signedAt: string }> = {};
  for (const [field, kind] of [['supplyContractSignedAt', 'supply'], ['safeUseContractSignedAt', 'safe-use']] as const) {
    const v = value(field);
    if (v === undefined) continue;
    const day = normalizeDay(v);
    contracts[kind] = { signedAt: day ? localMidnight(day, context.timeZone) : v };
  }
  if (Object.keys(contracts).length) raw.contracts = contracts;

  const fieldsResult = PartialCustomer.safeParse(raw);
  if (fieldsResult.success) parsed.fields = fieldsResult.data;
  else errors.push(...issuesToErrors(fieldsResult.error, columns, (path) => (path[0] === 'specialCare' ? (path[1] as ImportField) : path[0] === 'contracts' ? CUSTOMER_PATH_FIELD[String(path[1])] : (path[0] as ImportField))));

  const meterCells = (['meterSerial', 'meterType', 'meterDigits', 'meterInstalledAt'] as const).filter((f) => value(f) !== undefined);
  if (meterCells.length) {
    const meterRaw: Record<string, unknown> = {};
    const serial = value('meterSerial');
    if (serial === undefined) fail('meterSerial', 'required when other meter columns are filled');
    else meterRaw.serial = serial;
    const type = value('meterType');
    if (type !== undefined) {
      const folded = fold(type);
      const mapped = METER_TYPE_VALUES[folded] ?? METER_TYPES.find((t) => t === folded);
      if (mapped) meterRaw.type = mapped;
      else fail('meterType', `"${type}" is not a meter type: 膜式表, IC卡表 or 远传表 (diaphragm, ic-card, remote)`);
    }
    const digits = value('meterDigits');
    if (digits !== undefined) meterRaw.digits = /^\d+$/.test(digits) ? Number(digits) : digits;
    const installed = value('meterInstalledAt');
    if (installed !== undefined) meterRaw.installedAt = normalizeDay(installed) ?? installed;
    const meterResult = PartialMeter.safeParse(meterRaw);
    if (meterResult.success) parsed.meter = meterResult.data;
    else errors.push(...issuesToErrors(meterResult.error, columns, (path) => METER_PATH_FIELD[String(path[0])]));
  }
  return parsed;
}

function issuesToErrors(error: z.ZodError, columns: ResolvedColumns, fieldOf: (path: PropertyKey[]) => ImportField | undefined): RowError[] {
  return error.issues.map((issue) => {
    const field = fieldOf(issue.path) ?? (String(issue.path[0] ?? 'row') as ImportField);
    return { field, column: columns.byField.get(field), message: issue.message };
  });
}

/** What a valid row asks of an account that does not exist yet: the input of POST /v1/customers. */
export function toNewCustomer(row: ParsedRow): { input?: CustomerInput; meters: MeterInput[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const f = row.fields;
  for (const c of COLUMNS) {
    if (c.required && f[c.field as keyof typeof f] === undefined) {
      const masked = (c.field === 'phone' && row.masked.phone) || undefined;
      errors.push({ field: c.field, column: undefined, message: masked ? `a masked phone ("${masked}", as exported) cannot open an account: give the full number` : `required to open an account (column ${c.header})` });
    }
  }
  if (row.masked.idNumber) errors.push({ field: 'idNumber', message: `a masked ID number ("${row.masked.idNumber}", as exported) cannot open an account: give the full number or leave it empty` });
  const meters: MeterInput[] = [];
  if (row.meter) {
    if (!row.meter.type) errors.push({ field: 'meterType', message: 'required to install a meter (膜式表, IC卡表 or 远传表)' });
    else meters.push({ serial: row.meter.serial!, type: row.meter.type, digits: row.meter.digits, installedAt: row.meter.installedAt });
  }
  if (errors.length) return { errors, meters: [] };
  const input: CustomerInput = {
    accountNumber: f.accountNumber!,
    name: f.name!,
    class: f.class!,
    phone: f.phone!,
    address: f.address!,
    regionId: f.regionId!,
    ...(f.idNumber ? { idNumber: f.idNumber } : {}),
    ...(f.specialCare ? { specialCare: f.specialCare } : {}),
    ...(f.tags ? { tags: f.tags } : {}),
    ...(f.notes ? { notes: f.notes } : {}),
    ...(f.contracts ? { contracts: f.contracts as CustomerInput['contracts'] } : {}),
  };
  return { input, meters, errors };
}

/**
 * What a valid row asks of an existing account: the fields that the file gives (the archive then
 * writes only those that differ), a first meter if it has none, and warnings for what import does
 * not change (create-only columns, another meter than the active one).
 */
export function toChange(row: ParsedRow, current: Customer, timeZone: string): { patch: CustomerPatch; meter?: MeterInput; errors: RowError[]; warnings: RowError[] } {
  const errors: RowError[] = [];
  const warnings: RowError[] = [];
  const f = row.fields;
  const patch: CustomerPatch = {};
  if (f.name !== undefined) patch.name = f.name;
  if (f.class !== undefined) patch.class = f.class;
  if (f.phone !== undefined) patch.phone = f.phone;
  if (f.address !== undefined) patch.address = f.address;
  if (f.regionId !== undefined) patch.regionId = f.regionId;
  if (f.idNumber !== undefined) patch.idNumber = f.idNumber;
  if (f.specialCare !== undefined) patch.specialCare = f.specialCare;
  if (f.tags !== undefined) patch.tags = f.tags;
  if (f.notes !== undefined) patch.notes = f.notes;
  if (row.masked.phone !== undefined && row.masked.phone !== maskPhone(current.phone)) {
    errors.push({ field: 'phone', message: `"${row.masked.phone}" is masked and does not match the stored phone: give the full number to change it` });
  }
  if (row.masked.idNumber !== undefined && row.masked.idNumber !== (current.idNumberMasked ?? '')) {
    errors.push({ field: 'idNumber', message: `"${row.masked.idNumber}" is masked and does not match the stored ID number: give the full number to change it` });
  }
  for (const [kind, field] of [['supply', 'supplyContractSignedAt'], ['safe-use', 'safeUseContractSignedAt']] as const) {
    // Compared by tenant-local day: the export writes days, and a day is what people type.
    const given = f.contracts?.[kind]?.signedAt;
    const stored = current.lifecycle.contracts[kind]?.signedAt;
    if (given !== undefined && (!stored || dayOf(given, timeZone) !== dayOf(stored, timeZone))) {
      warnings.push({ field, message: 'not changed: contracts of an existing account are signed through its lifecycle (action sign-contract)' });
    }
  }

  let meter: MeterInput | undefined;
  if (row.meter?.serial) {
    const key = normalizeIdentifier(row.meter.serial);
    const known = current.meters.find((m) => normalizeIdentifier(m.serial) === key);
    const active = current.meters.filter((m) => m.status === 'active');
    if (known) {
      const differs = (['type', 'digits', 'installedAt'] as const).filter((k) => row.meter![k] !== undefined && row.meter![k] !== known[k]);
      if (differs.length) warnings.push({ field: METER_PATH_FIELD[differs[0]!]!, message: `not changed: meter ${known.serial} keeps its ${differs.join(', ')} (change a meter through its own file)` });
    } else if (active.length) {
      warnings.push({ field: 'meterSerial', message: `not changed: the account has meter ${active.map((m) => m.serial).join(', ')}; a replacement goes through POST /v1/meters/{id}/replace` });
    } else if (!row.meter.type) {
      errors.push({ field: 'meterType', message: 'required to install a meter (膜式表, IC卡表 or 远传表)' });
    } else {
      meter = { serial: row.meter.serial, type: row.meter.type, digits: row.meter.digits, installedAt: row.meter.installedAt };
    }
  }
  return { patch, meter, errors, warnings };
}

const dayOf = (iso: string, timeZone: string) => localDay(new Date(iso), timeZone);
