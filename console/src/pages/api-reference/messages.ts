import { apiReferenceEn } from '../../i18n/api-reference.en.ts';
import { apiReferenceZhCN } from '../../i18n/api-reference.zh-CN.ts';
import { addSection } from '../../i18n/index.ts';

/** The API reference page's texts come with its chunk, not with the shell. */
addSection('apiReference', { 'zh-CN': apiReferenceZhCN, en: apiReferenceEn });
