import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { derivedKey } from './secrets.ts';

/**
 * Confidential customer data (docs/domain.md: customer information is confidential). Phones and ID
 * numbers leave the API masked; the full values only through the audited reveal. ID numbers are
 * stored encrypted (AES-256-GCM under the derived key `field-encryption`), bound to their record
 * by the additional authenticated data, so a ciphertext copied onto another record does not decrypt.
 */

/** "13812345678" → "138****5678"; short numbers keep only their last two digits. */
export function maskPhone(phone: string | undefined | null): string | null {
  if (!phone) return null;
  if (phone.length >= 8) return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
  return `${'*'.repeat(Math.max(phone.length - 2, 0))}${phone.slice(-2)}`;
}

/** "110101199003071234" → "110***********1234". */
export function maskIdNumber(idNumber: string | undefined | null): string | null {
  if (!idNumber) return null;
  if (idNumber.length <= 7) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 3)}${'*'.repeat(idNumber.length - 7)}${idNumber.slice(-4)}`;
}

const VERSION = 'v1';

export function encryptField(plaintext: string, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derivedKey('field-encryption'), iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function decryptField(sealed: string, aad: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('not a sealed field');
  const decipher = createDecipheriv('aes-256-gcm', derivedKey('field-encryption'), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

export { idNumberCheckChar, isValidIdNumber } from './contract/id-number.ts';

/** "zhang.san@example.com" → "z***@example.com"; a string without "@" keeps only its first character. */
export function maskEmail(email: string | undefined | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at <= 0) return `${email.slice(0, 1)}***`;
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}
