import { newApiKey, parseApiKey, secretMatches } from '../../../shared/auth/api-keys.ts';
import { hashPassword, verifyPassword } from '../../../shared/auth/passwords.ts';
import { TokenBuckets } from '../../../local/rate-limit.ts';

describe('passwords', () => {
  it('verifies the right password only, and salts each hash', async () => {
    const a = await hashPassword('燃气-2026');
    const b = await hashPassword('燃气-2026');
    expect(a).not.toBe(b);
    expect(await verifyPassword('燃气-2026', a)).toBe(true);
    expect(await verifyPassword('燃气-2025', a)).toBe(false);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});

describe('API keys', () => {
  it('carry tenant and id, and only the hash of the secret is kept', () => {
    const { key, keyId, secretHash } = newApiKey('north');
    const parsed = parseApiKey(key)!;
    expect(parsed).toMatchObject({ tenantId: 'north', keyId });
    expect(secretHash).not.toContain(parsed.secret);
    expect(secretMatches(parsed.secret, secretHash)).toBe(true);
    expect(secretMatches(`${parsed.secret.slice(0, -1)}x`, secretHash)).toBe(false);
  });

  it.each(['', 'gck_demo', 'gck_DEMO_01HZZZZZZZZZZZZZZZZZZZZZZZ_x', 'Bearer abc'])('refuses the malformed key %p', (key) => {
    expect(parseApiKey(key)).toBeUndefined();
  });
});

describe('local throttling', () => {
  it('lets a burst through, then asks to wait, then refills at the rate', () => {
    const buckets = new TokenBuckets(10, 3);
    const t0 = 1_000_000;
    expect([0, 1, 2].map(() => buckets.take('k', t0))).toEqual([0, 0, 0]);
    expect(buckets.take('k', t0)).toBeGreaterThan(0);
    expect(buckets.take('other', t0)).toBe(0);
    expect(buckets.take('k', t0 + 100)).toBe(0);
  });
});
