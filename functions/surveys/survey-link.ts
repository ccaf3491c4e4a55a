import { createHmac, timingSafeEqual } from 'node:crypto';
import { derivedKey } from '../../shared/secrets.ts';

/**
 * The public survey link's token: `<tenant>.<invitation id>.<expiry, unix seconds>.<signature>`,
 * the signature an HMAC-SHA256 (key: the deployment's `survey-link` key) of the rest, cut to 128
 * bits. It names the tenant (a public route has no other credential) and cannot be altered
 * without the key: a changed letter is refused before any read. Single use is the invitation's
 * status, not the token's.
 */
export interface SurveyLink {
  tenantId: string;
  invitationId: string;
  expiresAt: Date;
}

const sign = (payload: string) => createHmac('sha256', derivedKey('survey-link')).update(payload).digest().subarray(0, 16).toString('base64url');

export function surveyToken({ tenantId, invitationId, expiresAt }: SurveyLink): string {
  const payload = `${tenantId}.${invitationId}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${sign(payload)}`;
}

/** The link a token stands for, or undefined when it is not one this deployment signed. */
export function readSurveyToken(token: string): SurveyLink | undefined {
  const parts = token.split('.');
  if (parts.length !== 4) return undefined;
  const [tenantId, invitationId, exp, signature] = parts as [string, string, string, string];
  if (!/^[a-z0-9][a-z0-9-]{1,31}$/.test(tenantId) || !/^[0-9A-HJKMNP-TV-Z]{26}$/.test(invitationId) || !/^\d{1,12}$/.test(exp)) return undefined;
  const expected = Buffer.from(sign(`${tenantId}.${invitationId}.${exp}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return { tenantId, invitationId, expiresAt: new Date(Number(exp) * 1000) };
}

/** The public page's address (the console serves `/s/<token>`). */
export const surveyUrl = (token: string) => `${process.env.GASCARE_CONSOLE_URL ?? ''}/s/${token}`;
