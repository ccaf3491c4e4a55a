import { isDue, parseExpression } from '../../../local/cron.ts';
import { JOBS } from '../../../functions/manifest.ts';

describe('EventBridge schedule expressions, evaluated locally', () => {
  it.each([
    // expression, instant (UTC), time zone, due?
    ['cron(30 1 * * ? *)', '2026-11-22T17:30:00Z', 'Asia/Shanghai', true], // 01:30 in Shanghai
    ['cron(30 1 * * ? *)', '2026-11-23T01:30:00Z', 'Asia/Shanghai', false], // 09:30 in Shanghai
    ['cron(0 9 22,23 * ? *)', '2026-11-22T01:00:00Z', 'Asia/Shanghai', true], // commercial reads on the 22nd
    ['cron(0 9 22,23 * ? *)', '2026-11-24T01:00:00Z', 'Asia/Shanghai', false],
    ['cron(0 8 ? * MON-FRI *)', '2026-11-23T00:00:00Z', 'Asia/Shanghai', true], // Monday 08:00
    ['cron(0 8 ? * MON-FRI *)', '2026-11-22T00:00:00Z', 'Asia/Shanghai', false], // Sunday
    ['cron(0 0 1 1,4,7,10 ? *)', '2026-09-30T16:00:00Z', 'Asia/Shanghai', true], // quarter start
    ['cron(*/15 * * * ? *)', '2026-11-23T03:45:00Z', 'UTC', true],
    ['cron(*/15 * * * ? *)', '2026-11-23T03:46:00Z', 'UTC', false],
    ['rate(5 minutes)', '2026-11-23T03:45:00Z', 'UTC', true],
    ['rate(5 minutes)', '2026-11-23T03:46:00Z', 'UTC', false],
  ])('%s at %s (%s) → %s', (expression, at, zone, due) => {
    expect(isDue(parseExpression(expression), new Date(at), zone)).toBe(due);
  });

  it('refuses syntax it cannot honour instead of never firing', () => {
    expect(() => parseExpression('cron(0 0 L * ? *)')).toThrow(/unsupported/);
    expect(() => parseExpression('cron(0 0 ? * 6#3 *)')).toThrow(/unsupported/);
    expect(() => parseExpression('cron(61 0 * * ? *)')).toThrow(/out of range/);
    expect(() => parseExpression('every day')).toThrow(/not a schedule/);
  });

  it('parses every schedule of the manifest', () => {
    for (const s of JOBS) expect(() => parseExpression(s.schedule)).not.toThrow();
  });
});
