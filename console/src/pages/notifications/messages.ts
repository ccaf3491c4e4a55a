import { notificationsEn } from '../../i18n/notifications.en.ts';
import { notificationsZhCN } from '../../i18n/notifications.zh-CN.ts';
import { addSection } from '../../i18n/index.ts';

/** The notification log's texts come with its chunk, not with the shell. */
addSection('notifications', { 'zh-CN': notificationsZhCN, en: notificationsEn });
