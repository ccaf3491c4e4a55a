import { planCustomerUpdate, planNewCustomer } from '../../../functions/customers/customer-plans.ts';
import { EXPORT_HEADERS, fieldOfHeader, resolveColumns, TEMPLATE_HEADERS, type ImportField, type ResolvedColumns } from '../../../functions/customer-files/csv-columns.ts';
import { customerRow } from '../../../functions/customer-files/csv-format.ts';
import { parseRow, toChange, toNewCustomer } from '../../../functions/customer-files/csv-rows.ts';
import { normalizeDay } from '../../../functions/customer-files/csv-values.ts';
import { localMidnight } from '../../../shared/local-time.ts';
import type { Customer } from '../../../shared/entities/customer.ts';
import { idNumberCheckChar } from '../../../shared/privacy.ts';
import { loadMasterSecret, resetSecrets } from '../../../shared/secrets.ts';

/**
 * The customer CSV's columns and rows: header matching, cell conversion, validation by the same
 * schemas as POST /v1/customers, and what a row means for a new or an existing account. Pure.
 */
const regions = [
  { regionId: 'r-east', name: '东城片区' },
  { regionId: 'r-west', name: '西城片区' },
];
const context = { regions, timeZone: 'Asia/Shanghai' };
const columns = resolveColumns(TEMPLATE_HEADERS).columns as ResolvedColumns;
const first17 = '11010519491231002';
const ID = first17 + idNumberCheckChar(first17);

const good: Record<string, string> = {
  户号: 'A-0001',
  户名: ' 王 芳 ',
  类别: '居民',
  电话: '+86 138-1234-5678',
  地址: '幸福路88号3栋2单元501室',
  片区: '东城片区',
  证件号: ID,
  高龄: '是',
  残障: '否',
  独居: '',
  标签: '重点关爱；老用户',
  备注: '周末不在家',
  供气合同签订日期: '2024/3/1',
  安全用气协议签订日期: '2024-03-01',
  表号: 'jm-0001',
  表型: 'IC卡表',
  表位数: '6',
  安装日期: '2024年3月5日',
};
const row = (overrides: Record<string, string> = {}) => parseRow({ ...good, ...overrides }, columns, context);
const fieldsOf = (errors: { field: string }[]) => errors.map((e) => e.field).sort();

beforeAll(async () => {
  process.env.GASCARE_SECRET = 'unit-test-secret-unit-test-secret-0123456789';
  resetSecrets();
  await loadMasterSecret();
});

describe('headers', () => {
  it.each<[string, ImportField | undefined]>([
    ['户号', 'accountNumber'],
    ['accountNumber', 'accountNumber'],
    ['ACCOUNTNUMBER', 'accountNumber'],
    [' 户 号 ', 'accountNumber'],
    ['户号(accountNumber)', 'accountNumber'],
    ['户号（账户）', 'accountNumber'],
    ['姓名', 'name'],
    ['户名', 'name'],
    ['电话*', 'phone'],
    ['联系电话', 'phone'],
    ['片区', 'regionId'],
    ['region', 'regionId'],
    ['表号', 'meterSerial'],
    ['状态', 'state'],
    ['颜色', undefined],
    ['', undefined],
  ])('%j is %s', (header, field) => expect(fieldOfHeader(header)).toBe(field));

  it('accepts the template, the export and English headers', () => {
    expect(resolveColumns(TEMPLATE_HEADERS).errors).toEqual([]);
    expect(resolveColumns(EXPORT_HEADERS).errors).toEqual([]);
    expect(resolveColumns(['accountNumber', 'name', 'class', 'phone', 'address', 'regionId']).errors).toEqual([]);
    expect(resolveColumns(['户号', '电话']).errors).toEqual([]); // a partial file: changes only
  });

  it.each<[string, string[], string[]]>([
    ['an unknown column', ['户号', '颜色'], ['columns[1]']],
    ['a column given twice', ['户号', '户名', '姓名'], ['columns[2]']],
    ['no account number', ['户名', '电话'], ['columns']],
    ['an empty header', ['户号', ''], ['columns[1]']],
  ])('refuses %s', (_what, headers, fields) => expect(fieldsOf(resolveColumns(headers).errors)).toEqual(fields));

  it('says when a file is not UTF-8 (GBK read as UTF-8)', () => {
    const gbk = Buffer.from([0xbb, 0xa7, 0xba, 0xc5]).toString('utf8'); // 户号 in GBK
    expect(resolveColumns([gbk]).errors[0]!.message).toMatch(/not UTF-8/);
  });
});

