import * as z from 'zod';
import { HumanText } from './common.ts';
import { definePolicySection, type PolicyField, type PolicyValues } from './policies.ts';

/**
 * The service tickets' policies. `tickets.deadlines`: each named deadline of each kind with its
 * clock (docs/domain.md, "Service tickets"); functions/tickets/deadlines.ts computes the instants
 * from the version in force when the ticket was received, and the ticket records which version.
 * `tickets.dispatch`: who is told of an emergency.
 */

/** A deadline up to 60 days of minutes; longer is a typo. */
const Minutes = z.int().min(0).max(60 * 24 * 60);

/**
 * A deadline and the clock it runs on:
 * - `elapsed`: minutes of 24×7 time; with `postponeOverHolidays`, holiday time does not count
 *   (节假日顺延; weekends count unless `weekendsCount: false`; make-up working days count);
 * - `working`: minutes of working hours of working days (the tenant's business calendar);
 * - `working-days`: by the end of working hours of the nth working day after the day received;
 * - `end-of-working-day`: the same working day (or the next one, after hours or on a day off).
 */
export const DeadlineRule = z.discriminatedUnion('clock', [
  z.strictObject({ clock: z.literal('elapsed'), minutes: Minutes, postponeOverHolidays: z.boolean().optional(), weekendsCount: z.boolean().optional() }),
  z.strictObject({ clock: z.literal('working'), minutes: Minutes }),
  z.strictObject({ clock: z.literal('working-days'), days: z.int().min(1).max(60) }),
  z.strictObject({ clock: z.literal('end-of-working-day') }),
]);
export type DeadlineRule = z.infer<typeof DeadlineRule>;

const Repair = z.strictObject({ acknowledge: DeadlineRule, onSite: DeadlineRule, resolve: DeadlineRule });

export const ticketsDeadlinesPolicy = definePolicySection({
  name: 'tickets.deadlines',
  title: { 'zh-CN': '工单：处理时限', en: 'Tickets: deadlines' },
  schema: z.strictObject({
    repair: Repair,
    /** Urgent repairs (priority `urgent`); null: the repair deadlines apply to every priority. */
    urgentRepair: Repair.nullable(),
    emergency: z.strictObject({ acknowledge: DeadlineRule, onSite: DeadlineRule }),
    complaint: z.strictObject({ reply: DeadlineRule, result: DeadlineRule }),
    inquiry: z.strictObject({
      reply: DeadlineRule,
      /** An inquiry another department must answer (`referred: true` at intake). */
      referredReply: DeadlineRule,
    }),
  }),
  defaults: {
    repair: {
      acknowledge: { clock: 'elapsed', minutes: 120 },
      onSite: { clock: 'elapsed', minutes: 360 },
      resolve: { clock: 'elapsed', minutes: 1440 },
    },
    urgentRepair: null,
    emergency: {
      acknowledge: { clock: 'elapsed', minutes: 5 },
      onSite: { clock: 'elapsed', minutes: 30 },
    },
    complaint: {
      reply: { clock: 'elapsed', minutes: 2880, postponeOverHolidays: true },
      result: { clock: 'elapsed', minutes: 7 * 1440, postponeOverHolidays: true },
    },
    inquiry: {
      reply: { clock: 'end-of-working-day' },
      referredReply: { clock: 'working-days', days: 2 },
    },
  },
  fields: [
    {
      path: 'repair.acknowledge',
      label: { 'zh-CN': '报修：确认并约定上门时间', en: 'Repair: confirm and agree a visit time' },
      unit: 'minutes',
      source: { ref: 'company rules 000 售后服务; DOMAIN.md › Service tickets', text: '接到报修后 2 小时内确认并与用户约定上门时间 (confirm within 2 h), elapsed time' },
    },
    {
      path: 'repair.onSite',
      label: { 'zh-CN': '报修：故障处理（到场）', en: 'Repair: fault handled (on site)' },
      unit: 'minutes',
      source: { ref: 'company rules 003 第十八条; DOMAIN.md › Service tickets', text: '故障 6 小时内处理 (fault handled within 6 h), elapsed time' },
    },
    {
      path: 'repair.resolve',
      label: { 'zh-CN': '报修：修复', en: 'Repair: repaired' },
      unit: 'minutes',
      source: { ref: 'company rules 003 第十八条; DOMAIN.md › Service tickets', text: '24 小时内修复 (repaired within 24 h), elapsed time' },
    },
    {
      path: 'urgentRepair',
      label: { 'zh-CN': '紧急报修时限（空：同普通报修）', en: 'Urgent repair deadlines (none: as repairs)' },
      unit: 'minutes',
      nullable: true,
      source: { ref: 'DOMAIN.md › Service tickets', text: 'The sources set no separate deadlines for urgent repairs; a company that pledges shorter ones sets them here' },
    },
    {
      path: 'emergency.acknowledge',
      label: { 'zh-CN': '报警：立即派工', en: 'Emergency: dispatch at once' },
      unit: 'minutes',
      source: { ref: 'DOMAIN.md › Service tickets', text: '报警立即派工 (dispatch immediately); "at once" measured as 5 minutes is a company convention, not a regulation' },
    },
    {
      path: 'emergency.onSite',
      label: { 'zh-CN': '报警：到达现场', en: 'Emergency: on site' },
      unit: 'minutes',
      source: { ref: 'DOMAIN.md › Service tickets (company pledge)', text: '公司承诺 30 分钟内到达现场 (on site within 30 min), elapsed time' },
    },
    {
      path: 'complaint.reply',
      label: { 'zh-CN': '投诉：答复', en: 'Complaint: reply' },
      unit: 'minutes',
      source: { ref: 'company rules 003 第二十条; DOMAIN.md › Service tickets', text: '投诉 48 小时内答复 (reply within 48 h); holidays postpone it (节假日顺延, as [002])' },
    },
    {
      path: 'complaint.result',
      label: { 'zh-CN': '投诉：处理结果', en: 'Complaint: result' },
      unit: 'minutes',
      source: { ref: 'company rules 002 八; DOMAIN.md › Service tickets', text: '一周内给出处理结果，节假日顺延 (result within a week, postponed over holidays)' },
    },
    {
      path: 'inquiry.reply',
      label: { 'zh-CN': '咨询：当日答复', en: 'Inquiry: answered the same working day' },
      unit: 'minutes',
      source: { ref: 'company rules 004 第10篇; issue 11', text: '咨询即时或 30 分钟内答复; a ticket not answered on the call is due by the end of the working day' },
    },
    {
      path: 'inquiry.referredReply',
      label: { 'zh-CN': '咨询：需其他部门答复', en: "Inquiry: another department's answer" },
      unit: 'working-days',
      source: { ref: 'company rules 004 第10篇; DOMAIN.md › Service tickets', text: '需其他部门答复的问题 2 个工作日内答复 (within 2 working days)' },
    },
  ] satisfies PolicyField[],
});

