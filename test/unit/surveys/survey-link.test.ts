import { randomBytes } from 'node:crypto';
import { readSurveyToken, surveyToken } from '../../../functions/surveys/survey-link.ts';
import { loadMasterSecret, resetSecrets } from '../../../shared/secrets.ts';

const link = { tenantId: 'demo', invitationId: '01KBZ7Q3X5V6W7Y8Z9A0B1C2D3', expiresAt: new Date('2026-12-16T01:30:00.000Z') };

beforeEach(async () => {
  process.env.GASCARE_SECRET = randomBytes(32).toString('hex');
  resetSecrets();
  await loadMasterSecret();
});

describe('the survey link token', () => {
  it('reads back what it was signed with', () => {
    expect(readSurveyToken(surveyToken(link))).toEqual(link);
  });

  it('refuses any change to a signed token', () => {
    const token = surveyToken(link);
    const [tenant, id, exp, sig] = token.split('.') as [string, string, string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    for (const bad of [
      `north.${id}.${exp}.${sig}`,
      `${tenant}.${flip(id, 25)}.${exp}.${sig}`,
      `${tenant}.${id}.${Number(exp) + 86400}.${sig}`,
      `${tenant}.${id}.${exp}.${flip(sig, 3)}`,
      `${tenant}.${id}.${exp}`,
      `${token}.x`,
      '',
      'not a token at all',
    ]) {
      expect(readSurveyToken(bad)).toBeUndefined();
    }
  });

  it('a token of another deployment (another master secret) is not read', async () => {
    const token = surveyToken(link);
    process.env.GASCARE_SECRET = randomBytes(32).toString('hex');
    resetSecrets();
    await loadMasterSecret();
    expect(readSurveyToken(token)).toBeUndefined();
  });
});
