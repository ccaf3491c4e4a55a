import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn.js';
import type { Locale as AntdLocale } from 'antd/es/locale/index.js';
import antdEnUS from 'antd/es/locale/en_US.js';
import antdZhCN from 'antd/es/locale/zh_CN.js';
import { en } from './en.ts';
import { zhCN, type Catalog } from './zh-CN.ts';

/**
 * The console's languages: Simplified Chinese by default, English switchable. The choice is the
 * user's (kept in localStorage); it switches i18next, antd's component texts, dayjs and the
 * `lang` of the document together.
 */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';

const STORAGE_KEY = 'gascare.language';

export const resources = { 'zh-CN': { translation: zhCN }, en: { translation: en } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
  }
}

// antd's es/ files are ESM to the bundler (default = the locale) but CommonJS to TypeScript's
// NodeNext (default = the module); take the locale object either way.
const antdLocale = (m: unknown): AntdLocale => ('locale' in (m as object) ? m : (m as { default: unknown }).default) as AntdLocale;
export const antdLocales: Record<Language, AntdLocale> = { 'zh-CN': antdLocale(antdZhCN), en: antdLocale(antdEnUS) };
const dayjsLocales: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en' };
/** ECharts' built-in locales (tooltips, aria descriptions). */
export const echartsLocales: Record<Language, 'ZH' | 'EN'> = { 'zh-CN': 'ZH', en: 'EN' };

export const isLanguage = (value: unknown): value is Language => LANGUAGES.includes(value as Language);

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

function apply(language: Language) {
  document.documentElement.lang = language;
  dayjs.locale(dayjsLocales[language]);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  apply(language);
  await i18n.changeLanguage(language);
}

/**
 * A section of texts that ships with its pages' chunk (a lazy page imports it), added to both
 * languages before the page first renders. Sections are typed into `Catalog` (zh-CN.ts).
 */
export function addSection(name: Exclude<keyof Catalog, keyof typeof zhCN>, texts: Record<Language, object>): void {
  for (const language of LANGUAGES) i18n.addResourceBundle(language, 'translation', { [name]: texts[language] }, true, true);
}

const initial = storedLanguage();
apply(initial);
void i18n.use(initReactI18next).init({
  resources,
  lng: initial,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  initAsync: false,
});

export { i18n };
