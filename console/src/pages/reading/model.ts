import type * as z from 'zod';
import type { ReadBookView } from '../../../../shared/contract/read-books.ts';
import type { ReadCycleDetail as ReadCycleDetailSchema, ReadCycleMeter as ReadCycleMeterSchema, ReadCycleStats, ReadCycleView } from '../../../../shared/contract/read-cycles.ts';
import type { ExceptionGrade, ReadingExceptionView, ReadingResult, ReadingView, VeeRule } from '../../../../shared/contract/readings.ts';

/** The reading pages' shapes, from the contracts (types only: no zod in the chunk). */
export type { ReadBookView, ReadCycleStats, ReadCycleView, ReadingExceptionView, ReadingResult, ReadingView, ExceptionGrade, VeeRule };
export type ReadCycleDetail = z.infer<typeof ReadCycleDetailSchema>;
export type ReadCycleMeter = z.infer<typeof ReadCycleMeterSchema>;
export type Cadence = ReadCycleView['cadence'];
export type MeterStatus = ReadCycleMeter['status'];

export const CADENCE_LIST: readonly Cadence[] = ['commercial', 'residentialOutdoor', 'residentialIndoor'];
export const RULE_LIST: readonly VeeRule[] = ['negative', 'rollover', 'zero', 'high', 'low', 'inactive', 'duplicate', 'out-of-order', 'estimates', 'ic-card-no-purchase'];
export const GRADE_LIST: readonly ExceptionGrade[] = ['info', 'review', 'blocking'];

/** Status tags: a word and a colour, never colour alone. */
export const METER_STATUS_COLORS: Record<MeterStatus, string> = { read: 'success', unread: 'warning', estimated: 'processing', gone: 'default' };
export const GRADE_COLORS: Record<ExceptionGrade, string> = { info: 'default', review: 'warning', blocking: 'error' };

/** Periods sort as text (`2026-01` < `2026-11`, `2026-Q3` < `2026-Q4`). */
export const byPeriod = (a: string, b: string) => a.localeCompare(b);
