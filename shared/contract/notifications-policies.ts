import * as z from 'zod';
import { HumanText } from './common.ts';
import { NOTIFICATION_CATEGORIES, NOTIFICATION_TEMPLATES, unknownPlaceholders, type NotificationTemplate } from './notifications.ts';
import { definePolicySection, TimeWindow, type PolicyValues } from './policies.ts';

/**
 * The notifications' policies: when each channel keeps quiet, and the tenant's wording of every
 * template. shared/notifications reads the versions in force at the notification's instant.
 */
const HELD_CATEGORIES = NOTIFICATION_CATEGORIES.filter((c) => c !== 'service') as ['marketing', 'survey'];

export const notificationsQuietHoursPolicy = definePolicySection({
  name: 'notifications.quiet-hours',
  title: { 'zh-CN': '通知：免打扰时段', en: 'Notifications: quiet hours' },
  schema: z.strictObject({
    /** Per channel, a daily window (tenant time) in which held categories wait; null: never quiet. */
    windows: z.strictObject({ sms: TimeWindow.nullable(), email: TimeWindow.nullable(), 'phone-task': TimeWindow.nullable() }),
    /** The categories quiet hours hold back. `service` notices (suspension, restoration, emergencies) are never held. */
    holds: z.array(z.enum(HELD_CATEGORIES)).max(HELD_CATEGORIES.length),
  }),
  defaults: {
    windows: { sms: { start: '21:00', end: '08:00' }, email: null, 'phone-task': { start: '20:00', end: '09:00' } },
    holds: ['marketing', 'survey'],
  },
  fields: [
    {
      path: 'windows.sms',
      nullable: true,
      label: { 'zh-CN': '短信免打扰时段', en: 'No SMS' },
      unit: 'time-window',
      source: { ref: 'DOMAIN.md › Notifications (issue 9)', text: 'No marketing SMS at night (夜间不发营销短信); 21:00–08:00 is a company convention, not a regulation' },
    },
    {
      path: 'windows.email',
      nullable: true,
      label: { 'zh-CN': '电子邮件免打扰时段', en: 'No e-mail' },
      unit: 'time-window',
      source: { ref: 'company convention', text: 'An e-mail waits in the inbox and wakes nobody: no quiet hours by default' },
    },
    {
      path: 'windows.phone-task',
      nullable: true,
      label: { 'zh-CN': '电话回访免打扰时段', en: 'No calls' },
      unit: 'time-window',
      source: { ref: 'company convention', text: 'Calls to customers during the working day and early evening only (09:00–20:00)' },
    },
    {
      path: 'holds',
      label: { 'zh-CN': '免打扰时段暂缓的通知类别', en: 'Categories held in quiet hours' },
      unit: 'choice',
      options: [
        { value: 'marketing', label: { 'zh-CN': '营销', en: 'Marketing' } },
        { value: 'survey', label: { 'zh-CN': '调查', en: 'Survey' } },
      ],
      source: { ref: 'DOMAIN.md › Notifications (issue 9)', text: 'Marketing and survey messages wait for the morning; service notices (suspension, restoration, emergencies) are never held' },
    },
  ],
});

export type NotificationsQuietHoursPolicy = PolicyValues<typeof notificationsQuietHoursPolicy>;

/** A template text: checked against the placeholders its template provides, naming the unknown ones. */
const templateText = (template: NotificationTemplate) =>
  HumanText({ max: 500, multiline: true }).superRefine((text, ctx) => {
    const unknown = unknownPlaceholders(text, template);
    if (unknown.length) ctx.addIssue({ code: 'custom', message: `unknown placeholder ${unknown.map((p) => `{${p}}`).join(', ')}; this template provides ${placeholderList(template)}` });
  });

/**
 * A template's key in the section's values: its name with `-` for `.`, because a value's path
 * (`templates.customer-suspended.sms`) is dotted.
 */
export const templateKey = <T extends NotificationTemplate>(template: T) => template.replace('.', '-') as T extends `${infer A}.${infer B}` ? `${A}-${B}` : never;

const placeholderList = (template: NotificationTemplate) => NOTIFICATION_TEMPLATES[template].map((p) => `{${p}}`).join(' ');

const TEMPLATE_LABELS = {
  'customer.suspended': { 'zh-CN': '停气通知', en: 'Suspension notice' },
  'customer.restored': { 'zh-CN': '复气通知', en: 'Restoration notice' },
  'survey.invitation': { 'zh-CN': '满意度调查邀请', en: 'Survey invitation' },
  'ticket.emergency': { 'zh-CN': '抢险派工通知', en: 'Emergency dispatch notice' },
  'ticket.deadline-warning': { 'zh-CN': '工单时限预警', en: 'Ticket deadline warning' },
  'ticket.escalated': { 'zh-CN': '工单超时升级', en: 'Ticket escalation' },
} as const;
const CHANNEL_LABELS = { sms: '短信', email: '电子邮件', 'phone-task': '电话任务' } as const;

const channelTexts = (template: NotificationTemplate) => z.strictObject({ sms: templateText(template), email: templateText(template), 'phone-task': templateText(template) });

