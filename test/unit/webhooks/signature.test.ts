import { createHmac } from 'node:crypto';
import { signatureHeader, verifySignature } from '../../../shared/webhook-signature.ts';
import { signedHeader } from '../../../functions/webhooks/delivery.ts';

const secret = 'whsec_test';
const body = '{"id":"01J","type":"customer.created"}';
const at = new Date('2026-12-03T06:00:00Z');
const t = Math.floor(at.getTime() / 1000);

describe('Gascare-Signature', () => {
  it('is t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">, as CONTRACT.md says', () => {
    const hmac = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signatureHeader(secret, body, at)).toBe(`t=${t},v1=${hmac}`);
  });

  it.each([
    ['the same body, in time', body, 0, { ok: true, t }],
    ['four minutes later (within the 5 minute tolerance)', body, 240, { ok: true, t }],
    ['six minutes later: stale (a replay)', body, 360, { ok: false, reason: 'stale' }],
    ['a body changed by one character', body.replace('created', 'updated'), 0, { ok: false, reason: 'mismatch' }],
  ])('verifies %s', (_what, received, lateSeconds, expected) => {
    expect(verifySignature(signatureHeader(secret, body, at), secret, received, new Date(at.getTime() + lateSeconds * 1000))).toEqual(expected);
  });

  it.each([[undefined], [''], ['v1=abc'], [`t=${t}`], [`t=x,v1=${'0'.repeat(64)}`], [`t=${t},v1=zz`]])('refuses a malformed header %p', (header) => {
    expect(verifySignature(header, secret, body, at)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses another secret', () => {
    expect(verifySignature(signatureHeader('whsec_other', body, at), secret, body, at)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('during a rotation carries one v1 per secret, and either secret verifies', () => {
    const header = signedHeader(['whsec_new', 'whsec_old'], body, at);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect(verifySignature(header, 'whsec_new', body, at).ok).toBe(true);
    expect(verifySignature(header, 'whsec_old', body, at).ok).toBe(true);
    expect(verifySignature(header, 'whsec_neither', body, at).ok).toBe(false);
  });
});
