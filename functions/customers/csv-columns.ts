import type { z } from 'zod';
import { CUSTOMER_CLASSES, type Customer, type CustomerClass, type LifecycleState } from '../../shared/entities/customer.ts';
import type { RowError } from '../../shared/entities/customer-import.ts';
import { METER_TYPES, type MeterType } from '../../shared/entities/meter.ts';
import type { Region } from '../../shared/entities/region.ts';
import { localDay } from '../../shared/local-time.ts';
import { maskPhone } from '../../shared/privacy.ts';
import { normalizeIdentifier } from '../../shared/search-key.ts';
import type { CustomerInput, CustomerPatch, MeterInput } from './customer-inputs.ts';
import { CreateCustomerBody, InstallMeterBody } from './routes.ts';

/**
 * The customer CSV: its columns (Chinese headers, English aliases), and the conversion of one row
 * into the same inputs `POST /v1/customers` and `POST /v1/customers/{id}/meters` take, validated
 * by the very same zod schemas. Pure: no I/O, tested with tables of cases.
 *
 * Cell rules (docs/import-export.md):
 * - an empty cell means "no value in the file": a new account gets the default, an existing one
 *   keeps what it has (import never clears a field);
 * - a masked phone or ID number (as the export writes them, `138****5678`) equal to the mask of
 *   the stored value means "unchanged"; it cannot open a new account;
 * - a row whose cells are all empty, or whose account number starts with `#` (the template's
 *   example row, comments), is skipped.
 */
