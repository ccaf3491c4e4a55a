import type { PolicyField, PolicyVersion } from '../../../../shared/contract/policies.ts';

/**
 * Pure helpers of the policies page: values by dotted path, what a version changed, and a value
 * as text by its field's `unit`. Nothing here knows a section: a capability that adds a section
 * with other paths or units gets them shown and diffed the same way.
 */
export type Values = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a dotted path (`sms.start`), undefined when a segment is missing. */
export function getPath(values: unknown, path: string): unknown {
  let at: unknown = values;
  for (const key of path.split('.')) {
    if (!isObject(at)) return undefined;
    at = at[key];
  }
  return at;
}

/** A copy of `values` with the value at a dotted path replaced (missing objects on the way are created). */
export function setPath(values: Values, path: string, value: unknown): Values {
  const [head = '', ...rest] = path.split('.');
  if (!rest.length) return { ...values, [head]: value };
  const inner = isObject(values[head]) ? (values[head] as Values) : {};
  return { ...values, [head]: setPath(inner, rest.join('.'), value) };
}

/** Deep equality of JSON values (key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/**
 * The paths whose value differs between two versions: the fields' paths first (in their order),
 * then any other top-level key (a value no field describes still shows up as changed).
 */
export function changedPaths(before: Values, after: Values, fieldPaths: readonly string[]): string[] {
  const changed = fieldPaths.filter((p) => !sameValue(getPath(before, p), getPath(after, p)));
  const covered = (key: string) => fieldPaths.some((p) => p === key || p.startsWith(`${key}.`) || key.startsWith(`${p}.`));
  const others = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !covered(k) && !sameValue(before[k], after[k]));
  return [...changed, ...others];
}

/** Each version of a history (newest first) with what it changed against the one before it (the defaults for the first). */
export function withChanges(history: readonly PolicyVersion[], defaults: Values, fieldPaths: readonly string[]): (PolicyVersion & { changed: string[]; previous: Values })[] {
  return history.map((version, i) => {
    const previous = history[i + 1]?.values ?? defaults;
    return { ...version, previous, changed: changedPaths(previous, version.values, fieldPaths) };
  });
}

export type Language = 'zh-CN' | 'en';

/** The words a value's text needs, in the user's language (the page passes `t(...)` results). */
export interface ValueTexts {
  language: Language;
  off: string;
  yes: string;
  no: string;
  /** Unit names after a number, e.g. `{ minutes: '分钟' }`; a unit without one shows the bare number. */
  units: Partial<Record<string, string>>;
  /** A ticket deadline's clock (tickets.deadlines): e.g. `{ working: '工作时间' }`. */
  clocks: { elapsed: string; working: string; endOfWorkingDay: string; postponed: string; weekendsDoNotCount: string };
}

/** A deadline and its clock (`shared/contract/tickets-policies.ts` › DeadlineRule). */
const isDeadline = (v: unknown): v is { clock: string; minutes?: number; days?: number; postponeOverHolidays?: boolean; weekendsCount?: boolean } => isObject(v) && typeof v.clock === 'string';

/** 2880 → "48 小时", 90 → "1.5 小时", 30 → "30 分钟". */
function duration(minutes: number, texts: ValueTexts): string {
  const number = new Intl.NumberFormat(texts.language, { maximumFractionDigits: 1 });
  if (minutes >= 60 && minutes % 30 === 0) return `${number.format(minutes / 60)} ${texts.units.hours ?? 'h'}`;
  return `${number.format(minutes)} ${texts.units.minutes ?? 'min'}`;
}

/** "48 小时（节假日顺延）", "4 小时 工作时间", "2 个工作日", "当个工作日结束前". */
function formatDeadline(d: { clock: string; minutes?: number; days?: number; postponeOverHolidays?: boolean; weekendsCount?: boolean }, texts: ValueTexts): string {
  const sep = texts.language === 'zh-CN' ? '，' : ', ';
  switch (d.clock) {
    case 'end-of-working-day':
      return texts.clocks.endOfWorkingDay;
    case 'working-days':
      return `${d.days} ${texts.units['working-days'] ?? ''}`.trim();
    case 'working':
      return `${duration(d.minutes ?? 0, texts)} ${texts.clocks.working}`;
    default: {
      const notes = [d.postponeOverHolidays ? texts.clocks.postponed : null, d.postponeOverHolidays && d.weekendsCount === false ? texts.clocks.weekendsDoNotCount : null].filter(Boolean);
      return `${duration(d.minutes ?? 0, texts)} ${texts.clocks.elapsed}${notes.length ? `${texts.language === 'zh-CN' ? '（' : ' ('}${notes.join(sep)}${texts.language === 'zh-CN' ? '）' : ')'}` : ''}`;
    }
  }
}

const isTimeWindow = (v: unknown): v is { start: string; end: string } => isObject(v) && typeof v.start === 'string' && typeof v.end === 'string';

/** A value as text by its field's unit: `22:00–06:00`, "不启用" for null, choices by their labels, numbers with their unit. */
export function formatValue(field: Pick<PolicyField, 'unit' | 'options'>, value: unknown, texts: ValueTexts): string {
  if (value === null || value === undefined) return texts.off;
  if (isDeadline(value)) return formatDeadline(value, texts);
  if (isObject(value) && Object.values(value).length > 0 && Object.values(value).every(isDeadline)) return (Object.values(value) as Parameters<typeof formatDeadline>[0][]).map((d) => formatDeadline(d, texts)).join(texts.language === 'zh-CN' ? '；' : '; ');
  const number = new Intl.NumberFormat(texts.language, { maximumFractionDigits: 4 });
  const optionLabel = (v: unknown) => field.options?.find((o) => o.value === v)?.label[texts.language] ?? String(v);
  switch (field.unit) {
    case 'time-window':
      return isTimeWindow(value) ? `${value.start}–${value.end}` : JSON.stringify(value);
    case 'choice':
      return Array.isArray(value) ? value.map(optionLabel).join(texts.language === 'zh-CN' ? '、' : ', ') : optionLabel(value);
    case 'boolean':
      return value === true ? texts.yes : value === false ? texts.no : JSON.stringify(value);
    case 'ratio':
      return typeof value === 'number' ? new Intl.NumberFormat(texts.language, { style: 'percent', maximumFractionDigits: 2 }).format(value) : JSON.stringify(value);
    case 'percent':
      return typeof value === 'number' ? `${number.format(value)}%` : JSON.stringify(value);
    case 'text':
      return typeof value === 'string' ? value : JSON.stringify(value);
    default: {
      if (typeof value !== 'number') return typeof value === 'string' ? value : JSON.stringify(value);
      const unit = texts.units[field.unit];
      return unit ? `${number.format(value)} ${unit}` : number.format(value);
    }
  }
}

/**
 * Where a server field error belongs: `body.values.specialCareNight.start` → the field
 * `specialCareNight` and the rest `start`; undefined for an error outside `values`.
 */
export function fieldOfError(errorField: string, fieldPaths: readonly string[]): { path: string; rest: string } | undefined {
  const m = /^(?:body\.)?values\.(.+)$/.exec(errorField);
  if (!m) return undefined;
  const inner = m[1] ?? '';
  const path = [...fieldPaths].sort((a, b) => b.length - a.length).find((p) => inner === p || inner.startsWith(`${p}.`));
  return path === undefined ? undefined : { path, rest: inner.slice(path.length + 1) };
}
