import type { Customer } from '../../shared/entities/customer.ts';
import type { Region } from '../../shared/entities/region.ts';
import { localDay } from '../../shared/local-time.ts';
import { maskPhone } from '../../shared/privacy.ts';
import { COLUMNS, type ColumnDef, type ImportField } from './csv-columns.ts';
import { CLASS_LABELS, METER_TYPE_LABELS, STATE_LABELS } from './csv-values.ts';

/** The customer CSV as written: a customer as an export row, and the template's hint and example rows. Pure. */
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
