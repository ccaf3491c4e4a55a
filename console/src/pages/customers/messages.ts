import { customersEn } from '../../i18n/customers.en.ts';
import { customersZhCN } from '../../i18n/customers.zh-CN.ts';
import { addSection } from '../../i18n/index.ts';

/** The customer pages' texts come with their chunk, not with the shell (docs/console.md). */
addSection('customers', { 'zh-CN': customersZhCN, en: customersEn });
