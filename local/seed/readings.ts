import { cycleWindow } from '../../functions/reading/cycles/schedule.ts';
import { ReadBookService } from '../../functions/reading/read-book-service.ts';
import { readCyclesJob } from '../../functions/reading/jobs/read-cycles.ts';
import { ReadingService } from '../../functions/reading/reading-service.ts';
import { loadBusinessCalendar } from '../../shared/calendar/calendar-years.ts';
import { readingCadencePolicy } from '../../shared/contract/reading-policies.ts';
import type { ReadingInput } from '../../shared/contract/readings.ts';
import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { customerFromItem } from '../../shared/entities/customer.ts';
import { logger } from '../../shared/logger.ts';
import { keys } from '../../shared/keys.ts';
import { localDay } from '../../shared/local-time.ts';
import { policyInForce } from '../../shared/policies/policy-store.ts';
import { Index } from '../../shared/table.ts';

/** Meters a demo read book walks, and books per region. */
const BOOK_SIZE = 20;
const BOOKS = 2;
/** A year of readings (tests seed a quarter: `months`). */
const MONTHS = 12;

/**
 * The demo's meter reading, through the same services the API uses: read books of the field
 * user's region (gas-on residential meters installed over a year ago, in account order), a year
 * of monthly field readings on each window's second day (a few meters missed some months, one misread — a spike,
 * one register read backwards, one with no use), validated by VEE as they arrive, then the
 * read-cycles job run as of each month's window opening and closing — so the dashboard's read
 * rates, the cycles' history and the exception queue show a real year.
 */
export async function seedReadings(store: TenantStore, options: { regions: string[]; reader: string; random: () => number; now?: Date; months?: number }): Promise<{ books: number; readings: number; cycles: number }> {
  const now = options.now ?? new Date();
  const r = options.random;
  const MONTHS_SEEDED = options.months ?? MONTHS;
  const yearAgo = localDay(new Date(now.getTime() - (MONTHS_SEEDED + 1) * 31 * 86_400_000));
  const books = new ReadBookService(store);
  const meters: { id: string; startRead: number }[] = [];
  for (const regionId of options.regions) {
    const found: { id: string; startRead: number }[] = [];
    for await (const page of store.queryPages({ index: Index.byRegionName, pk: keys.regionCustomers(store.tenantId, regionId) })) {
      for (const c of page.items.map(customerFromItem)) {
        if (c.class !== 'residential' || c.lifecycle.state !== 'gas-on') continue;
        for (const m of c.meters ?? []) if (m.status === 'active' && m.installedAt < yearAgo) found.push({ id: m.id, startRead: 0 });
      }
      if (found.length >= BOOK_SIZE * BOOKS) break;
    }
    const walk = found.slice(0, BOOK_SIZE * BOOKS);
    for (let b = 0; b * BOOK_SIZE < walk.length; b++) {
      const meterIds = walk.slice(b * BOOK_SIZE, (b + 1) * BOOK_SIZE).map((m) => m.id);
      await books.create({ name: `${regionId} 第${b + 1}册`, regionId, reader: options.reader, meterIds, cadence: 'residentialOutdoor' });
    }
    meters.push(...walk);
  }
  if (!meters.length) return { books: 0, readings: 0, cycles: 0 };

  // The meters' start reads, from the meter items.
  const months = monthsBefore(now, MONTHS_SEEDED);
  // Where each register stands a year ago: its start read plus about 0.8 m³ a day since it was
  // installed, so the first reading's use over those years is a household's (VEE's expected use
  // is taken from it until there is more history).
  const items = await store.getMany(meters.map((m) => keys.meter(store.tenantId, m.id)));
  const firstRead = new Date(`${months[0]}-01T00:00:00+08:00`).getTime();
  const register = new Map(items.map((i) => [String(i.id), 10 ** Number(i.digits ?? 5)]));
  const value = new Map(
    items.map((i) => {
      const days = Math.max(0, (firstRead - Date.parse(String(i.installedAt))) / 86_400_000);
      return [String(i.id), (Number(i.startRead ?? 0) + Math.round(days * 0.8)) % 10 ** Number(i.digits ?? 5)];
    }),
  );
  const service = new ReadingService(store);
  const { values: cadence } = await policyInForce(store, readingCadencePolicy, now);
  const year = Number(months[0]!.slice(0, 4));
  const cal = await loadBusinessCalendar(store, { from: year, to: year + 1 });
  const windows = months.map((month) => cycleWindow(cal, cadence.residentialOutdoor, month));
  let readings = 0;
  for (const [k, month] of months.entries()) {
    // The window's second day at 10:00 (a window moved by 春节 is read when it is open).
    const readAt = new Date(windows[k]!.opensAt.getTime() + 34 * 3_600_000);
    const winter = ['11', '12', '01', '02', '03'].includes(month.slice(5));
    const inputs: ReadingInput[] = [];
    meters.forEach((m, i) => {
      if (r() < 0.03) return; // not found at home this month
      let use = Math.round((winter ? 38 : 18) * (0.75 + r() * 0.5));
      if (i === 3 && k === MONTHS_SEEDED - 1) use *= 7; // a misread: far above the meter's usual use
      if (i === 4 && k === MONTHS_SEEDED - 1) use = 0; // nobody home for a month
      const next = (value.get(m.id)! + use) % register.get(m.id)!; // past the register's last digit: a rollover
      value.set(m.id, next);
      // One register read backwards (a digit misread), kept as the reading the reader entered.
      inputs.push({ meterId: m.id, value: i === 1 && k === MONTHS_SEEDED - 2 ? next - 40 : next, readAt: readAt.toISOString(), source: 'field' });
    });
    const results = await service.ingest(inputs, now);
    readings += results.filter((x) => x.status === 'accepted').length;
  }

  // The job as of each window's opening and closing (00:30 local, as scheduled), oldest first.
  const job = readCyclesJob();
  let cycles = 0;
  for (const w of windows) {
    for (const at of [w.opensAt, w.closesAt]) {
      const asOf = new Date(at.getTime() + 30 * 60_000);
      if (asOf > now) continue;
      const counts = await job.run({ ctx: store.ctx, store, asOf, runId: 'seed', progress: async () => {}, log: logger });
      cycles += counts.opened ?? 0;
    }
  }
  return { books: Math.ceil(meters.length / BOOK_SIZE), readings, cycles };
}

/** The `count` months before `now`'s month whose 21st has passed, oldest first (`2026-01`). */
function monthsBefore(now: Date, count: number): string[] {
  const months: string[] = [];
  const today = localDay(now);
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  if (Number(today.slice(8, 10)) < 26) month -= 1; // this month's window has not closed yet
  for (let i = 0; i < count; i++) {
    if (month < 1) {
      month += 12;
      year -= 1;
    }
    months.unshift(`${year}-${String(month).padStart(2, '0')}`);
    month -= 1;
  }
  return months;
}
