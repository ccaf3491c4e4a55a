import { loadBusinessCalendar } from '../../../shared/calendar/calendar-years.ts';
import { CADENCES } from '../../../shared/contract/read-cycles.ts';
import { readingCadencePolicy } from '../../../shared/contract/reading-policies.ts';
import type { JobImpl } from '../../../shared/jobs/job.ts';
import { keys, OPEN_CYCLE_SHARDS } from '../../../shared/keys.ts';
import { localDay } from '../../../shared/local-time.ts';
import { policyInForce } from '../../../shared/policies/policy-store.ts';
import { readBookFromItem } from '../../../shared/entities/read-book.ts';
import { readCycleFromItem } from '../../../shared/entities/read-cycle.ts';
import { Index } from '../../../shared/table.ts';
import { tenantTimeZone } from '../../../shared/tenant-profile.ts';
import { CycleService } from '../cycles/cycle-service.ts';
import { openWindows } from '../cycles/schedule.ts';

/**
 * `read-cycles` (daily, 00:30 Asia/Shanghai): as of its time,
 * 1. opens the cycles whose window is open — for each cadence of `reading.cadence` whose window
 *    (postponed over the business calendar's holidays) contains `asOf`, one cycle per read book of
 *    that cadence (GSI `booksByCadence`) that has meters, with the book's meters as the meters due;
 * 2. closes the open cycles whose window has ended (GSI `openReadCycles`, sorted by the instant
 *    they close, sharded) — follow-up tasks for the meters not read, estimates if the policy
 *    allows, read rate frozen per book, region and reader;
 * 3. recounts the other open cycles, so the console's progress is at most a day old.
 *
 * Work proportional to what is due: on a day no window opens, step 1 reads no book at all; steps
 * 2 and 3 read only open cycles (and their meters). Every step is conditional on the state it
 * found (a cycle put only if absent, closed only while open at the version counted), so a second
 * run as of the same time changes nothing. The checkpoint is the step, the cadence or shard, and
 * the last key of the page done; a resumed attempt goes on from there, and ends with what an
 * uninterrupted run leaves. Its counts are those of the attempts whose progress was saved: a page
 * an attempt did but could not report is done again (its cycles "already open", or gone from the
 * open index once closed).
 */
export const PAGE_SIZE = 100;

type Step = 'open' | 'close' | 'recount';
interface Checkpoint {
  step: Step;
  /** Index into CADENCES (open) or the shard (close, recount). */
  part: number;
  lastKey?: Record<string, unknown>;
  counts: Record<string, number>;
}

const STEPS: Step[] = ['open', 'close', 'recount'];

export const readCyclesJob = (pageSize = PAGE_SIZE): Pick<JobImpl, 'run'> => ({
  async run({ store, asOf, resumeFrom, progress, log }) {
    const t = store.tenantId;
    const { values: cadence, ref } = await policyInForce(store, readingCadencePolicy, asOf);
    const year = Number(localDay(asOf, await tenantTimeZone(store)).slice(0, 4));
    const cal = await loadBusinessCalendar(store, { from: year - 1, to: year + 1 });
    const cycles = new CycleService(store);
    const resume = resumeFrom as Checkpoint | undefined;
    const counts: Record<string, number> = { opened: 0, alreadyOpen: 0, emptyBooks: 0, closed: 0, followUps: 0, estimates: 0, recounted: 0, unchanged: 0, ...resume?.counts };
    const done = () => Object.values(counts).reduce((a, b) => a + b, 0);
    const closingBy = keys.openReadCyclesClosingBy(asOf.toISOString());

    for (const step of STEPS.slice(resume ? STEPS.indexOf(resume.step) : 0)) {
      const parts = step === 'open' ? CADENCES.length : OPEN_CYCLE_SHARDS;
      for (let part = resume?.step === step ? resume.part : 0; part < parts; part++) {
        const startKey = resume?.step === step && resume.part === part ? resume.lastKey : undefined;
        const query =
          step === 'open'
            ? { index: Index.booksByCadence, pk: keys.cadenceReadBooks(t, CADENCES[part]!), limit: pageSize }
            : { index: Index.openReadCycles, pk: keys.openReadCycles(t, part), sk: step === 'close' ? { lte: closingBy } : { gte: closingBy }, limit: pageSize };
        const windows = step === 'open' ? openWindows(cal, cadence[CADENCES[part]!], asOf) : [];
        if (step === 'open' && !windows.length) continue;
        for await (const page of store.queryPages(query, startKey)) {
          for (const item of page.items) {
            if (step === 'open') {
              const book = readBookFromItem(item);
              if (!book.meterIds.length) counts.emptyBooks! += 1;
              else for (const w of windows) counts[(await cycles.open(book, w, cadence, ref, asOf)) ? 'opened' : 'alreadyOpen']! += 1;
            } else if (step === 'close') {
              const closed = await cycles.close(readCycleFromItem(item), cadence, asOf);
              counts.closed! += 1;
              counts.followUps! += closed.followUps;
              counts.estimates! += closed.estimates;
            } else {
              counts[(await cycles.recount(readCycleFromItem(item), asOf)) ? 'recounted' : 'unchanged']! += 1;
            }
          }
          // After a part's last page, the checkpoint is the next part (or step): a resumed attempt never redoes a finished part.
          const at: Checkpoint = page.lastKey ? { step, part, lastKey: page.lastKey, counts } : part + 1 < parts ? { step, part: part + 1, counts } : { step: STEPS[STEPS.indexOf(step) + 1] ?? step, part: STEPS.indexOf(step) + 1 < STEPS.length ? 0 : parts, counts };
          await progress({ done: done(), checkpoint: { ...at }, counts });
        }
      }
    }
    const unofficial = Object.keys(cal.years).filter((y) => !cal.years[y]!.official);
    if (unofficial.length) log.info('read windows computed without official holidays for some years', { years: unofficial });
    return counts;
  },
});

/** Its schedule is in ../manifest.ts. */
export const run = readCyclesJob().run;
