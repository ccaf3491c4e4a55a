import { ticketsEn } from '../../i18n/tickets.en.ts';
import { ticketsZhCN } from '../../i18n/tickets.zh-CN.ts';
import { addSection } from '../../i18n/index.ts';

/** The tickets pages' texts come with their chunk, not with the shell. */
addSection('tickets', { 'zh-CN': ticketsZhCN, en: ticketsEn });
