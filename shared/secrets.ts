import { hkdfSync } from 'node:crypto';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/**
 * One master secret per deployment; every purpose (token signing, cursor signing, field
 * encryption) gets its own key derived with HKDF, so a leak of one derived key exposes nothing else.
 *
 * Wiring at the edge: in AWS the master comes from Secrets Manager (`GASCARE_SECRET_ARN`); on one
 * machine from `GASCARE_SECRET` (the local runtime generates and keeps one under the data folder).
 */
export type KeyPurpose = 'token' | 'cursor' | 'field-encryption' | 'survey-link';

let master: Buffer | undefined;

export async function loadMasterSecret(): Promise<void> {
  if (master) return;
  const arn = process.env.GASCARE_SECRET_ARN;
  if (arn) {
    const out = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: arn }));
    master = Buffer.from(out.SecretString ?? '', 'utf8');
  } else if (process.env.GASCARE_SECRET) {
    master = Buffer.from(process.env.GASCARE_SECRET, 'utf8');
  }
  if (!master || master.length < 32) throw new Error('GASCARE_SECRET (or GASCARE_SECRET_ARN) must hold at least 32 bytes');
}

const derived = new Map<KeyPurpose, Buffer>();

/** A 32-byte key for one purpose. `loadMasterSecret()` must have run (the HTTP stack does it). */
export function derivedKey(purpose: KeyPurpose): Buffer {
  let key = derived.get(purpose);
  if (!key) {
    if (!master) throw new Error('master secret not loaded');
    key = Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `gascare:${purpose}`, 32));
    derived.set(purpose, key);
  }
  return key;
}

/** Tests switch secrets between cases. */
export function resetSecrets(): void {
  master = undefined;
  derived.clear();
}
