import { policiesEn } from '../../i18n/policies.en.ts';
import { policiesZhCN } from '../../i18n/policies.zh-CN.ts';
import { addSection } from '../../i18n/index.ts';

/** The policies page's texts come with its chunk, not with the shell (docs/console.md). */
addSection('policies', { 'zh-CN': policiesZhCN, en: policiesEn });
