import * as z from 'zod';
import { definePolicySection, type PolicyField, type PolicyValues } from './policies.ts';

// Its own module: the sla-sweep job reads this section only (the job worker bundles every job).
/** Minutes after a breach, up to 30 days; null: that level is not reached automatically. */
const AfterBreach = z.int().min(0).max(30 * 24 * 60).nullable();

/**
 * `tickets.sla`: what the `sla-sweep` job does as deadlines approach and pass. A warning goes out
 * once `warnAtPercent` of the time from receipt to a deadline has passed; a missed deadline
 * escalates the ticket department → company → city regulator [002], each level this many minutes
 * after the breach. The ticket records the instants when it is received (and a breach schedules
 * the escalations from the version in force then).
 */
export const ticketsSlaPolicy = definePolicySection({
  name: 'tickets.sla',
  title: { 'zh-CN': '工单：预警与升级', en: 'Tickets: warnings and escalation' },
  schema: z.strictObject({
    warnAtPercent: z.int().min(50).max(99),
    escalation: z
      .strictObject({ department: AfterBreach, company: AfterBreach, regulator: AfterBreach })
      .superRefine((e, ctx) => {
        const levels = (['department', 'company', 'regulator'] as const).filter((l) => e[l] !== null);
        for (let i = 1; i < levels.length; i++) {
          if (e[levels[i]!]! < e[levels[i - 1]!]!) ctx.addIssue({ code: 'custom', path: [levels[i]!], message: `not before the ${levels[i - 1]} level (${e[levels[i - 1]!]} minutes)` });
        }
      }),
  }),
  defaults: { warnAtPercent: 80, escalation: { department: 0, company: 1440, regulator: 4320 } },
  fields: [
    {
      path: 'warnAtPercent',
      label: { 'zh-CN': '时限预警点（已用时间占比）', en: 'Warn when this share of the time to a deadline has passed' },
      unit: 'percent',
      source: { ref: 'company convention; issue 11', text: 'The sweep warns before a breach; 80 % of the time to the deadline is a common service-desk convention, not a regulation' },
    },
    {
      path: 'escalation.department',
      label: { 'zh-CN': '超时后升级至部门（分钟）', en: 'Escalate to the department (minutes after the breach)' },
      unit: 'minutes',
      nullable: true,
      source: { ref: 'company rules 002; DOMAIN.md › Service tickets', text: '升级：部门 → 公司 → 城市主管部门; a missed deadline goes to the department at once' },
    },
    {
      path: 'escalation.company',
      label: { 'zh-CN': '超时后升级至公司（分钟）', en: 'Escalate to the company (minutes after the breach)' },
      unit: 'minutes',
      nullable: true,
      source: { ref: 'company rules 002; company convention', text: '[002] names the chain, not the times: a day after the breach by default' },
    },
    {
      path: 'escalation.regulator',
      label: { 'zh-CN': '超时后报告城市主管部门（分钟）', en: 'Report to the city regulator (minutes after the breach)' },
      unit: 'minutes',
      nullable: true,
      source: { ref: 'company rules 002; company convention', text: '[002] names the chain, not the times: three days after the breach by default' },
    },
  ] satisfies PolicyField[],
});

export type TicketsSlaPolicy = PolicyValues<typeof ticketsSlaPolicy>;
