import { placeholdersOf, unknownPlaceholders } from '../../../shared/contract/notifications.ts';
import { notificationsQuietHoursPolicy, notificationsTemplatesPolicy } from '../../../shared/contract/notifications-policies.ts';
import { channelFor, quietHoursDecision, renderTemplate } from '../../../shared/notifications/rules.ts';
import { maskEmail } from '../../../shared/privacy.ts';

const TZ = 'Asia/Shanghai';
const policy = notificationsQuietHoursPolicy.defaults;

describe('renderTemplate', () => {
  it.each([
    ['fills every placeholder', '账户{accountNumber}于{time}', { accountNumber: 'A1', time: '23:00' }, '账户A1于23:00'],
    ['repeats a placeholder', '{name}，{name}', { name: '王芳' }, '王芳，王芳'],
    ['renders a missing value empty', '致电{hotline}。', {}, '致电。'],
    ['leaves text without placeholders as it is', '【燃气】您好', { name: 'x' }, '【燃气】您好'],
    ['does not re-expand a value holding braces', '{name}', { name: '{time}' }, '{time}'],
  ])('%s', (_case, text, params, expected) => expect(renderTemplate(text, params)).toBe(expected));

  it('renders the default suspension SMS of the brief', () => {
    const text = renderTemplate(notificationsTemplatesPolicy.defaults.templates['customer-suspended'].sms, {
      company: '示范燃气',
      accountNumber: 'DM-000123',
      time: '2026年12月1日 10:00',
      reason: '欠费',
      hotline: '96777',
    });
    expect(text).toBe('【示范燃气】尊敬的用户，您的账户DM-000123已于2026年12月1日 10:00暂停供气，原因：欠费。如有疑问请致电96777。');
  });
});

describe('template placeholders', () => {
  it.each([
    ['customer.suspended', '{company}{accountNumber}{time}{reason}{hotline}{name}', []],
    ['customer.suspended', '您的账户{acount}', ['acount']],
    ['customer.restored', '原因：{reason}', ['reason']],
    ['survey.invitation', '{link}{link}{lnk}', ['lnk']],
    ['customer.suspended', '空的{}', ['']],
  ] as const)('%s "%s" → unknown %j', (template, text, unknown) => expect(unknownPlaceholders(text, template)).toEqual(unknown));

  it('finds placeholders in order', () => expect(placeholdersOf('{a}x{b}{a}')).toEqual(['a', 'b', 'a']));

  it('the defaults fit their schema', () => {
    expect(notificationsTemplatesPolicy.schema.safeParse(notificationsTemplatesPolicy.defaults).success).toBe(true);
    expect(notificationsQuietHoursPolicy.schema.safeParse(notificationsQuietHoursPolicy.defaults).success).toBe(true);
  });

  it('a tenant typo is refused naming the field and the placeholder', () => {
    const values = structuredClone(notificationsTemplatesPolicy.defaults);
    values.templates['customer-suspended'].sms = '【{company}】您的账户{acount}已暂停供气';
    const parsed = notificationsTemplatesPolicy.schema.safeParse(values);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['templates.customer-suspended.sms']);
    expect(parsed.error!.issues[0]!.message).toMatch(/\{acount\}/);
  });

  it('quiet hours never hold service notices (not a value of `holds`)', () => {
    expect(notificationsQuietHoursPolicy.schema.safeParse({ ...policy, holds: ['service'] }).success).toBe(false);
  });
});

describe('quietHoursDecision', () => {
  const at = (local: string) => new Date(`${local}+08:00`);
  it.each([
    ['a survey SMS at 23:30 waits for 08:00', '2026-03-10T23:30:00', 'sms', 'survey', '2026-03-11T08:00:00+08:00'],
    ['a marketing SMS at 21:00 (the start is inside) waits', '2026-03-10T21:00:00', 'sms', 'marketing', '2026-03-11T08:00:00+08:00'],
    ['a marketing SMS at 07:59 waits a minute', '2026-03-11T07:59:00', 'sms', 'marketing', '2026-03-11T08:00:00+08:00'],
    ['a survey SMS at 08:00 (the end is outside) goes', '2026-03-11T08:00:00', 'sms', 'survey', null],
    ['a survey SMS at 20:59 goes', '2026-03-10T20:59:00', 'sms', 'survey', null],
    ['a service SMS at 23:30 goes', '2026-03-10T23:30:00', 'sms', 'service', null],
    ['a survey e-mail at 23:30 goes (no window)', '2026-03-10T23:30:00', 'email', 'survey', null],
    ['a survey call at 20:30 waits for 09:00', '2026-03-10T20:30:00', 'phone-task', 'survey', '2026-03-11T09:00:00+08:00'],
    ['a service call at 20:30 is open at once', '2026-03-10T20:30:00', 'phone-task', 'service', null],
  ] as const)('%s', (_case, local, channel, category, until) => {
    const decision = quietHoursDecision(at(local), channel, category, policy, TZ);
    expect(decision.held ? decision.sendAfter.toISOString() : null).toBe(until === null ? null : new Date(until).toISOString());
  });

  it('holds only the categories the policy names', () => {
    expect(quietHoursDecision(at('2026-03-10T23:30:00'), 'sms', 'marketing', { ...policy, holds: ['survey'] }, TZ)).toEqual({ held: false });
  });

  it('runs on the tenant wall clock', () => {
    // 23:30 in Shanghai is 15:30 in London: quiet for a Shanghai tenant, not for a London one.
    const instant = at('2026-03-10T23:30:00');
    expect(quietHoursDecision(instant, 'sms', 'survey', policy, TZ).held).toBe(true);
    expect(quietHoursDecision(instant, 'sms', 'survey', policy, 'Europe/London').held).toBe(false);
  });
});

describe('channelFor', () => {
  it.each([
    ['sms', false, 'sms'],
    ['sms', true, 'phone-task'],
    ['email', true, 'phone-task'],
    ['phone-task', false, 'phone-task'],
  ] as const)('%s for special care %s → %s', (requested, specialCare, expected) => expect(channelFor(requested, specialCare)).toBe(expected));
});

describe('maskEmail', () => {
  it.each([
    ['zhang.san@example.com', 'z***@example.com'],
    ['a@b.cn', 'a***@b.cn'],
    ['no-at-sign', 'n***'],
    ['', null],
  ])('%s → %s', (email, masked) => expect(maskEmail(email)).toBe(masked));
});
