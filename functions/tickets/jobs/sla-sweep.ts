import { ticketsSlaPolicy } from '../../../shared/contract/tickets-sla-policy.ts';
import { ticketFromItem } from '../../../shared/entities/ticket.ts';
import { asProblem, conflict } from '../../../shared/http/problems.ts';
import type { JobImpl } from '../../../shared/jobs/job.ts';
import { keys } from '../../../shared/keys.ts';
import { policyInForce } from '../../../shared/policies/policy-store.ts';
import { Index } from '../../../shared/table.ts';
import { tenantTimeZone } from '../../../shared/tenant-profile.ts';
import { sweepTicket } from '../sla-sweep-writer.ts';

/**
 * `sla-sweep` (every 5 minutes): as of its time, the ticket work that is due — warnings before a
 * breach, breaches, escalations department → company → regulator, with their notices (sla.ts).
 *
 * Work proportional to what is due: the sweep index (gsi5, `ticketsDue`) holds a ticket only while
 * the sweep has work ahead on it, partitioned by the UTC hour of that work and sorted by its
 * instant. A run queries the hours from the one before the instant it last swept through (the
 * state item `SLASWEEP`; an hour of slack for index propagation and tickets recorded just then)
 * up to `asOf`, each up to `asOf`: it reads the tickets due, never the other open ones. Each
 * ticket is written under the version read, so a second run as of the same time, or a resumed
 * one, does nothing twice. The checkpoint is the hour and the last key of the page done.
 */
export const PAGE_SIZE = 100;
/** A first run (no state yet) looks back this far. */
export const FIRST_RUN_LOOKBACK_HOURS = 7 * 24;
const HOUR = 3_600_000;
/** Hour buckets whose first page is read at once. */
const PREFETCH_HOURS = 12;

interface Checkpoint {
  /** The first and the current hour bucket (`YYYY-MM-DDTHH`). */
  from: string;
  hour: string;
  lastKey?: Record<string, unknown>;
  counts: Record<string, number>;
}

const hourOf = (ms: number) => new Date(ms).toISOString().slice(0, 13);
const startOf = (hour: string) => Date.parse(`${hour}:00:00.000Z`);

const nextPage = async <T>(pages: AsyncGenerator<T>) => {
  const next = await pages.next();
  return next.done ? undefined : next.value;
};

export const slaSweepJob = (pageSize = PAGE_SIZE): Pick<JobImpl, 'run'> => ({
  async run({ store, asOf, resumeFrom, progress }) {
    const t = store.tenantId;
    const resume = resumeFrom as Checkpoint | undefined;
    const [{ values: policy }, timeZone, state] = await Promise.all([policyInForce(store, ticketsSlaPolicy, asOf), tenantTimeZone(store), store.get<{ through?: string }>(keys.slaSweepState(t), true)]);
    const through = state?.through ? Date.parse(state.through) : asOf.getTime() - FIRST_RUN_LOOKBACK_HOURS * HOUR;
    const from = resume?.from ?? hourOf(Math.min(through, asOf.getTime()) - HOUR);
    const counts: Record<string, number> = { hours: 0, due: 0, swept: 0, stale: 0, nothing: 0, warned: 0, breached: 0, escalated: 0, notices: 0, ...resume?.counts };
    const dueBy = keys.ticketsDueBy(asOf.toISOString());

    const hours: string[] = [];
    for (let hour = resume?.hour ?? from; startOf(hour) <= asOf.getTime(); hour = hourOf(startOf(hour) + HOUR)) hours.push(hour);
    // The hours' first pages side by side (most hours are empty: a week of them on a first run),
    // then each hour in order, so the checkpoint stays "this hour, this key". A ticket prefetched
    // and swept meanwhile is written under the version read: it comes back `stale`, never twice.
    for (let i = 0; i < hours.length; i += PREFETCH_HOURS) {
      const window = hours.slice(i, i + PREFETCH_HOURS);
      const pages = window.map((hour) => store.queryPages({ index: Index.ticketsDue, pk: keys.ticketsDue(t, hour), sk: { lte: dueBy }, limit: pageSize }, resume?.hour === hour ? resume.lastKey : undefined));
      const firsts = await Promise.all(pages.map((p) => p.next()));
      for (const [j, hour] of window.entries()) {
        const first = firsts[j]!;
        const rest = pages[j]!;
        for (let page = first.done ? undefined : first.value; page; page = await nextPage(rest)) {
          for (const item of page.items) {
            counts.due! += 1;
            const result = await sweepTicket(store, ticketFromItem(item), asOf, policy, timeZone);
            counts[result.outcome]! += 1;
            for (const h of result.happened) counts[h.kind]! += 1;
            counts.notices! += result.notices;
          }
          // An empty hour needs no checkpoint of its own (it is re-read in one Query), only the lease kept.
          if (page.items.length || (i + j) % PREFETCH_HOURS === PREFETCH_HOURS - 1) {
            await progress({ done: counts.due!, checkpoint: { from, hour, lastKey: page.lastKey, counts: { ...counts } } satisfies Checkpoint, counts: { ...counts } });
          }
        }
        counts.hours! += 1;
      }
    }

    // Swept through asOf — never beyond the clock (a run "as of" next week must not make the
    // next scheduled run skip the hours in between).
    const reached = new Date(Math.min(asOf.getTime(), Date.now())).toISOString();
    if (!state?.through || state.through < reached) {
      try {
        await store.commit({
          writes: [
            {
              kind: 'update',
              key: keys.slaSweepState(t),
              set: { entity: 'sla-sweep-state', through: reached },
              condition: { expression: 'attribute_not_exists(through) OR through < :through', values: { ':through': reached }, onFail: conflict('swept further already', 'swept-further') },
            },
          ],
        });
      } catch (error) {
        // A concurrent run got further: its state stands.
        if (asProblem(error)?.code !== 'swept-further') throw error;
      }
    }
    return counts;
  },
});

/** Its schedule is in ../manifest.ts. */
export const run = slaSweepJob().run;
