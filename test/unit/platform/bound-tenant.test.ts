import { randomBytes } from 'node:crypto';
import { newApiKey } from '../../../shared/auth/api-keys.ts';
import { authenticate } from '../../../shared/auth/authorizer.ts';
import { SignJWT } from 'jose';
import { issueToken, verifyToken } from '../../../shared/auth/tokens.ts';
import { resetDocumentClient } from '../../../shared/db/client.ts';
import { derivedKey, loadMasterSecret, resetSecrets } from '../../../shared/secrets.ts';

/**
 * In AWS a tenant's API refuses another tenant's credentials before touching the table (its role
 * could not read them anyway, and a denied read would surface as a 500). The store here points at
 * a closed port: any read would fail with a network error instead of the 401 asserted.
 */
const saved = { ...process.env };
beforeAll(async () => {
  process.env.DYNAMODB_ENDPOINT = 'http://127.0.0.1:9';
  process.env.GASCARE_SECRET = randomBytes(32).toString('hex');
  resetSecrets();
  resetDocumentClient();
  await loadMasterSecret();
});
afterAll(() => {
  process.env = saved;
  resetDocumentClient();
});

describe('an API bound to one tenant', () => {
  it('refuses another tenant API key with 401 without reading the store', async () => {
    const { key } = newApiKey('north');
    await expect(authenticate({ 'x-api-key': key }, 'demo')).rejects.toMatchObject({ status: 401 });
  });

  it('refuses another tenant token with 401', async () => {
    const { token } = await issueToken('north', { kind: 'user', id: 'admin', name: 'a', roles: ['admin'], scopes: [] }, { sessionVersion: 1 });
    await expect(authenticate({ authorization: `Bearer ${token}` }, 'demo')).rejects.toMatchObject({ status: 401 });
    // On its own tenant's API the token gets past the tenant check to the session read (a closed port here).
    await expect(authenticate({ authorization: `Bearer ${token}` }, 'north')).rejects.not.toMatchObject({ status: 401 });
  });
});

describe('console tokens', () => {
  const claims = { tid: 'north', name: 'a', roles: ['admin'], sv: 1 };
  const sign = (payload: Record<string, unknown>, exp?: number) => {
    const jwt = new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuer('gascare').setAudience('north').setSubject('admin').setIssuedAt();
    return (exp === undefined ? jwt : jwt.setExpirationTime(exp)).sign(derivedKey('token'));
  };

  it('accepts a token of the real key with exp and sv', async () => {
    expect(await verifyToken(await sign(claims, Math.floor(Date.now() / 1000) + 60))).toMatchObject({ tenantId: 'north', sessionVersion: 1 });
  });

  it('refuses a token of the real key without exp, or without a session version', async () => {
    expect(await verifyToken(await sign(claims))).toBeUndefined();
    const { sv: _sv, ...noVersion } = claims;
    expect(await verifyToken(await sign(noVersion, Math.floor(Date.now() / 1000) + 60))).toBeUndefined();
  });
});
