import * as z from 'zod';
import { KPI_NAMES, SCORING_RULES, UNIT_LEVELS, type KpiName, type UnitLevel } from './assessments.ts';
import { definePolicySection, type PolicyField, type PolicySource, type PolicyValues } from './policies.ts';

/**
 * `assessments.kpis`: how each KPI is scored in the quarterly and annual assessments. The formulas
 * are the product's (functions/assessments/kpis.ts, docs/domain.md › "Performance assessment");
 * the company sets, per KPI, whether it counts, who it assesses, its target, weight and scoring.
 * Targets from DOMAIN.md: read rate per the read cadence (100 % / 98 % / 70 %), read accuracy
 * 98 %, fee recovery 95 %, repair timeliness 100 %, first-time fix 96 %, reply rate 100 %,
 * return-visit rate 100 %, satisfaction 99 %, inspection coverage 100 %. "Each 1 % drop in the
 * reply rate fines the unit" [002]: reply rate and repair timeliness are penalty-scored.
 */
const Ratio = z.number().min(0).max(1);

export const KpiRule = z
  .strictObject({
    enabled: z.boolean(),
    /** Who the KPI assesses (a level where the product keeps no facts of it shows "no data"). */
    levels: z.array(z.enum(UNIT_LEVELS)).max(UNIT_LEVELS.length),
    /** null (read rate only): the read cycles' own targets (reading.cadence), weighted by the meters due. */
    target: Ratio.nullable(),
    weight: z.int().min(0).max(100),
    scoring: z.enum(SCORING_RULES),
    /** Linear scoring: the value that scores 0. */
    floor: Ratio,
    /** Penalty scoring: points off per percentage point short of the target. */
    penaltyPerPoint: z.number().min(0).max(100),
  })
  .refine((r) => r.scoring !== 'linear' || r.target === null || r.floor < r.target, { path: ['floor'], message: 'below the target' });
export type KpiRule = z.infer<typeof KpiRule>;

const ALL: UnitLevel[] = ['region', 'dispatch-center', 'staff'];
const rule = (r: Partial<KpiRule> & Pick<KpiRule, 'target' | 'weight'>): KpiRule => ({ enabled: true, levels: ALL, scoring: 'linear', floor: 0.8, penaltyPerPoint: 5, ...r });

const DEFAULTS: Record<KpiName, KpiRule> = {
  'read-rate': rule({ target: null, weight: 15, levels: ['region', 'staff'], floor: 0.6 }),
  'read-accuracy': rule({ target: 0.98, weight: 10, levels: ['region', 'staff'], floor: 0.9 }),
  'fee-recovery': rule({ target: 0.95, weight: 15, levels: ['region'], floor: 0.8 }),
  'repair-timeliness': rule({ target: 1, weight: 15, scoring: 'penalty', penaltyPerPoint: 5 }),
  'first-time-fix': rule({ target: 0.96, weight: 10, floor: 0.8 }),
  'reply-rate': rule({ target: 1, weight: 10, levels: ['region', 'dispatch-center'], scoring: 'penalty', penaltyPerPoint: 5 }),
  'return-visit-rate': rule({ target: 1, weight: 10, levels: ['region', 'dispatch-center'], floor: 0.8 }),
  satisfaction: rule({ target: 0.99, weight: 10, floor: 0.9 }),
  'inspection-coverage': rule({ target: 1, weight: 5, levels: ['region', 'staff'], floor: 0.8 }),
};

const SOURCES: Record<KpiName, PolicySource> = {
  'read-rate': { ref: 'DOMAIN.md › Meter reading; 000 抄表管理制度', text: '工商户抄表率 100%，居民户外表 ≥98%/月，户内表 ≥70%/季 (by default the read cycles\' own targets)' },
  'read-accuracy': { ref: 'DOMAIN.md › Meter reading; 000', text: '抄表准确率 ≥98%' },
  'fee-recovery': { ref: 'DOMAIN.md › Billing and arrears collection; 000', text: '气费回收率 ≥95%' },
  'repair-timeliness': { ref: 'DOMAIN.md › Service tickets; 000 售后服务', text: '维修及时率 100%' },
  'first-time-fix': { ref: 'DOMAIN.md › Service tickets; 000', text: '一次性维修合格率 ≥96%' },
  'reply-rate': { ref: 'DOMAIN.md › Performance assessment; 002 九', text: '投诉/咨询答复率 100%；答复率每下降 1% 对责任单位考核' },
  'return-visit-rate': { ref: 'DOMAIN.md › Satisfaction surveys; 000 满意度调查', text: '计划回访率 100%' },
  satisfaction: { ref: 'DOMAIN.md › Satisfaction surveys; 000, 002, 004', text: '满意率 99.5% [000]; 99% [002]; 95% [004]: 99 % by default' },
  'inspection-coverage': { ref: 'DOMAIN.md › Safety inspections; 003 第十九条', text: '安检覆盖率 100% (非居民每季度、居民每年两次)' },
};

