import dayjs, { type Dayjs } from 'dayjs';
import type { PolicyField } from '../../../../shared/contract/policies.ts';
import { getPath, setPath, type Values } from './values.ts';

/**
 * The schedule form's state of one field, generated from its `unit`: `on` (false = null, for a
 * nullable field) and `value` as its editor holds it (two Dayjs for a time window, a number, a
 * string of JSON for a unit the console has no editor for). Conversions both ways are pure.
 */
export interface FieldState {
  on: boolean;
  value: unknown;
}

export const NUMBER_UNITS = ['minutes', 'hours', 'days', 'working-days', 'count', 'ratio', 'percent'] as const;
export const isNumberUnit = (unit: string) => (NUMBER_UNITS as readonly string[]).includes(unit);

/** The editor a field gets. */
export type Editor = 'time-window' | 'choice' | 'choices' | 'number' | 'boolean' | 'text' | 'json';

export function editorOf(field: Pick<PolicyField, 'unit' | 'options'>, current: unknown, fallback: unknown): Editor {
  switch (field.unit) {
    case 'time-window':
      return 'time-window';
    case 'choice':
      if (!field.options?.length) return 'json';
      return Array.isArray(current) || Array.isArray(fallback) ? 'choices' : 'choice';
    case 'boolean':
      return 'boolean';
    case 'text':
      return 'text';
    default:
      return isNumberUnit(field.unit) ? 'number' : 'json';
  }
}

/** `HH:mm` as a picker value (the day is irrelevant) and back. */
export const timeOf = (hhmm: unknown): Dayjs | null => (typeof hhmm === 'string' && /^\d{2}:\d{2}$/.test(hhmm) ? dayjs(`2000-01-01T${hhmm}:00`) : null);
export const hhmmOf = (value: unknown): string | null => (dayjs.isDayjs(value) ? value.format('HH:mm') : null);

/** The form state of a field from its value (a null value is edited from the default, switched off). */
export function toFieldState(field: Pick<PolicyField, 'unit' | 'options'>, value: unknown, fallback: unknown): FieldState {
  const editor = editorOf(field, value, fallback);
  const on = value !== null && value !== undefined;
  const shown = on ? value : fallback;
  switch (editor) {
    case 'time-window': {
      const w = (shown ?? {}) as { start?: unknown; end?: unknown };
      return { on, value: { start: timeOf(w.start), end: timeOf(w.end) } };
    }
    case 'json':
      return { on, value: shown === undefined || shown === null ? '' : JSON.stringify(shown, null, 2) };
    case 'choices':
      return { on, value: Array.isArray(shown) ? shown : [] };
    default:
      return { on, value: shown ?? undefined };
  }
}

/** The value of a field from its form state. */
export function fromFieldState(field: Pick<PolicyField, 'unit' | 'options' | 'nullable'>, state: FieldState, current: unknown, fallback: unknown): unknown {
  if (field.nullable && !state.on) return null;
  switch (editorOf(field, current, fallback)) {
    case 'time-window': {
      const w = (state.value ?? {}) as { start?: unknown; end?: unknown };
      return { start: hhmmOf(w.start), end: hhmmOf(w.end) };
    }
    case 'json':
      return typeof state.value === 'string' && state.value.trim() ? (JSON.parse(state.value) as unknown) : null;
    case 'number':
      return typeof state.value === 'number' ? state.value : null;
    case 'boolean':
      return Boolean(state.value);
    case 'text':
      return typeof state.value === 'string' ? state.value : '';
    default:
      return state.value ?? null;
  }
}

/** Every value of the section: the values in force with each field's value from the form. */
export function valuesFromForm(fields: readonly PolicyField[], states: readonly FieldState[], inForce: Values, defaults: Values): Values {
  return fields.reduce<Values>(
    (values, field, i) => setPath(values, field.path, fromFieldState(field, states[i] ?? { on: true, value: undefined }, getPath(inForce, field.path), getPath(defaults, field.path))),
    structuredClone(inForce),
  );
}

/** Number bounds by unit. */
export function numberBounds(unit: string): { min: number; max?: number; step: number } {
  if (unit === 'ratio') return { min: 0, max: 1, step: 0.01 };
  if (unit === 'percent') return { min: 0, max: 100, step: 1 };
  return { min: 0, step: 1 };
}