export const notificationsTemplatesPolicy = definePolicySection({
  name: 'notifications.templates',
  title: { 'zh-CN': '通知：模板措辞', en: 'Notifications: template wording' },
  schema: z.strictObject({
    /** `{company}`: null uses the company name of the tenant's profile. */
    company: HumanText({ max: 64 }).nullable(),
    /** `{hotline}`: the customer service hotline printed in notices. */
    hotline: HumanText({ min: 0, max: 32 }),
    templates: z.strictObject({
      'customer-suspended': channelTexts('customer.suspended'),
      'customer-restored': channelTexts('customer.restored'),
      'survey-invitation': channelTexts('survey.invitation'),
      'ticket-emergency': channelTexts('ticket.emergency'),
      'ticket-deadline-warning': channelTexts('ticket.deadline-warning'),
      'ticket-escalated': channelTexts('ticket.escalated'),
    }),
  }),
  defaults: {
    company: null,
    hotline: '',
    templates: {
      'customer-suspended': {
        sms: '【{company}】尊敬的用户，您的账户{accountNumber}已于{time}暂停供气，原因：{reason}。如有疑问请致电{hotline}。',
        email: '尊敬的{name}：\n您的燃气账户{accountNumber}已于{time}暂停供气，原因：{reason}。\n如有疑问请致电{hotline}。\n{company}',
        'phone-task': '致电{name}（账户{accountNumber}）：告知已于{time}暂停供气，原因：{reason}；询问家中是否有人需要照顾，并告知恢复供气须先通过安全检查。',
      },
      'customer-restored': {
        sms: '【{company}】尊敬的用户，您的账户{accountNumber}已于{time}恢复供气。用气前请确认灶具阀门关闭，如闻到燃气异味请立即致电{hotline}。',
        email: '尊敬的{name}：\n您的燃气账户{accountNumber}已于{time}恢复供气。\n如闻到燃气异味请立即致电{hotline}。\n{company}',
        'phone-task': '致电{name}（账户{accountNumber}）：告知已于{time}恢复供气，提醒安全用气，询问是否需要上门协助点火。',
      },
      'survey-invitation': {
        sms: '【{company}】{name}您好，邀请您对我们的服务进行评价：{link}',
        email: '尊敬的{name}：\n感谢您使用{company}的服务，诚邀您参加满意度调查：{link}',
        'phone-task': '致电{name}：进行满意度回访（服务态度、服务质量、问题解决、售后服务）。',
      },
      'ticket-emergency': {
        sms: '【{company}】抢险工单{ticketId}：{time}接报，地址{address}，{description}。请立即出发，30分钟内到场。',
        email: '抢险工单{ticketId}\n接报时间：{time}\n地址：{address}\n情况：{description}\n请立即派工。\n{company}',
        'phone-task': '致电{name}：抢险工单{ticketId}，{time}接报，地址{address}，{description}；确认已派工出发。',
      },
      'ticket-deadline-warning': {
        sms: '【{company}】{kind}工单{ticketId}的{deadline}时限将于{due}到期，请尽快处理。',
        email: '{name}：\n{kind}工单{ticketId}的{deadline}时限将于{due}到期，请尽快处理。\n{company}',
        'phone-task': '致电{name}：{kind}工单{ticketId}的{deadline}时限将于{due}到期，提醒尽快处理。',
      },
      'ticket-escalated': {
        sms: '【{company}】{kind}工单{ticketId}的{deadline}时限（{due}）已超时，已升级至{level}。',
        email: '{name}：\n{kind}工单{ticketId}的{deadline}时限（{due}）已超时，已升级至{level}，请督办。\n{company}',
        'phone-task': '{level}督办：{kind}工单{ticketId}的{deadline}时限（{due}）已超时；联系处理人员并跟踪至关闭。',
      },
    },
  },
  fields: [
    { path: 'company', label: { 'zh-CN': '短信签名（公司名称）', en: 'Company name in notices' }, unit: 'text', nullable: true, source: { ref: 'company convention', text: 'The company name of the tenant profile unless set' } },
    { path: 'hotline', label: { 'zh-CN': '客服热线', en: 'Service hotline' }, unit: 'text', source: { ref: 'company convention', text: "The company's own customer service hotline" } },
    ...(['customer.suspended', 'customer.restored', 'survey.invitation', 'ticket.emergency', 'ticket.deadline-warning', 'ticket.escalated'] as const).flatMap((template) =>
      (['sms', 'email', 'phone-task'] as const).map((channel) => ({
        path: `templates.${templateKey(template)}.${channel}`,
        label: { 'zh-CN': `${TEMPLATE_LABELS[template]['zh-CN']}（${CHANNEL_LABELS[channel]}）`, en: `${TEMPLATE_LABELS[template].en} (${channel})` },
        unit: 'text' as const,
        source: { ref: 'company convention', text: `Default wording; placeholders: ${placeholderList(template)}` },
      })),
    ),
  ],
});

export type NotificationsTemplatesPolicy = PolicyValues<typeof notificationsTemplatesPolicy>;