export const IMPORT_FIELDS = [
  'accountNumber',
  'name',
  'class',
  'phone',
  'address',
  'regionId',
  'idNumber',
  'elderly',
  'disabled',
  'livingAlone',
  'tags',
  'notes',
  'supplyContractSignedAt',
  'safeUseContractSignedAt',
  'meterSerial',
  'meterType',
  'meterDigits',
  'meterInstalledAt',
  'state',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export interface ColumnDef {
  field: ImportField;
  /** The header of the template and of the export. */
  header: string;
  /** Other accepted headers (the English field name is always accepted, in any case). */
  aliases: string[];
  /** What goes in the cell (template comment row, docs). */
  hint: string;
  /** Needed to open a new account. */
  required?: boolean;
  /** Only applied when the row opens a new account (lifecycle facts change through lifecycle actions). */
  createOnly?: boolean;
  /** Written by the export for reading; ignored by the import. */
  exportOnly?: boolean;
}

export const COLUMNS: ColumnDef[] = [
  { field: 'accountNumber', header: '户号', aliases: ['用户编号', '账户号', 'account', 'account number'], hint: '3–40 位字母、数字或 -', required: true },
  { field: 'name', header: '户名', aliases: ['姓名', '名称', '客户名称', '用户名称'], hint: '姓名或单位名称', required: true },
  { field: 'class', header: '类别', aliases: ['用户类别', '客户类别', '用气类别'], hint: '居民 / 商业 / 公福 / 工业', required: true },
  { field: 'phone', header: '电话', aliases: ['联系电话', '手机', '手机号', '电话号码'], hint: '手机或座机，可带 +86', required: true },
  { field: 'address', header: '地址', aliases: ['用气地址', '详细地址', '安装地址'], hint: '用气地址', required: true },
  { field: 'regionId', header: '片区', aliases: ['所属片区', '区域', '片区编号', 'region'], hint: '片区编号或名称', required: true },
  { field: 'idNumber', header: '证件号', aliases: ['身份证号', '证件号码', '身份证'], hint: '18 位居民身份证号（可空）' },
  { field: 'elderly', header: '高龄', aliases: ['老人', '高龄老人'], hint: '是 / 否' },
  { field: 'disabled', header: '残障', aliases: ['残疾', '残疾人'], hint: '是 / 否' },
  { field: 'livingAlone', header: '独居', aliases: ['独居老人'], hint: '是 / 否' },
  { field: 'tags', header: '标签', aliases: [], hint: '多个用 ; 或 、 分隔' },
  { field: 'notes', header: '备注', aliases: ['说明'], hint: '' },
  { field: 'supplyContractSignedAt', header: '供气合同签订日期', aliases: ['供气合同'], hint: '2024-03-01（仅新建户）', createOnly: true },
  { field: 'safeUseContractSignedAt', header: '安全用气协议签订日期', aliases: ['安全用气协议', '安全协议'], hint: '2024-03-01（仅新建户）', createOnly: true },
  { field: 'meterSerial', header: '表号', aliases: ['燃气表号', '表具编号', 'serial'], hint: '燃气表钢印号（可空）' },
  { field: 'meterType', header: '表型', aliases: ['表具类型', '燃气表类型'], hint: '膜式表 / IC卡表 / 远传表' },
  { field: 'meterDigits', header: '表位数', aliases: ['位数', '计数器位数', 'digits'], hint: '4–9，默认 5' },
  { field: 'meterInstalledAt', header: '安装日期', aliases: ['装表日期', 'installedAt'], hint: '2024-03-01，默认今天' },
  { field: 'state', header: '状态', aliases: ['账户状态'], hint: '仅导出（导入时忽略）', exportOnly: true },
];

const BY_FIELD = new Map(COLUMNS.map((c) => [c.field, c]));
export const columnOf = (field: ImportField): ColumnDef => BY_FIELD.get(field)!;

/** Header matching: NFKC, no spaces, case-insensitive; `户号(accountNumber)` matches by either part. */
const headerKey = (h: string) => h.normalize('NFKC').replace(/[\s*＊]/gu, '').toLowerCase();
const HEADERS = new Map<string, ImportField>();
for (const c of COLUMNS) for (const h of [c.header, c.field, ...c.aliases]) HEADERS.set(headerKey(h), c.field);

export function fieldOfHeader(header: string): ImportField | undefined {
  const key = headerKey(header);
  const direct = HEADERS.get(key);
  if (direct) return direct;
  const parts = /^(.+?)[(（](.+)[)）]$/u.exec(key);
  if (!parts) return undefined;
  return HEADERS.get(parts[1]!) ?? HEADERS.get(parts[2]!);
}

export interface ResolvedColumns {
  /** Header as sent → field. */
  byHeader: Map<string, ImportField>;
  /** Field → the header that holds it. */
  byField: Map<ImportField, string>;
}

/** The file's header: every column must be known, none twice, and the account number present. */
export function resolveColumns(headers: string[]): { columns?: ResolvedColumns; errors: RowError[] } {
  const errors: RowError[] = [];
  const byHeader = new Map<string, ImportField>();
  const byField = new Map<ImportField, string>();
  headers.forEach((header, i) => {
    if (header.trim() === '') {
      errors.push({ field: `columns[${i}]`, column: header, message: 'a column has no header' });
      return;
    }
    const field = fieldOfHeader(header);
    if (!field && header.includes('\uFFFD')) {
      errors.push({ field: `columns[${i}]`, column: header, message: 'the file is not UTF-8 (GBK?): in Excel save it as "CSV UTF-8"' });
      return;
    }
    if (!field) {
      errors.push({ field: `columns[${i}]`, column: header, message: `unknown column "${header}"; known: ${COLUMNS.map((c) => c.header).join('、')}` });
      return;
    }
    if (byField.has(field)) {
      errors.push({ field: `columns[${i}]`, column: header, message: `"${header}" repeats column "${byField.get(field)}" (${field})` });
      return;
    }
    byHeader.set(header, field);
    byField.set(field, header);
  });
  if (!byField.has('accountNumber')) errors.push({ field: 'columns', message: 'the file needs the account number column (户号)' });
  return errors.length ? { errors } : { columns: { byHeader, byField }, errors };
}

/* ----------------------------------------------------------------------------------------------
 * Cell values
 * -------------------------------------------------------------------------------------------- */

const CLASS_VALUES: Record<string, CustomerClass> = {
  居民: 'residential', 居民用户: 'residential', 民用: 'residential', 家庭: 'residential',
  商业: 'commercial', 商业用户: 'commercial', 工商业: 'commercial',
  公福: 'public-welfare', 公服: 'public-welfare', 公益: 'public-welfare', 公福用户: 'public-welfare', 公共福利: 'public-welfare',
  工业: 'industrial', 工业用户: 'industrial',
};
export const CLASS_LABELS: Record<CustomerClass, string> = { residential: '居民', commercial: '商业', 'public-welfare': '公福', industrial: '工业' };

const METER_TYPE_VALUES: Record<string, MeterType> = {
  膜式表: 'diaphragm', 皮膜表: 'diaphragm', 普表: 'diaphragm', 机械表: 'diaphragm',
  ic卡表: 'ic-card', 卡表: 'ic-card', ic表: 'ic-card', ic: 'ic-card', 预付费表: 'ic-card',
  远传表: 'remote', 物联网表: 'remote', 远程表: 'remote', nb表: 'remote',
};
export const METER_TYPE_LABELS: Record<MeterType, string> = { diaphragm: '膜式表', 'ic-card': 'IC卡表', remote: '远传表' };

const STATE_LABELS: Record<LifecycleState, string> = { applied: '已申请', accepted: '已验收', 'gas-on': '已通气', suspended: '已停气', closed: '已销户' };

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '-']);

const fold = (v: string) => v.normalize('NFKC').trim().toLowerCase().replace(/\s+/gu, '');

