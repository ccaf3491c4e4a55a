import * as z from 'zod';
import { ROLES } from './access.ts';
import { HumanText, IsoDateTime } from './common.ts';

/**
 * The tenant's business calendar, one year at a time: public holidays and make-up working days
 * (调休上班: a Saturday or Sunday that is worked), seeded from the official arrangement and edited
 * by an admin for local days; and the working hours. `GET` answers every console user; `PUT` is
 * for admins. Rules: docs/domain.md ("Business calendar").
 */
export const CALENDAR_READERS = ROLES;
export const CALENDAR_EDITORS = ['admin'] as const;
export const CALENDAR_DAY_KINDS = ['holiday', 'makeup-working'] as const;
export const CALENDAR_DAY_ORIGINS = ['official', 'local'] as const;
/** Stable codes of `warnings[]` (the console translates them). */
export const CALENDAR_WARNINGS = ['official-data-missing', 'official-data-available'] as const;
export const MIN_CALENDAR_YEAR = 2000;
export const MAX_CALENDAR_YEAR = 2100;

export const CalendarParams = z.strictObject({
  year: z.coerce.number().int().min(MIN_CALENDAR_YEAR).max(MAX_CALENDAR_YEAR),
});

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A calendar date `YYYY-MM-DD` that exists (no 02-30). */
export const LocalDate = z
  .string()
  .regex(DATE, 'a date YYYY-MM-DD')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a date of the calendar')
  .meta({ examples: ['2026-10-01'] });

/** Local wall-clock time `HH:mm`, 00:00–24:00. */
export const ClockTime = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'a time HH:mm (00:00–24:00)')
  .meta({ examples: ['08:30'] });

export const WorkingInterval = z.strictObject({ start: ClockTime, end: ClockTime });

/** 0 = Sunday … 6 = Saturday, of a valid `YYYY-MM-DD`. */
export const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/**
 * Working hours: 1–4 intervals, each start before its end, in order, not overlapping. Refusals
 * name the interval (`workingHours.1.start`).
 */
export const WorkingHours = z
  .array(WorkingInterval)
  .min(1)
  .max(4)
  .superRefine((hours, ctx) => {
    hours.forEach((h, i) => {
      if (h.start >= h.end) ctx.addIssue({ code: 'custom', path: [i, 'end'], message: `must be after the start (${h.start})` });
      const previous = hours[i - 1];
      if (previous && h.start < previous.end) ctx.addIssue({ code: 'custom', path: [i, 'start'], message: `must not be before the end of the interval before (${previous.end})` });
    });
  });

/** A day as the client sends it. `origin` (what GET returns) is accepted and ignored: the server works it out. */
export const CalendarDayInput = z.strictObject({
  date: LocalDate,
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: HumanText({ max: 40 }),
  origin: z.enum(CALENDAR_DAY_ORIGINS).optional(),
});

/**
 * The days of a year: no date twice; a make-up working day is a Saturday or Sunday (a weekday
 * is a working day already). That each date is in the year of the path, the handler checks.
 */
export const CalendarDays = z
  .array(CalendarDayInput)
  .max(366)
  .superRefine((days, ctx) => {
    const seen = new Map<string, number>();
    days.forEach((d, i) => {
      const first = seen.get(d.date);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'date'], message: `${d.date} is listed twice (also days.${first})` });
      else seen.set(d.date, i);
      if (d.kind === 'makeup-working' && ![0, 6].includes(weekdayOf(d.date))) {
        ctx.addIssue({ code: 'custom', path: [i, 'kind'], message: `${d.date} is a weekday: only a Saturday or Sunday can be a make-up working day` });
      }
    });
  });

export const CalendarWarning = z.strictObject({ code: z.enum(CALENDAR_WARNINGS), message: z.string() });

export const CalendarDay = z.strictObject({
  date: z.string(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  name: z.string(),
  /** `official`: as published (the source); `local`: added or renamed by the tenant. */
  origin: z.enum(CALENDAR_DAY_ORIGINS),
});

export const CalendarView = z.strictObject({
  year: z.int(),
  /** The tenant's time zone, in which the dates and hours are read. */
  timeZone: z.string(),
  /** Built from published official dates (or saved over them); false: weekends and local days only. */
  official: z.boolean(),
  /** Where the official dates come from (`chinese-days 1.5.7`); null when there are none. */
  source: z.string().nullable(),
  workingHours: z.array(WorkingInterval),
  /** Holidays and make-up working days, in date order; every other Saturday and Sunday is a weekend. */
  days: z.array(CalendarDay),
  warnings: z.array(CalendarWarning),
  /** 0: never saved (the official calendar, built on the fly); send it back with the first PUT. */
  version: z.int(),
  updatedAt: IsoDateTime.nullable(),
  updatedBy: z.string().nullable(),
});

/**
 * `PUT /v1/calendar/{year}`: the editable part of what GET returned — `workingHours`, `days`,
 * `version` (0 for a year never saved). The read-only fields of GET (`year`, `timeZone`,
 * `official`, `source`, `warnings`, `updatedAt`, `updatedBy`, and a day's `origin`) are accepted
 * and ignored, so a client may send back the whole object it read, edited.
 */
export const CalendarUpdateBody = z.strictObject({
  workingHours: WorkingHours,
  days: CalendarDays,
  version: z.int().min(0).max(1_000_000_000),
  year: z.int().min(MIN_CALENDAR_YEAR).max(MAX_CALENDAR_YEAR).optional(),
  timeZone: z.string().max(64).optional(),
  official: z.boolean().optional(),
  source: z.string().max(64).nullable().optional(),
  warnings: z.array(z.unknown()).max(10).optional(),
  updatedAt: z.string().max(64).nullable().optional(),
  updatedBy: z.string().max(64).nullable().optional(),
});

/** The dashboard's view: whether the current (and, from December 1, the coming) year is official. */
export const CalendarYearStatus = z.strictObject({ year: z.int(), official: z.boolean(), warnings: z.array(CalendarWarning) });

export type CalendarView = z.infer<typeof CalendarView>;
export type CalendarUpdateBody = z.infer<typeof CalendarUpdateBody>;
export type CalendarYearStatus = z.infer<typeof CalendarYearStatus>;
