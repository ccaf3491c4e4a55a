import type { TFunction } from 'i18next';
import type { ApiError } from './api.ts';
import { zhCN } from './i18n/zh-CN.ts';

/** The codes the catalogs translate (`errors.codes.<code>`, the same keys in both languages). */
type TranslatedCode = keyof typeof zhCN.errors.codes;
const isTranslated = (code: string): code is TranslatedCode => Object.hasOwn(zhCN.errors.codes, code);

/**
 * A server refusal in the user's language: translated by its stable `code` with its `params`
 * interpolated; a code the console does not know falls back to the server's detail (English).
 */
export function problemMessage(t: TFunction<'translation'>, error: ApiError): string {
  const { code } = error;
  if (isTranslated(code)) return t(`errors.codes.${code}`, { ...error.params, defaultValue: error.problem.detail ?? error.problem.title } as Record<string, string> & { defaultValue: string });
  return error.problem.detail ?? error.problem.title;
}