describe('cell values', () => {
  it.each<[string, string | undefined]>([
    ['2024-03-01', '2024-03-01'],
    ['2024-3-1', '2024-03-01'],
    ['2024/3/1', '2024-03-01'],
    ['2024.03.01', '2024-03-01'],
    ['2024年3月1日', '2024-03-01'],
    ['2024-02-30', undefined],
    ['01/03/2024', undefined],
    ['yesterday', undefined],
  ])('the day %j is %s', (text, day) => expect(normalizeDay(text)).toBe(day));

  it('turns a day into the midnight of the tenant time zone', () => {
    expect(localMidnight('2024-03-01', 'Asia/Shanghai')).toBe('2024-03-01T00:00:00+08:00');
    expect(localMidnight('2024-07-01', 'UTC')).toBe('2024-07-01T00:00:00+00:00');
    expect(localMidnight('2024-07-01', 'Europe/Berlin')).toBe('2024-07-01T00:00:00+02:00');
  });
});

describe('a row', () => {
  it('is read into the inputs of POST /v1/customers and of its meters, normalised by the same schemas', () => {
    const parsed = row();
    expect(parsed.errors).toEqual([]);
    expect(parsed.skipped).toBe(false);
    expect(parsed.fields).toEqual({
      accountNumber: 'A-0001',
      name: '王 芳',
      class: 'residential',
      phone: '13812345678',
      address: '幸福路88号3栋2单元501室',
      regionId: 'r-east',
      idNumber: ID,
      specialCare: { elderly: true, disabled: false },
      tags: ['重点关爱', '老用户'],
      notes: '周末不在家',
      contracts: { supply: { signedAt: '2024-03-01T00:00:00+08:00' }, 'safe-use': { signedAt: '2024-03-01T00:00:00+08:00' } },
    });
    expect(parsed.meter).toEqual({ serial: 'jm-0001', type: 'ic-card', digits: 6, installedAt: '2024-03-05' });
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['a class nobody has', { 类别: '军用' }, ['class']],
    ['a phone of letters', { 电话: 'call me' }, ['phone']],
    ['an ID number with a wrong check character', { 证件号: `${first17}${idNumberCheckChar(first17) === '0' ? '1' : '0'}` }, ['idNumber']],
    ['an ID number Excel shortened', { 证件号: '1.10105E+17' }, ['idNumber', 'idNumber']],
    ['an account number Excel shortened', { 户号: '1.2E+11' }, ['accountNumber', 'accountNumber']],
    ['an unknown region', { 片区: '月球片区' }, ['regionId']],
    ['a yes/no flag that is neither', { 高龄: '也许' }, ['elderly']],
    ['an account number with spaces inside', { 户号: 'A 0001' }, ['accountNumber']],
    ['a name of 65 characters', { 户名: '王'.repeat(65) }, ['name']],
    ['a one-character address', { 地址: '幸' }, ['address']],
    ['a contract date that is no date', { 供气合同签订日期: '去年' }, ['supplyContractSignedAt']],
    ['meter digits in words', { 表位数: 'six' }, ['meterDigits']],
    ['meter digits out of range', { 表位数: '12' }, ['meterDigits']],
    ['an unknown meter type', { 表型: '水表' }, ['meterType']],
    ['meter columns without a serial', { 表号: '' }, ['meterSerial']],
    ['an install date that is no date', { 安装日期: '2024-13-01' }, ['meterInstalledAt']],
    ['no account number', { 户号: '' }, ['accountNumber']],
  ])('with %s is rejected, naming the field', (_what, overrides, fields) => {
    expect(fieldsOf(row(overrides).errors)).toEqual(fields.sort());
  });

  it.each<[string, string, string]>([
    ['English class', 'commercial', 'commercial'],
    ['long Chinese class', '商业用户', 'commercial'],
    ['公福', '公福', 'public-welfare'],
    ['full-width', 'ｉｎｄｕｓｔｒｉａｌ', 'industrial'],
  ])('accepts the class as %s', (_what, text, cls) => expect(row({ 类别: text }).fields.class).toBe(cls));

  it('knows the region by id or by name, and the meter type in English', () => {
    expect(row({ 片区: 'r-west' }).fields.regionId).toBe('r-west');
    expect(row({ 片区: '西城片区' }).fields.regionId).toBe('r-west');
    expect(row({ 表型: 'remote' }).meter?.type).toBe('remote');
    expect(row({ 表型: '膜式表' }).meter?.type).toBe('diaphragm');
  });

  it.each<[string, Record<string, string>]>([
    ['all cells empty', Object.fromEntries(Object.keys(good).map((k) => [k, '']))],
    ['the template example row', { 户号: '#示例-0100000001' }],
    ['a comment row', { 户号: '# 必填：…' }],
  ])('is skipped when %s', (_what, overrides) => expect(row(overrides).skipped).toBe(true));

  it('keeps masked values apart (they mean "unchanged")', () => {
    const parsed = row({ 电话: '138****5678', 证件号: '110***********1234' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.fields.phone).toBeUndefined();
    expect(parsed.masked).toEqual({ phone: '138****5678', idNumber: '110***********1234' });
  });
});

describe('a row for an account that does not exist', () => {
  it('opens it with its meter', () => {
    const { input, meters, errors } = toNewCustomer(row());
    expect(errors).toEqual([]);
    expect(input).toMatchObject({ accountNumber: 'A-0001', class: 'residential', regionId: 'r-east', specialCare: { elderly: true, disabled: false } });
    expect(meters).toEqual([{ serial: 'jm-0001', type: 'ic-card', digits: 6, installedAt: '2024-03-05' }]);
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['without name and phone', { 户名: '', 电话: '' }, ['name', 'phone']],
    ['with a masked phone', { 电话: '138****5678' }, ['phone']],
    ['with a masked ID number', { 证件号: '110***********1234' }, ['idNumber']],
    ['with a meter of no type', { 表型: '' }, ['meterType']],
  ])('is rejected %s', (_what, overrides, fields) => expect(fieldsOf(toNewCustomer(row(overrides)).errors)).toEqual(fields));
});

describe('a row for an existing account', () => {
  const now = '2024-06-01T00:00:00.000Z';
  const existing = (): Customer => {
    const { input, meters } = toNewCustomer(row());
    return planNewCustomer('demo', input!, { id: '01J0000000000000000000000A', now, today: '2024-06-01', meterIds: ['01J0000000000000000000000B'] }, meters).customer;
  };

  it('changes nothing when the row says what is stored (no write, no audit)', () => {
    const current = existing();
    const change = toChange(row(), current, 'Asia/Shanghai');
    expect(change.errors).toEqual([]);
    expect(change.warnings).toEqual([]);
    expect(change.meter).toBeUndefined();
    expect(planCustomerUpdate('demo', current, change.patch, now)).toBeUndefined();
  });

  it('changes only the fields that differ', () => {
    const current = existing();
    const change = toChange(row({ 电话: '13900001111', 独居: '是', 户名: '王芳' }), current, 'Asia/Shanghai');
    const plan = planCustomerUpdate('demo', current, change.patch, now)!;
    expect(plan.changed.sort()).toEqual(['name', 'phone', 'specialCare']);
    expect(plan.customer).toMatchObject({ phone: '13900001111', version: 2, specialCare: { elderly: true, disabled: false, livingAlone: true } });
    expect(plan.audit[0]!.action).toBe('customer.updated');
  });

  it('reads a masked phone or ID number equal to the stored one as unchanged, and refuses another', () => {
    const current = existing();
    const same = toChange(row({ 电话: '138****5678', 证件号: current.idNumberMasked! }), current, 'Asia/Shanghai');
    expect(same.errors).toEqual([]);
    expect(planCustomerUpdate('demo', current, same.patch, now)).toBeUndefined();
    expect(fieldsOf(toChange(row({ 电话: '139****5678' }), current, 'Asia/Shanghai').errors)).toEqual(['phone']);
  });

  it('warns instead of changing what import does not change: contracts, another meter, meter details', () => {
    const current = existing();
    const change = toChange(row({ 供气合同签订日期: '2023-01-01', 表号: 'JM-9999' }), current, 'Asia/Shanghai');
    expect(change.errors).toEqual([]);
    expect(fieldsOf(change.warnings)).toEqual(['meterSerial', 'supplyContractSignedAt']);
    expect(change.meter).toBeUndefined();
    expect(fieldsOf(toChange(row({ 表位数: '7' }), current, 'Asia/Shanghai').warnings)).toEqual(['meterDigits']);
  });

  it('installs a first meter on an account that has none', () => {
    const current = { ...existing(), meters: [] };
    expect(toChange(row(), current, 'Asia/Shanghai').meter).toEqual({ serial: 'jm-0001', type: 'ic-card', digits: 6, installedAt: '2024-03-05' });
  });
});

describe('the export row', () => {
  it('reads back as "unchanged" (masked phone and ID number included)', () => {
    const { input, meters } = toNewCustomer(row());
    const current = planNewCustomer('demo', input!, { id: '01J0000000000000000000000C', now: '2024-06-01T00:00:00.000Z', today: '2024-06-01' }, meters).customer;
    const cells = customerRow(current, 'Asia/Shanghai');
    expect(cells).toHaveLength(EXPORT_HEADERS.length);
    expect(cells[EXPORT_HEADERS.indexOf('电话')]).toBe('138****5678');
    const exported = resolveColumns(EXPORT_HEADERS).columns!;
    const back = parseRow(Object.fromEntries(EXPORT_HEADERS.map((h, i) => [h, cells[i]!])), exported, context);
    expect(back.errors).toEqual([]);
    const change = toChange(back, current, 'Asia/Shanghai');
    expect(change.errors).toEqual([]);
    expect(change.warnings).toEqual([]);
    expect(planCustomerUpdate('demo', current, change.patch, '2024-06-02T00:00:00.000Z')).toBeUndefined();
  });
});
