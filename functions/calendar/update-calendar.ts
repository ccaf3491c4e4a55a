import { calendarYear, originOf, resolveStored } from '../../shared/calendar/calendar-years.ts';
import { officialYear } from '../../shared/calendar/official.ts';
import { absent, TenantStore, versionIs } from '../../shared/db/tenant-store.ts';
import { calendarYearItem, type StoredCalendarYear } from '../../shared/entities/calendar.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { badRequest, conflict } from '../../shared/http/problems.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { tenantTimeZone } from '../../shared/tenant-profile.ts';
import { calendarChanges } from './calendar-changes.ts';
import { calendarView } from './calendar-view.ts';
import { updateCalendar as route } from './routes.ts';

/**
 * Save a year: the admin's days (each marked `official` when exactly as published, else `local`)
 * and working hours, conditional on the version read (0: never saved), with its audit record and
 * the event `calendar.updated` in one transaction. The schema checked the shape, duplicates,
 * make-up days on weekends and the working hours; here, that every date is in the year.
 */
export const main = async ({ ctx, params, body, headers }: Request<typeof route>) => {
  const { year } = params;
  const version = versionRead(headers['if-match'], body.version);
  const outside = body.days.flatMap((d, i) => (d.date.startsWith(`${year}-`) ? [] : [{ field: `body.days.${i}.date`, message: `${d.date} is not in ${year}` }]));
  if (outside.length) throw badRequest(`Every day must be in ${year}: ${outside.map((e) => e.field).join(', ')}`, outside);

  const store = new TenantStore(ctx);
  const [before, timeZone] = await Promise.all([calendarYear(store, year, true), tenantTimeZone(store)]);
  const official = officialYear(year);
  const days = [...body.days]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => ({ date: d.date, kind: d.kind, name: d.name, origin: originOf(d, official.days) }));
  const saved: StoredCalendarYear = {
    year,
    official: official.official,
    source: official.source,
    workingHours: body.workingHours.map(({ start, end }) => ({ start, end })),
    days,
    version: version + 1,
    updatedAt: new Date().toISOString(),
    updatedBy: ctx.principal.id,
  };
  const changes = calendarChanges(before, saved);
  const stale = conflict(`The calendar of ${year} changed since version ${version}; reload and try again`, 'stale-version');
  await store.commit({
    writes: [{ kind: 'put', item: calendarYearItem(store.tenantId, saved), condition: version === 0 ? absent(stale) : { ...versionIs(version, `calendar of ${year}`), onFail: stale } }],
    audit: {
      action: 'calendar.updated',
      subject: { type: 'calendar', id: String(year) },
      summary: `${year}: ${changes.summary}`,
      detail: { version: saved.version, official: saved.official, added: changes.added, removed: changes.removed, changed: changes.changed, workingHours: changes.workingHours },
    },
    events: [{ type: 'calendar.updated', data: { year, version: saved.version, official: saved.official, days: days.length } }],
  });
  return withEtag(calendarView(resolveStored(saved), timeZone));
};

/** `If-Match: "<version>"` (the ETag of GET, `"0"` for a year never saved) wins over `version` in the body. */
function versionRead(ifMatch: string | undefined, bodyVersion: number): number {
  if (ifMatch === undefined || ifMatch === '') return bodyVersion;
  const n = Number(ifMatch.replace(/^W\//, '').replace(/"/g, ''));
  if (!Number.isInteger(n) || n < 0) throw badRequest('If-Match must be an ETag this API returned', [{ field: 'If-Match', message: 'not a version ETag' }]);
  return n;
}

export const handler = httpHandler(route, main);
export { route };
