import { randomBytes } from 'node:crypto';
import { newApiKey } from '../../../shared/auth/api-keys.ts';
import { authenticate } from '../../../shared/auth/authorizer.ts';
import { issueToken } from '../../../shared/auth/tokens.ts';
import { resetDocumentClient } from '../../../shared/db/client.ts';
import { loadMasterSecret, resetSecrets } from '../../../shared/secrets.ts';

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
    const { token } = await issueToken('north', { kind: 'user', id: 'admin', name: 'a', roles: ['admin'], scopes: [] });
    await expect(authenticate({ authorization: `Bearer ${token}` }, 'demo')).rejects.toMatchObject({ status: 401 });
    await expect(authenticate({ authorization: `Bearer ${token}` }, 'north')).resolves.toMatchObject({ tenantId: 'north' });
  });
});
