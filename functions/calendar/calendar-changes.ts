import type { WorkingInterval } from '../../shared/calendar/business-calendar.ts';
import type { StoredCalendarDay } from '../../shared/entities/calendar.ts';

/** What a save changed, for the audit record: days added, removed, changed; working hours before and after. Pure. */
export function calendarChanges(
  before: { days: readonly StoredCalendarDay[]; workingHours: readonly WorkingInterval[] },
  after: { days: readonly StoredCalendarDay[]; workingHours: readonly WorkingInterval[] },
) {
  const old = new Map(before.days.map((d) => [d.date, d]));
  const now = new Map(after.days.map((d) => [d.date, d]));
  const line = (d: StoredCalendarDay) => `${d.date} ${d.kind} ${d.name}`;
  const added = after.days.filter((d) => !old.has(d.date)).map(line);
  const removed = before.days.filter((d) => !now.has(d.date)).map(line);
  const changed = after.days.filter((d) => old.has(d.date) && (old.get(d.date)!.kind !== d.kind || old.get(d.date)!.name !== d.name)).map(line);
  const hours = (h: readonly WorkingInterval[]) => h.map((w) => `${w.start}–${w.end}`).join(', ');
  const workingHours = hours(before.workingHours) === hours(after.workingHours) ? null : { from: hours(before.workingHours), to: hours(after.workingHours) };
  const parts = [
    added.length ? `${added.length} added` : '',
    removed.length ? `${removed.length} removed` : '',
    changed.length ? `${changed.length} changed` : '',
    workingHours ? `working hours ${workingHours.to}` : '',
  ].filter(Boolean);
  return { added, removed, changed, workingHours, summary: parts.length ? parts.join(', ') : 'no change' };
}
