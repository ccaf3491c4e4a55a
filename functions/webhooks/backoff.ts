/**
 * When a failed webhook delivery is tried again (pure). Eight attempts in all: the first at once,
 * then waits of a minute, tripling: ≤ 1 min, 3 min, 9 min, 27 min, 1.35 h, 4.05 h and 12.15 h, so
 * the last attempt comes about 18 h after the first ("about a day"; doubling from a minute would
 * give up after 2 h 7 min, before a receiver down overnight is back). Each wait is jittered down by
 * up to 20 % so the retries of one outage do not arrive all at once; never later than the schedule.
 * After the eighth failure the delivery is dead: kept with its attempts, redeliverable by hand.
 */
export const MAX_ATTEMPTS = 8;
export const FIRST_RETRY_SECONDS = 60;
export const BACKOFF_FACTOR = 3;
export const JITTER = 0.2;

/**
 * The wait in seconds after `attemptsMade` attempts failed, or null when that was the last one.
 * `random` in [0, 1); `scale` shrinks the schedule (the local runtime's tests: 0.001 → a minute is 60 ms).
 */
export function retryDelaySeconds(attemptsMade: number, random: number, scale = 1): number | null {
  if (!Number.isInteger(attemptsMade) || attemptsMade < 1) throw new Error(`attemptsMade must be a positive integer, got ${attemptsMade}`);
  if (attemptsMade >= MAX_ATTEMPTS) return null;
  const wait = FIRST_RETRY_SECONDS * BACKOFF_FACTOR ** (attemptsMade - 1);
  return wait * (1 - JITTER * random) * scale;
}

/** The whole schedule without jitter: offsets in seconds of attempts 2…8 after the first. */
export function scheduleOffsets(scale = 1): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (let n = 1; n < MAX_ATTEMPTS; n++) offsets.push((at += retryDelaySeconds(n, 0, scale)!));
  return offsets;
}
