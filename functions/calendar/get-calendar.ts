import { calendarYear } from '../../shared/calendar/calendar-years.ts';
import { TenantStore } from '../../shared/db/tenant-store.ts';
import { httpHandler, type Request } from '../../shared/http/handler.ts';
import { withEtag } from '../../shared/http/reply.ts';
import { tenantTimeZone } from '../../shared/tenant-profile.ts';
import { calendarView } from './calendar-view.ts';
import { getCalendar as route } from './routes.ts';

export const main = async ({ ctx, params }: Request<typeof route>) => {
  const store = new TenantStore(ctx);
  const [year, timeZone] = await Promise.all([calendarYear(store, params.year), tenantTimeZone(store)]);
  return withEtag(calendarView(year, timeZone));
};

export const handler = httpHandler(route, main);
export { route };
