import { adjustmentsEn } from '../../i18n/adjustments.en.ts';
import { adjustmentsZhCN } from '../../i18n/adjustments.zh-CN.ts';
import { addSection } from '../../i18n/index.ts';

/** The adjustment approvals' texts come with its chunk, not with the shell. */
addSection('adjustments', { 'zh-CN': adjustmentsZhCN, en: adjustmentsEn });
