import { CalendarParams, CalendarUpdateBody } from '../../../shared/contract/calendar.ts';

const hours = [{ start: '08:30', end: '17:30' }];
const body = (over: Record<string, unknown>) => ({ workingHours: hours, days: [], version: 0, ...over });
const fields = (value: unknown) => {
  const r = CalendarUpdateBody.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
};

describe('the calendar body', () => {
  /** [case, body, the fields refused ([] = accepted)]. */
  const CASES: [string, unknown, string[]][] = [
    ['the editable part', body({ days: [{ date: '2026-11-30', kind: 'holiday', name: '公司成立日' }] }), []],
    ['what GET returned, sent back', body({ year: 2026, timeZone: 'Asia/Shanghai', official: true, source: 'chinese-days 1.5.7', warnings: [], updatedAt: null, updatedBy: null, days: [{ date: '2026-10-01', kind: 'holiday', name: '国庆节', origin: 'official' }] }), []],
    ['split working hours', body({ workingHours: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:30' }] }), []],
    ['hours touching end to start', body({ workingHours: [{ start: '08:30', end: '12:00' }, { start: '12:00', end: '17:30' }] }), []],
    ['a make-up Saturday', body({ days: [{ date: '2026-10-10', kind: 'makeup-working', name: '调休' }] }), []],
    ['a make-up Monday', body({ days: [{ date: '2026-11-30', kind: 'makeup-working', name: '调休' }] }), ['days.0.kind']],
    ['a date twice', body({ days: [{ date: '2026-05-01', kind: 'holiday', name: 'a' }, { date: '2026-05-01', kind: 'holiday', name: 'b' }] }), ['days.1.date']],
    ['02-30', body({ days: [{ date: '2026-02-30', kind: 'holiday', name: 'a' }] }), ['days.0.date']],
    ['an empty name', body({ days: [{ date: '2026-05-01', kind: 'holiday', name: '  ' }] }), ['days.0.name']],
    ['no working hours', body({ workingHours: [] }), ['workingHours']],
    ['an interval backwards', body({ workingHours: [{ start: '17:30', end: '08:30' }] }), ['workingHours.0.end']],
    ['overlapping intervals', body({ workingHours: [{ start: '08:30', end: '12:00' }, { start: '11:59', end: '17:30' }] }), ['workingHours.1.start']],
    ['24:00 ends a day', body({ workingHours: [{ start: '20:00', end: '24:00' }] }), []],
    ['25:00', body({ workingHours: [{ start: '08:30', end: '25:00' }] }), ['workingHours.0.end']],
    ['a negative version', body({ version: -1 }), ['version']],
    ['a year out of range', body({ year: 1999 }), ['year']],
    ['an unknown field', body({ holidays: [] }), ['']],
  ];
  it.each(CASES)('%s', (_name, value, refused) => {
    expect(fields(value)).toEqual(refused);
  });

  it('takes the year of the path as a number 2000–2100', () => {
    expect(CalendarParams.parse({ year: '2026' })).toEqual({ year: 2026 });
    for (const year of ['1999', '2101', '20x6', '2026.5']) expect(CalendarParams.safeParse({ year }).success).toBe(false);
  });
});
