import { apiKeysEn } from '../../i18n/api-keys.en.ts';
import { apiKeysZhCN } from '../../i18n/api-keys.zh-CN.ts';
import { addSection } from '../../i18n/index.ts';

/** The API keys page's texts come with its chunk, not with the shell. */
addSection('apiKeys', { 'zh-CN': apiKeysZhCN, en: apiKeysEn });
