import { apiKeysEn } from '../../console/src/i18n/api-keys.en.ts';
import { apiKeysZhCN } from '../../console/src/i18n/api-keys.zh-CN.ts';
import { apiReferenceEn } from '../../console/src/i18n/api-reference.en.ts';
import { apiReferenceZhCN } from '../../console/src/i18n/api-reference.zh-CN.ts';
import { assessmentsEn } from '../../console/src/i18n/assessments.en.ts';
import { assessmentsZhCN } from '../../console/src/i18n/assessments.zh-CN.ts';
import { adjustmentsEn } from '../../console/src/i18n/adjustments.en.ts';
import { adjustmentsZhCN } from '../../console/src/i18n/adjustments.zh-CN.ts';
import { ticketsEn } from '../../console/src/i18n/tickets.en.ts';
import { ticketsZhCN } from '../../console/src/i18n/tickets.zh-CN.ts';
import { calendarEn } from '../../console/src/i18n/calendar.en.ts';
import { calendarZhCN } from '../../console/src/i18n/calendar.zh-CN.ts';
import { customersEn } from '../../console/src/i18n/customers.en.ts';
import { customersZhCN } from '../../console/src/i18n/customers.zh-CN.ts';
import { notificationsEn } from '../../console/src/i18n/notifications.en.ts';
import { notificationsZhCN } from '../../console/src/i18n/notifications.zh-CN.ts';
import { en } from '../../console/src/i18n/en.ts';
import { policiesEn } from '../../console/src/i18n/policies.en.ts';
import { policiesZhCN } from '../../console/src/i18n/policies.zh-CN.ts';
import { readingEn } from '../../console/src/i18n/reading.en.ts';
import { readingZhCN } from '../../console/src/i18n/reading.zh-CN.ts';
import { surveyPageEn } from '../../console/src/i18n/survey-page.en.ts';
import { surveyPageZhCN } from '../../console/src/i18n/survey-page.zh-CN.ts';
import { surveysEn } from '../../console/src/i18n/surveys.en.ts';
import { surveysZhCN } from '../../console/src/i18n/surveys.zh-CN.ts';
import { webhooksEn } from '../../console/src/i18n/webhooks.en.ts';
import { webhooksZhCN } from '../../console/src/i18n/webhooks.zh-CN.ts';
import { zhCN } from '../../console/src/i18n/zh-CN.ts';

/**
 * The console's two message catalogs: the same keys, no empty text, the same placeholders. The
 * sections that load with their pages (customers.*.ts, policies.*.ts, calendar.*.ts, notifications.*.ts, adjustments.*.ts, tickets.*.ts, surveys.*.ts, survey-page.*.ts, assessments.*.ts, webhooks.*.ts, api-keys.*.ts, api-reference.*.ts) are checked as part of them.
 */
const leaves = (tree: object, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value as object, `${prefix}${key}.`)));

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('console message catalogs', () => {
  const zh = new Map(leaves({ ...zhCN, customers: customersZhCN, policies: policiesZhCN, calendar: calendarZhCN, notifications: notificationsZhCN, adjustments: adjustmentsZhCN, reading: readingZhCN, tickets: ticketsZhCN, surveys: surveysZhCN, surveyPage: surveyPageZhCN, assessments: assessmentsZhCN, webhooks: webhooksZhCN, apiKeys: apiKeysZhCN, apiReference: apiReferenceZhCN }));
  const english = new Map(leaves({ ...en, customers: customersEn, policies: policiesEn, calendar: calendarEn, notifications: notificationsEn, adjustments: adjustmentsEn, reading: readingEn, tickets: ticketsEn, surveys: surveysEn, surveyPage: surveyPageEn, assessments: assessmentsEn, webhooks: webhooksEn, apiKeys: apiKeysEn, apiReference: apiReferenceEn }));

  it('have identical key sets', () => {
    expect([...english.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it('have no empty text and the same {{placeholders}} for every key', () => {
    for (const [key, text] of zh) {
      expect({ key, empty: text.trim() === '' || english.get(key)!.trim() === '' }).toEqual({ key, empty: false });
      expect({ key, placeholders: placeholders(english.get(key)!) }).toEqual({ key, placeholders: placeholders(text) });
    }
  });

  it('say Chinese in zh-CN: no text there is English words without Han characters', () => {
    const untranslated = [...zh]
      .map(([key, text]) => [key, text.replace(/{{\w+}}/g, '')] as const)
      .filter(([, text]) => /[A-Za-z]{3,}/.test(text) && !/\p{Script=Han}/u.test(text))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });
});
