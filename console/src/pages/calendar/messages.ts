import { calendarEn } from '../../i18n/calendar.en.ts';
import { calendarZhCN } from '../../i18n/calendar.zh-CN.ts';
import { addSection } from '../../i18n/index.ts';

/** The calendar page's texts come with its chunk, not with the shell. */
addSection('calendar', { 'zh-CN': calendarZhCN, en: calendarEn });