/** Excel shows long numbers as 1.23457E+17 and saves them so: the digits are lost. */
const EXCEL_NUMBER = /^\d(\.\d+)?e\+\d+$/i;
const excelMangled = (field: ImportField, column: string | undefined, value: string): RowError | undefined =>
  EXCEL_NUMBER.test(value.trim())
    ? { field, column, message: `"${value}" is a number Excel shortened (scientific notation): format the column as text and export again` }
    : undefined;

/** YYYY-MM-DD from `2024-3-1`, `2024/03/01`, `2024.3.1`, `2024年3月1日`; undefined if not a date. */
export function normalizeDay(value: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/u.exec(value.normalize('NFKC').trim());
  if (!m) return undefined;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : undefined;
}

/** Midnight of a day in a time zone, as ISO-8601 with its offset (`2024-03-01T00:00:00+08:00`). */
export function localMidnight(day: string, timeZone: string): string {
  const noonUtc = new Date(`${day}T12:00:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(noonUtc).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name === 'GMT' ? '+00:00' : name.replace('GMT', '');
  return `${day}T00:00:00${offset}`;
}

/* ----------------------------------------------------------------------------------------------
 * A row
 * -------------------------------------------------------------------------------------------- */

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
    return v === undefined || v.trim() === '' ? undefined : v.trim();
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

/* ----------------------------------------------------------------------------------------------
 * Export
 * -------------------------------------------------------------------------------------------- */

/** The columns of the export, in order; the template has the same less the export-only ones. */
export const EXPORT_HEADERS = COLUMNS.map((c) => c.header);
export const TEMPLATE_HEADERS = COLUMNS.filter((c) => !c.exportOnly).map((c) => c.header);

/** A customer as a CSV row (masked phone and ID number, like every list). */
export function customerRow(c: Customer, timeZone: string): string[] {
  const meter = c.meters.find((m) => m.status === 'active');
  const day = (iso: string | undefined) => (iso ? localDay(new Date(iso), timeZone) : '');
  const yesNo = (b: boolean) => (b ? '是' : '否');
  const cells: Record<ImportField, string> = {
    accountNumber: c.accountNumber,
    name: c.name,
    class: CLASS_LABELS[c.class],
    phone: maskPhone(c.phone) ?? '',
    address: c.address,
    regionId: c.regionId,
    idNumber: c.idNumberMasked ?? '',
    elderly: yesNo(c.specialCare.elderly),
    disabled: yesNo(c.specialCare.disabled),
    livingAlone: yesNo(c.specialCare.livingAlone),
    tags: c.tags.join(';'),
    notes: c.notes ?? '',
    supplyContractSignedAt: day(c.lifecycle.contracts.supply?.signedAt),
    safeUseContractSignedAt: day(c.lifecycle.contracts['safe-use']?.signedAt),
    meterSerial: meter?.serial ?? '',
    meterType: meter ? METER_TYPE_LABELS[meter.type] : '',
    meterDigits: meter ? String(meter.digits) : '',
    meterInstalledAt: meter?.installedAt ?? '',
    state: STATE_LABELS[c.lifecycle.state],
  };
  return COLUMNS.map((col) => cells[col.field]);
}

/**
 * The template's example row and hint row, for the caller's tenant (its first region as the
 * example). Both start with `#`, so an import skips them if they are left in.
 */
export function templateRows(region: Pick<Region, 'regionId' | 'name'> | undefined): { hints: string[]; example: string[] } {
  const regionId = region?.regionId ?? 'r-1';
  const example: Record<string, string> = {
    accountNumber: '#示例-0100000001',
    name: '王芳',
    class: '居民',
    phone: '13812345678',
    address: '幸福路88号3栋2单元501室',
    regionId,
    idNumber: '',
    elderly: '否',
    disabled: '否',
    livingAlone: '否',
    tags: '',
    notes: '以 # 开头的行不导入（示例行，可删除）',
    supplyContractSignedAt: '2024-03-01',
    safeUseContractSignedAt: '2024-03-01',
    meterSerial: 'JM0100000001',
    meterType: '膜式表',
    meterDigits: '5',
    meterInstalledAt: '2024-03-05',
  };
  const columns = COLUMNS.filter((c) => !c.exportOnly);
  const hint = (c: ColumnDef) => (c.field === 'regionId' ? `片区编号或名称，如 ${regionId}${region ? ` 或 ${region.name}` : ''}` : c.hint);
  return {
    hints: columns.map((c, i) => `${i === 0 ? '# ' : ''}${c.required ? '必填：' : ''}${hint(c)}`),
    example: columns.map((c) => example[c.field] ?? ''),
  };
}
