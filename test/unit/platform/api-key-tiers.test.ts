import { API_KEY_TIER_LIMITS, quotaDay, secondsUntilNextLocalMidnight } from '../../../shared/auth/api-key-tiers.ts';
import { presentedSecretValid, type ApiKeyRecord } from '../../../shared/auth/authorizer.ts';
import { hashSecret } from '../../../shared/auth/api-keys.ts';
import { addDays, dayRange } from '../../../functions/api-keys/api-key-usage.ts';

describe('Retry-After until the next midnight in the tenant zone', () => {
  it.each([
    // [now (UTC), zone, seconds, the tenant-local day counted]
    ['2026-12-03T15:59:59Z', 'Asia/Shanghai', 1, '2026-12-03'], // 23:59:59 in Shanghai
    ['2026-12-03T16:00:00Z', 'Asia/Shanghai', 86_400, '2026-12-04'], // midnight exactly: a whole new day
    ['2026-12-03T04:00:00Z', 'Asia/Shanghai', 12 * 3600, '2026-12-03'], // noon
    ['2026-12-03T20:30:00Z', 'Asia/Shanghai', 19.5 * 3600, '2026-12-04'], // 04:30 the next day there
    ['2026-12-03T23:00:00Z', 'UTC', 3600, '2026-12-03'],
    ['2026-12-03T12:00:00.400Z', 'UTC', 43_200, '2026-12-03'], // a fraction of a second rounds up
    ['2026-03-08T06:00:00Z', 'America/New_York', 22 * 3600, '2026-03-08'], // 01:00 EST on the 23-hour day
    ['2026-11-01T04:00:00Z', 'America/New_York', 25 * 3600, '2026-11-01'], // 00:00 EDT, the start of the 25-hour day
  ])('%s in %s → %i s', (now, zone, seconds, day) => {
    const at = new Date(now);
    expect(secondsUntilNextLocalMidnight(at, zone)).toBe(seconds);
    expect(quotaDay(at, zone)).toBe(day);
  });

  it('is never 0', () => {
    expect(secondsUntilNextLocalMidnight(new Date('2026-12-03T15:59:59.999Z'), 'Asia/Shanghai')).toBe(1);
  });
});

describe('tier limits', () => {
  it('grow with the tier', () => {
    const { basic, standard, premium } = API_KEY_TIER_LIMITS;
    for (const field of ['ratePerSecond', 'burst', 'dailyQuota'] as const) {
      expect(basic[field]).toBeLessThan(standard[field]);
      expect(standard[field]).toBeLessThan(premium[field]);
    }
  });
});

describe('a rotated key', () => {
  const record: ApiKeyRecord = {
    keyId: 'k',
    name: 'n',
    scopes: [],
    secretHash: hashSecret('new'),
    previousSecretHash: hashSecret('old'),
    previousExpiresAt: '2026-12-03T12:00:00.000Z',
    createdAt: '2026-12-01T00:00:00.000Z',
    createdBy: 'admin',
  };
  it('accepts the old secret strictly before previousExpiresAt, never at or after', () => {
    expect(presentedSecretValid(record, 'new', Date.parse('2026-12-04T00:00:00Z'))).toBe(true);
    expect(presentedSecretValid(record, 'old', Date.parse('2026-12-03T11:59:59.999Z'))).toBe(true);
    expect(presentedSecretValid(record, 'old', Date.parse('2026-12-03T12:00:00Z'))).toBe(false);
    expect(presentedSecretValid(record, 'other', Date.parse('2026-12-03T11:00:00Z'))).toBe(false);
  });
});

describe('usage days', () => {
  it('walk calendar days across months and years', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(dayRange('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(dayRange('2026-12-03', '2026-12-03')).toEqual(['2026-12-03']);
  });
});
