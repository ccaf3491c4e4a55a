import { webhooksEn } from '../../i18n/webhooks.en.ts';
import { webhooksZhCN } from '../../i18n/webhooks.zh-CN.ts';
import { addSection } from '../../i18n/index.ts';

/** The webhooks page's texts come with its chunk, not with the shell. */
addSection('webhooks', { 'zh-CN': webhooksZhCN, en: webhooksEn });
