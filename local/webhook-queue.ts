import type { DeliveryMessage, DeliveryQueue } from '../functions/webhooks/delivery.ts';
import { logger } from '../shared/logger.ts';

/**
 * The local stand-in for the delivery queue (SQS in AWS): a message waits its delay on a timer,
 * then joins its webhook's lane; each lane has at most PER_WEBHOOK attempts in flight, so a slow
 * or failing receiver holds up only its own deliveries, never another endpoint's. An attempt that
 * throws (the store not answering) is tried again like an SQS message whose visibility lapsed,
 * a few times, then dropped with an error log (the DLQ's place): the delivery stays pending.
 * Timers do not survive a restart of the runtime: at start it queues every pending delivery again
 * at its next attempt (webhook-requeue.ts).
 */
const PER_WEBHOOK = 2;
const REDRIVE_SECONDS = 5;
const MAX_RECEIVES = 5;

export class LocalDeliveryQueue implements DeliveryQueue {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly lanes = new Map<string, { ready: { message: DeliveryMessage; receives: number }[]; running: number }>();
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;

  constructor(private readonly attempt: (message: DeliveryMessage) => Promise<unknown>) {}

  send(message: DeliveryMessage, delaySeconds: number, receives = 0): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.ready(message, receives);
    }, Math.max(0, delaySeconds * 1000));
    this.timers.add(timer);
    return Promise.resolve();
  }

  private ready(message: DeliveryMessage, receives: number): void {
    const key = `${message.tenantId}/${message.webhookId}`;
    const lane = this.lanes.get(key) ?? { ready: [], running: 0 };
    this.lanes.set(key, lane);
    lane.ready.push({ message, receives });
    this.drain(key);
  }

  private drain(key: string): void {
    const lane = this.lanes.get(key);
    if (!lane || this.stopped) return;
    while (lane.running < PER_WEBHOOK && lane.ready.length) {
      const { message, receives } = lane.ready.shift()!;
      lane.running += 1;
      const run = this.attempt(message)
        .then(() => undefined)
        .catch((error: unknown) => {
          if (receives + 1 >= MAX_RECEIVES) logger.error('webhook delivery message dropped after its receives', { ...message, error: error as Error });
          else void this.send(message, REDRIVE_SECONDS, receives + 1);
        })
        .finally(() => {
          lane.running -= 1;
          this.inFlight.delete(run);
          if (!lane.running && !lane.ready.length) this.lanes.delete(key);
          else this.drain(key);
        });
      this.inFlight.add(run);
    }
  }

  /** Stops taking messages and waits for the attempts under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }
}
