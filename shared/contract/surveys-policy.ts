import * as z from 'zod';
import { definePolicySection, type PolicyField, type PolicyValues } from './policies.ts';

/**
 * `surveys.rules`: how satisfaction is counted and what a survey link allows. Targets from the
 * companies' rules: 99.5 % [000], 99 % [002], 95 % [004]; the default is the company rules' 99 %.
 * "Satisfied" is a score of 4 or 5 of 5 (满意 / 非常满意) on every dimension; a low score opens a
 * follow-up ticket so someone calls the customer back.
 */
export const surveysRulesPolicy = definePolicySection({
  name: 'surveys.rules',
  title: { 'zh-CN': '满意度调查：规则与目标', en: 'Surveys: rules and targets' },
  schema: z.strictObject({
    target: z.number().min(0.5).max(1),
    satisfiedAtLeast: z.int().min(2).max(5),
    lowScoreAtMost: z.int().min(1).max(4),
    followUpTickets: z.boolean(),
    linkValidDays: z.int().min(1).max(90),
    skipDays: z.int().min(0).max(730),
  }).refine((v) => v.lowScoreAtMost < v.satisfiedAtLeast, { path: ['lowScoreAtMost'], message: 'below the satisfied score' }),
  defaults: { target: 0.99, satisfiedAtLeast: 4, lowScoreAtMost: 2, followUpTickets: true, linkValidDays: 14, skipDays: 90 },
  fields: [
    {
      path: 'target',
      label: { 'zh-CN': '满意率目标', en: 'Satisfaction target' },
      unit: 'ratio',
      source: { ref: 'DOMAIN.md › Satisfaction surveys; 000, 002, 004 第7篇', text: '满意率 99.5% [000]; 99% [002]; 95% [004]: the company rules\' 99 % by default' },
    },
    {
      path: 'satisfiedAtLeast',
      label: { 'zh-CN': '计为满意的最低分（5 分制）', en: 'Lowest score counted as satisfied (of 5)' },
      unit: 'count',
      source: { ref: 'company convention; issue 12', text: '五级量表中 4 分（满意）和 5 分（非常满意）计为满意; an answer is satisfied when every dimension is' },
    },
    {
      path: 'lowScoreAtMost',
      label: { 'zh-CN': '低分阈值（任一维度不高于此分即开回访工单）', en: 'Low score (any dimension at most this opens a follow-up ticket)' },
      unit: 'count',
      source: { ref: 'issue 12', text: 'A low score (default: any dimension ≤ 2) opens a follow-up ticket for the customer' },
    },
    {
      path: 'followUpTickets',
      label: { 'zh-CN': '低分自动生成跟进工单', en: 'Open a follow-up ticket on a low score' },
      unit: 'boolean',
      source: { ref: 'DOMAIN.md › Satisfaction surveys', text: 'Results go to an evaluation report with improvement actions' },
    },
    {
      path: 'linkValidDays',
      label: { 'zh-CN': '调查链接有效期（天）', en: 'Survey link valid for (days)' },
      unit: 'days',
      source: { ref: 'issue 12', text: 'The token is signed, single-use and expires (default 14 days)' },
    },
    {
      path: 'skipDays',
      label: { 'zh-CN': '免打扰期（天内已调查的客户跳过）', en: 'Skip customers surveyed within (days)' },
      unit: 'days',
      source: { ref: 'company convention; issue 12', text: 'Customers surveyed within a tenant-set number of days are skipped: a quarter by default' },
    },
  ] satisfies PolicyField[],
});

export type SurveysRulesPolicy = PolicyValues<typeof surveysRulesPolicy>;
