import i18next from 'i18next';
import type { ApiError } from '../../../console/src/api.ts';
import { en } from '../../../console/src/i18n/en.ts';
import { zhCN } from '../../../console/src/i18n/zh-CN.ts';
import { problemMessage } from '../../../console/src/problem-message.ts';

/** Refusals are shown by their code in the user's language; an unknown code shows the server's detail. */
const translator = async (lng: 'zh-CN' | 'en') => {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return instance.t as never;
};
// api.ts reads Vite's import.meta.env at load: an ApiError's shape stands in for it here.
const apiError = (problem: ApiError['problem']) => ({ problem, code: problem.code ?? problem.type.split('/').pop()!, params: problem.params ?? {} }) as ApiError;
const taken = apiError({ type: 'https://gascare.dev/problems/account-number-taken', title: 'Conflict', status: 409, detail: 'Account number A-1 is taken', code: 'account-number-taken', params: { accountNumber: 'A-1' } });

describe('problemMessage', () => {
  it('translates by code with the params, in both languages', async () => {
    expect(problemMessage(await translator('zh-CN'), taken)).toBe('户号 A-1 已被占用。');
    expect(problemMessage(await translator('en'), taken)).toBe('Account number A-1 is taken.');
  });

  it("falls back to the server's detail for a code it does not know", async () => {
    const other = apiError({ type: 'https://gascare.dev/problems/something-new', title: 'Conflict', status: 409, detail: 'Something new happened', code: 'something-new' });
    expect(problemMessage(await translator('zh-CN'), other)).toBe('Something new happened');
  });
});
