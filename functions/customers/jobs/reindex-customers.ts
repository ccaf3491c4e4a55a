import { customerFromItem, customerItem, CUSTOMER_INDEX_ATTRIBUTES, inSamplingFrame, samplingFrameItem, samplingFrameKey, type Customer } from '../../../shared/entities/customer.ts';
import { versionIs } from '../../../shared/db/tenant-store.ts';
import { isDomainError } from '../../../shared/errors.ts';
import { Problem } from '../../../shared/http/problems.ts';
import type { JobImpl } from '../../../shared/jobs/job.ts';
import { keys } from '../../../shared/keys.ts';
import { Index } from '../../../shared/table.ts';
import { tenantRegions } from '../../../shared/tenant-profile.ts';

/**
 * Index repair: every customer's index attributes (search keys, the tenant-wide prefix shards, the
 * phone's last digits) re-derived with `customerItem` and written back where they differ, so a
 * change of the key design reaches the customers stored before it. Run it after an upgrade from
 * the jobs page; weekly it finds nothing to do and writes nothing.
 *
 * A walk of every customer (one paged Query per region over byRegionName, no Scan), writes only for
 * the stale ones, each conditional on the version it read: a customer changed meanwhile was
 * rewritten by that change through the same `customerItem`, so it is skipped. Checkpointed per page.
 * It also puts the survey sampling frame entry of each customer with gas on that has none (one
 * BatchGet per page finds them): the frame of customers stored before surveys existed.
 */
export const PAGE_SIZE = 200;

export interface Checkpoint {
  regionId: string;
  lastKey?: Record<string, unknown>;
  read: number;
  rewritten: number;
  framed?: number;
}

/** Whether the stored item's index attributes are what the current key design derives. */
export function isStale(stored: Record<string, unknown>, derived: Record<string, unknown>): boolean {
  return CUSTOMER_INDEX_ATTRIBUTES.some((a) => stored[a] !== derived[a]);
}

export const reindexJob = (pageSize = PAGE_SIZE): Pick<JobImpl, 'run'> => ({
  async run({ store, resumeFrom, progress, log }) {
    const t = store.tenantId;
    const regions = (await tenantRegions(store)).map((r) => r.regionId).sort();
    const resume = resumeFrom as Checkpoint | undefined;
    let read = resume?.read ?? 0;
    let rewritten = resume?.rewritten ?? 0;
    let framed = resume?.framed ?? 0;
    for (const regionId of regions) {
      if (resume && regionId < resume.regionId) continue;
      const startKey = resume?.regionId === regionId ? resume.lastKey : undefined;
      for await (const page of store.queryPages<Record<string, unknown>>({ index: Index.byRegionName, pk: keys.regionCustomers(t, regionId), limit: pageSize }, startKey)) {
        framed += await putMissingFrames(store, page.items.map(customerFromItem));
        for (const stored of page.items) {
          read += 1;
          const customer: Customer = customerFromItem(stored);
          const derived = customerItem(t, customer);
          if (!isStale(stored, derived)) continue;
          try {
            await store.write({ kind: 'put', item: derived, condition: versionIs(customer.version, 'customer') });
            rewritten += 1;
          } catch (error) {
            if (!(error instanceof Problem) && !isDomainError(error)) throw error;
            log.info('customer changed during reindex; its change wrote the current keys', { customerId: customer.id });
          }
        }
        await progress({ done: read, checkpoint: page.lastKey ? ({ regionId, lastKey: page.lastKey, read, rewritten, framed } satisfies Checkpoint) : undefined, counts: { read, rewritten, framed } });
      }
    }
    return { customers: read, rewritten, framed };
  },
});

/** The frame entries missing for the customers of a page with gas on. A stale one (the customer changed meanwhile) is harmless: the sampler checks every customer it draws. */
async function putMissingFrames(store: Parameters<JobImpl['run']>[0]['store'], customers: Customer[]): Promise<number> {
  const t = store.tenantId;
  const eligible = customers.filter(inSamplingFrame);
  if (!eligible.length) return 0;
  const found = new Set((await store.getMany<{ customerId: string }>(eligible.map((c) => samplingFrameKey(t, c)))).map((f) => f.customerId));
  const missing = eligible.filter((c) => !found.has(c.id));
  if (missing.length) await store.putMany(missing.map((c) => samplingFrameItem(t, c)));
  return missing.length;
}

/** Its schedule is in ../manifest.ts. */
export const run = reindexJob().run;