const KPI_LABEL: Record<KpiName, { 'zh-CN': string; en: string }> = {
  'read-rate': { 'zh-CN': '抄表率', en: 'Read rate' },
  'read-accuracy': { 'zh-CN': '抄表准确率', en: 'Read accuracy' },
  'fee-recovery': { 'zh-CN': '气费回收率', en: 'Fee recovery' },
  'repair-timeliness': { 'zh-CN': '维修及时率', en: 'Repair timeliness' },
  'first-time-fix': { 'zh-CN': '一次性维修合格率', en: 'First-time fix' },
  'reply-rate': { 'zh-CN': '投诉咨询答复率', en: 'Reply rate' },
  'return-visit-rate': { 'zh-CN': '回访率', en: 'Return-visit rate' },
  satisfaction: { 'zh-CN': '满意率', en: 'Satisfaction' },
  'inspection-coverage': { 'zh-CN': '安检覆盖率', en: 'Inspection coverage' },
};
export { KPI_LABEL };

const LEVEL_OPTIONS = [
  { value: 'region', label: { 'zh-CN': '营业厅（片区）', en: 'Business hall (region)' } },
  { value: 'dispatch-center', label: { 'zh-CN': '调度中心', en: 'Dispatch center' } },
  { value: 'staff', label: { 'zh-CN': '员工', en: 'Staff' } },
];
const SCORING_OPTIONS = [
  { value: 'linear', label: { 'zh-CN': '线性（下限 0 分，目标 100 分）', en: 'Linear (0 at the floor, 100 at the target)' } },
  { value: 'penalty', label: { 'zh-CN': '扣分（每低 1 个百分点扣分）', en: 'Penalty (points off per point short)' } },
];

function kpiFields(kpi: KpiName): PolicyField[] {
  const l = KPI_LABEL[kpi];
  const source = SOURCES[kpi];
  const field = (path: string, zh: string, en: string, unit: PolicyField['unit'], extra: Partial<PolicyField> = {}): PolicyField => ({
    path: `kpis.${kpi}.${path}`,
    label: { 'zh-CN': `${l['zh-CN']}：${zh}`, en: `${l.en}: ${en}` },
    unit,
    source,
    ...extra,
  });
  return [
    field('enabled', '纳入考核', 'counts', 'boolean'),
    field('levels', '考核对象', 'assesses', 'choice', { options: LEVEL_OPTIONS }),
    field('target', '目标值', 'target', 'ratio', kpi === 'read-rate' ? { nullable: true } : {}),
    field('weight', '权重', 'weight', 'count'),
    field('scoring', '计分方式', 'scoring', 'choice', { options: SCORING_OPTIONS }),
    field('floor', '线性计分下限', 'linear floor', 'ratio'),
    field('penaltyPerPoint', '每百分点扣分', 'points off per point', 'count'),
  ];
}

export const assessmentsKpisPolicy = definePolicySection({
  name: 'assessments.kpis',
  title: { 'zh-CN': '绩效考核：指标与计分', en: 'Assessments: KPIs and scoring' },
  schema: z.strictObject({
    kpis: z.strictObject(Object.fromEntries(KPI_NAMES.map((k) => [k, KpiRule])) as Record<KpiName, typeof KpiRule>),
    /** How many earlier periods a scorecard's trend shows. */
    trendPeriods: z.int().min(0).max(8),
  }),
  defaults: { kpis: DEFAULTS, trendPeriods: 4 },
  fields: [
    ...KPI_NAMES.flatMap(kpiFields),
    {
      path: 'trendPeriods',
      label: { 'zh-CN': '趋势显示的往期数', en: 'Earlier periods in the trend' },
      unit: 'count',
      source: { ref: 'issue 13', text: 'the trend over the previous periods: the last four by default' },
    },
  ] satisfies PolicyField[],
});

export type AssessmentsKpisPolicy = PolicyValues<typeof assessmentsKpisPolicy>;
