import * as z from 'zod';
import { CUSTOMER_CLASSES } from './customers.ts';
import { definePolicySection, TimeWindow, type PolicyValues } from './policies.ts';

/**
 * The customer archive's policy: when the lifecycle actions that cut or restore gas may happen.
 * `decide` (functions/customers/lifecycle.ts) reads the version in force at the action's instant.
 */
export const customersLifecyclePolicy = definePolicySection({
  name: 'customers.lifecycle',
  title: { 'zh-CN': '用户账户：停气与复气', en: 'Customer accounts: suspension and restoration' },
  schema: z.strictObject({
    /** Special-care households are not suspended in this window (tenant time) except for a hazard; null: no protection window. */
    specialCareNight: TimeWindow.nullable(),
    /** No restoration of supply to these classes in this window (a provincial rule); null: allowed at any hour. */
    restorationBan: z.strictObject({ window: TimeWindow, classes: z.array(z.enum(CUSTOMER_CLASSES)).min(1).max(CUSTOMER_CLASSES.length) }).nullable(),
  }),
  defaults: {
    specialCareNight: { start: '22:00', end: '06:00' },
    restorationBan: null,
  },
  fields: [
    {
      path: 'specialCareNight',
      label: { 'zh-CN': '特殊关怀用户夜间不停气时段', en: 'No suspension of special-care households' },
      unit: 'time-window',
      source: { ref: 'company rules 003', text: '对残、障、孤、老等特殊群体用户给予优先照顾，夜间不得停气（安全隐患除外）' },
    },
    {
      path: 'restorationBan',
      label: { 'zh-CN': '禁止恢复供气时段', en: 'No restoration of supply' },
      unit: 'time-window',
      source: { ref: 'DOMAIN.md › Safety inspections and supply interruptions', text: 'Some provinces forbid restoring residential supply between 22:00 and 06:00; off by default, set by a provincial pack' },
    },
  ],
});

export type CustomersLifecyclePolicy = PolicyValues<typeof customersLifecyclePolicy>;
