import type { RowError } from '../../shared/entities/customer-import.ts';

/**
 * The customer CSV's column catalogue: Chinese headers and English aliases, what each column
 * holds, and how a file's header maps onto the fields. The row rules are in csv-rows.ts, the
 * cell vocabulary in csv-values.ts, the export and template rows in csv-format.ts
 * (docs/import-export.md). Pure.
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

/** The columns of the export, in order; the template has the same less the export-only ones. */
export const EXPORT_HEADERS = COLUMNS.map((c) => c.header);
export const TEMPLATE_HEADERS = COLUMNS.filter((c) => !c.exportOnly).map((c) => c.header);
