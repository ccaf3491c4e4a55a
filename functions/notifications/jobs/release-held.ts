import type { JobImpl } from '../../../shared/jobs/job.ts';
import { keys, NOTIFICATION_SHARDS } from '../../../shared/keys.ts';
import { notificationFromItem, requestedEvent, type Notification } from '../../../shared/notifications/notification.ts';
import { asProblem, conflict } from '../../../shared/http/problems.ts';
import { Index } from '../../../shared/table.ts';

/**
 * `notifications-release` (every 15 minutes): the notifications quiet hours held whose `sendAfter`
 * has passed at `asOf` go out. Work proportional to what is due: each shard of the sparse
 * `heldNotifications` index (gsi4, sort key `<sendAfter>#<id>`) is queried up to `asOf`, and a
 * released notification leaves the index. Each release is one transaction — the state `held` →
 * `queued` (`open` for a phone task) under the condition that it is still held, the index
 * attributes removed, and the `notification.requested` outbox event — so a second run, or a run
 * resumed after a crash, releases nothing twice. The checkpoint is the shard reached.
 */
export const PAGE_SIZE = 200;

export const releaseHeldJob = (pageSize = PAGE_SIZE): Pick<JobImpl, 'run'> => ({
  async run({ store, asOf, resumeFrom, progress }) {
    const t = store.tenantId;
    const dueBy = keys.heldNotificationsDueBy(asOf.toISOString());
    const resume = resumeFrom as { shard: number; released: number; skipped: number } | undefined;
    let released = resume?.released ?? 0;
    let skipped = resume?.skipped ?? 0;
    for (let shard = resume?.shard ?? 0; shard < NOTIFICATION_SHARDS; shard++) {
      for await (const page of store.queryPages({ index: Index.heldNotifications, pk: keys.heldNotifications(t, shard), sk: { lte: dueBy }, limit: pageSize })) {
        for (const item of page.items) {
          const held = notificationFromItem(item);
          const next: Notification = { ...held, state: held.channel === 'phone-task' ? 'open' : 'queued', updatedAt: new Date().toISOString() };
          try {
            await store.commit({
              writes: [
                {
                  kind: 'update',
                  key: keys.notification(t, held.id),
                  set: { state: next.state, updatedAt: next.updatedAt },
                  remove: ['gsi4pk', 'gsi4sk'],
                  condition: { expression: '#state = :held', names: { '#state': 'state' }, values: { ':held': 'held' }, onFail: conflict('released already', 'released-already') },
                },
              ],
              events: [requestedEvent(next)],
            });
            released += 1;
          } catch (error) {
            if (asProblem(error)?.code !== 'released-already') throw error;
            skipped += 1;
          }
        }
        await progress({ done: released + skipped, checkpoint: { shard, released, skipped }, counts: { released, skipped } });
      }
    }
    return { released, skipped };
  },
});

/** Its schedule is in ../manifest.ts. */
export const run = releaseHeldJob().run;
