import { MAX_ATTEMPTS, retryDelaySeconds, scheduleOffsets } from '../../../functions/webhooks/backoff.ts';

describe('webhook retry schedule', () => {
  it.each([
    // attempts made, random, wait in seconds
    [1, 0, 60],
    [1, 0.999999, 48.00001],
    [2, 0, 180],
    [3, 0, 540],
    [4, 0, 1620],
    [5, 0, 4860],
    [6, 0, 14_580],
    [7, 0, 43_740],
    [7, 0.5, 39_366],
    [8, 0, null],
  ])('after %i failed attempt(s), random %f: waits %p s', (made, random, wait) => {
    const got = retryDelaySeconds(made, random);
    if (wait === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(wait, 3);
  });

  it('retries first within a minute, never later than the schedule, and ends about a day after the first attempt', () => {
    for (let r = 0; r < 1; r += 0.05) expect(retryDelaySeconds(1, r)).toBeLessThanOrEqual(60);
    const offsets = scheduleOffsets();
    expect(offsets).toHaveLength(MAX_ATTEMPTS - 1);
    expect(offsets.at(-1)! / 3600).toBeGreaterThan(16);
    expect(offsets.at(-1)! / 3600).toBeLessThan(24);
  });

  it('scales down for local tests', () => {
    expect(retryDelaySeconds(1, 0, 0.001)).toBeCloseTo(0.06, 6);
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => retryDelaySeconds(0, 0)).toThrow(/attemptsMade/);
  });
});
