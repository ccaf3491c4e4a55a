import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature of a webhook delivery (CONTRACT.md): `Gascare-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "<t>.<raw body>">` under the webhook's secret. Each attempt signs anew with its
 * own time, so a receiver can refuse stale timestamps (replays) without refusing retries. The
 * verification here is the one docs/integrators.md shows receivers.
 */
export const SIGNATURE_HEADER = 'gascare-signature';
/** A receiver refuses a signature older (or further in the future) than this. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export const signatureOf = (secret: string, t: number, body: string) => createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');

export const signatureHeader = (secret: string, body: string, now = new Date()) => {
  const t = Math.floor(now.getTime() / 1000);
  return `t=${t},v1=${signatureOf(secret, t, body)}`;
};

export type Verification = { ok: true; t: number } | { ok: false; reason: 'malformed' | 'stale' | 'mismatch' };

/** Checks a delivery as a receiver should: the header's form, the timestamp's age, then the HMAC (constant time). */
export function verifySignature(header: string | null | undefined, secret: string, rawBody: string, now = new Date(), toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS): Verification {
  const parts = new Map((header ?? '').split(',').map((p) => p.trim().split('=', 2) as [string, string | undefined]));
  const t = Number(parts.get('t'));
  const given = [...(header ?? '').split(',')].map((p) => p.trim()).filter((p) => p.startsWith('v1=')).map((p) => p.slice(3));
  if (!Number.isInteger(t) || !given.length || given.some((g) => !/^[0-9a-f]{64}$/.test(g))) return { ok: false, reason: 'malformed' };
  if (Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(signatureOf(secret, t, rawBody), 'hex');
  return given.some((g) => timingSafeEqual(Buffer.from(g, 'hex'), expected)) ? { ok: true, t } : { ok: false, reason: 'mismatch' };
}
