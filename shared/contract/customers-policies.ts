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
    restorationBan: TimeWindow.nullable(),
    /** The customer classes the restoration ban applies to. */
    restorationBanClasses: z.array(z.enum(CUSTOMER_CLASSES)).min(1).max(CUSTOMER_CLASSES.length),
  }),
  defaults: {
    specialCareNight: { start: '22:00', end: '06:00' },
    restorationBan: null,
    restorationBanClasses: ['residential'],
  },
  fields: [
    {
      path: 'specialCareNight',
      label: { 'zh-CN': '特殊关怀用户夜间不停气时段', en: 'No suspension of special-care households' },
      unit: 'time-window',
      nullable: true,
      source: { ref: 'company rules 003 第十条(七); DOMAIN.md › Customer archive', text: '对残、障、孤、老等特殊客户群体，进行重点登记和管理，制定便捷和特殊的服务政策，保证客户安全、顺畅用气 (DOMAIN.md: protection from suspension at night)' },
    },
    {
      path: 'restorationBan',
      label: { 'zh-CN': '禁止恢复供气时段', en: 'No restoration of supply' },
      unit: 'time-window',
      nullable: true,
      source: { ref: 'DOMAIN.md › Safety inspections and supply interruptions', text: 'Some provinces forbid restoring residential supply between 22:00 and 06:00; off by default, set by a provincial pack' },
    },
    {
      path: 'restorationBanClasses',
      label: { 'zh-CN': '禁止复气时段适用的用户类别', en: 'Classes the restoration ban applies to' },
      unit: 'choice',
      options: [
        { value: 'residential', label: { 'zh-CN': '居民', en: 'Residential' } },
        { value: 'commercial', label: { 'zh-CN': '商业', en: 'Commercial' } },
        { value: 'public-welfare', label: { 'zh-CN': '公福', en: 'Public welfare' } },
        { value: 'industrial', label: { 'zh-CN': '工业', en: 'Industrial' } },
      ] satisfies { value: (typeof CUSTOMER_CLASSES)[number]; label: { 'zh-CN': string; en: string } }[],
      source: { ref: 'DOMAIN.md › Safety inspections and supply interruptions', text: 'The provincial rule concerns residential supply' },
    },
  ],
});

export type CustomersLifecyclePolicy = PolicyValues<typeof customersLifecyclePolicy>;
