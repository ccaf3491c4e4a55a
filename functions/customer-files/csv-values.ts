import type { CustomerClass, LifecycleState } from '../../shared/entities/customer.ts';
import type { RowError } from '../../shared/entities/customer-import.ts';
import type { MeterType } from '../../shared/entities/meter.ts';
import type { ImportField } from './csv-columns.ts';

/** The vocabulary of the customer CSV's cells: the words people write for classes, meter types, yes and no, and days. Pure. */
export const CLASS_VALUES: Record<string, CustomerClass> = {
  居民: 'residential', 居民用户: 'residential', 民用: 'residential', 家庭: 'residential',
  商业: 'commercial', 商业用户: 'commercial', 工商业: 'commercial',
  公福: 'public-welfare', 公服: 'public-welfare', 公益: 'public-welfare', 公福用户: 'public-welfare', 公共福利: 'public-welfare',
  工业: 'industrial', 工业用户: 'industrial',
};
export const CLASS_LABELS: Record<CustomerClass, string> = { residential: '居民', commercial: '商业', 'public-welfare': '公福', industrial: '工业' };

export const METER_TYPE_VALUES: Record<string, MeterType> = {
  膜式表: 'diaphragm', 皮膜表: 'diaphragm', 普表: 'diaphragm', 机械表: 'diaphragm',
  ic卡表: 'ic-card', 卡表: 'ic-card', ic表: 'ic-card', ic: 'ic-card', 预付费表: 'ic-card',
  远传表: 'remote', 物联网表: 'remote', 远程表: 'remote', nb表: 'remote',
};
export const METER_TYPE_LABELS: Record<MeterType, string> = { diaphragm: '膜式表', 'ic-card': 'IC卡表', remote: '远传表' };

export const STATE_LABELS: Record<LifecycleState, string> = { applied: '已申请', accepted: '已验收', 'gas-on': '已通气', suspended: '已停气', closed: '已销户' };

export const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓']);
export const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '-']);

/** A cell or a name folded for comparison: NFKC, trimmed, lowercased, without spaces. */
export const fold = (v: string) => v.normalize('NFKC').trim().toLowerCase().replace(/\s+/gu, '');

/** Excel shows long numbers as 1.23457E+17 and saves them so: the digits are lost. */
const EXCEL_NUMBER = /^\d(\.\d+)?e\+\d+$/i;
export const excelMangled = (field: ImportField, column: string | undefined, value: string): RowError | undefined =>
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