export type TicketsDeadlinesPolicy = PolicyValues<typeof ticketsDeadlinesPolicy>;

export const EMERGENCY_NOTICE_CHANNELS = ['phone-task', 'sms'] as const;

export const ticketsDispatchPolicy = definePolicySection({
  name: 'tickets.dispatch',
  title: { 'zh-CN': '工单：抢险值班通知', en: 'Tickets: emergency on-call notice' },
  schema: z.strictObject({
    /** Who is told of every emergency, in the ticket's own transaction. */
    onCall: z.strictObject({
      channel: z.enum(EMERGENCY_NOTICE_CHANNELS),
      name: HumanText({ max: 64 }),
      /** The duty phone (an SMS needs one; a phone task is called from the desk). */
      phone: z.string().regex(/^\+?[0-9-]{5,20}$/).nullable(),
    }).superRefine((onCall, ctx) => {
      // An SMS to no number would be recorded as failed: the emergency would reach nobody.
      if (onCall.channel === 'sms' && !onCall.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'an SMS needs the duty phone (or tell the crew by a phone task)' });
    }),
  }),
  defaults: { onCall: { channel: 'phone-task', name: '抢险值班', phone: null } },
  fields: [
    {
      path: 'onCall.channel',
      label: { 'zh-CN': '抢险值班通知方式', en: 'How the on-call crew is told' },
      unit: 'choice',
      options: [
        { value: 'phone-task', label: { 'zh-CN': '电话任务', en: 'Phone task' } },
        { value: 'sms', label: { 'zh-CN': '短信', en: 'SMS' } },
      ],
      source: { ref: 'DOMAIN.md › Service tickets; issue 11', text: '报警立即派工: the desk calls the on-call crew (a phone task) unless a duty phone takes SMS' },
    },
    { path: 'onCall.name', label: { 'zh-CN': '值班名称', en: 'On-call name' }, unit: 'text', source: { ref: 'company convention', text: 'The name of the emergency duty team' } },
    { path: 'onCall.phone', label: { 'zh-CN': '值班电话', en: 'Duty phone' }, unit: 'text', nullable: true, source: { ref: 'company convention', text: "The company's own duty phone; none by default" } },
  ] satisfies PolicyField[],
});

export type TicketsDispatchPolicy = PolicyValues<typeof ticketsDispatchPolicy>;
