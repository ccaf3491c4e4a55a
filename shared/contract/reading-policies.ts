import * as z from 'zod';
import { EXCEPTION_GRADES, type ExceptionGrade } from './readings.ts';
import { definePolicySection, type PolicyField, type PolicyValues } from './policies.ts';

/**
 * The meter-reading policies (DOMAIN.md › Meter reading; company rules [000 抄表管理制度]):
 * - `reading.vee`: the validation thresholds of each VEE rule and the grade each raises
 *   (functions/reading/vee/ reads the version in force when a reading is validated);
 * - `reading.cadence`: when each kind of meter is read and the read-rate targets (the read-cycles
 *   job of a later part reads it).
 * Where a number is our engineering default rather than a rule of a document, its source says so.
 */

const Grade = z.enum(EXCEPTION_GRADES);
const GRADE_OPTIONS = [
  { value: 'info', label: { 'zh-CN': '提示', en: 'Info' } },
  { value: 'review', label: { 'zh-CN': '需复核', en: 'Review' } },
  { value: 'blocking', label: { 'zh-CN': '阻断计费', en: 'Blocking' } },
] satisfies { value: ExceptionGrade; label: { 'zh-CN': string; en: string } }[];

const DOMAIN_VEE = 'DOMAIN.md › Meter reading; [000 抄表管理制度]';
const ENGINEERING = 'gascare engineering default (no document sets this number)';

const grade = (path: string, zh: string, en: string, text: string): PolicyField => ({
  path,
  label: { 'zh-CN': `${zh}：异常等级`, en: `${en}: grade` },
  unit: 'choice',
  options: GRADE_OPTIONS,
  source: { ref: DOMAIN_VEE, text },
});

export const readingVeePolicy = definePolicySection({
  name: 'reading.vee',
  title: { 'zh-CN': '抄表数据校验 (VEE)', en: 'Reading validation (VEE)' },
  schema: z.strictObject({
    expected: z.strictObject({
      /** How many past readings the average daily use is taken over. */
      historyReadings: z.int().min(1).max(12),
      /** A reading of the same period last year counts when its end is within this many days of a year before. */
      samePeriodToleranceDays: z.int().min(0).max(45),
    }),
    negative: z.strictObject({ grade: Grade }),
    rollover: z.strictObject({
      grade: Grade,
      /** Without a usage history, a rollover is plausible when the consumption across it is at most this share of the register. */
      maxShareOfRegister: z.number().min(0.001).max(0.5),
    }),
    zero: z.strictObject({ grade: Grade }),
    high: z.strictObject({ factor: z.number().min(1.1).max(100), grade: Grade }),
    low: z.strictObject({ factor: z.number().min(0.01).max(0.95), grade: Grade }),
    inactive: z.strictObject({ grade: Grade }),
    duplicate: z.strictObject({ windowHours: z.int().min(1).max(24 * 31), grade: Grade }),
    outOfOrder: z.strictObject({ grade: Grade }),
    estimates: z.strictObject({ maxConsecutive: z.int().min(0).max(12), grade: Grade }),
    icCardNoPurchase: z.strictObject({ days: z.int().min(7).max(730), grade: Grade }),
  }),
  defaults: {
    expected: { historyReadings: 6, samePeriodToleranceDays: 15 },
    negative: { grade: 'blocking' },
    rollover: { grade: 'info', maxShareOfRegister: 0.1 },
    zero: { grade: 'review' },
    high: { factor: 3, grade: 'blocking' },
    low: { factor: 0.2, grade: 'review' },
    inactive: { grade: 'blocking' },
    duplicate: { windowHours: 24, grade: 'info' },
    outOfOrder: { grade: 'blocking' },
    estimates: { maxConsecutive: 2, grade: 'review' },
    icCardNoPurchase: { days: 90, grade: 'review' },
  },
  fields: [
    {
      path: 'expected.historyReadings',
      label: { 'zh-CN': '预期用气量：取最近几次抄表的日均用量', en: 'Expected use: average daily use over the last readings' },
      unit: 'count',
      source: { ref: `${DOMAIN_VEE}; ${ENGINEERING}`, text: 'high/low versus expected use (history or same period last year); the number of readings (6) is an engineering default' },
    },
    {
      path: 'expected.samePeriodToleranceDays',
      label: { 'zh-CN': '去年同期：允许相差的天数', en: 'Same period last year: tolerance in days' },
      unit: 'days',
      source: { ref: `${DOMAIN_VEE}; ${ENGINEERING}`, text: 'expected use from the same period last year when there is one; ±15 days is an engineering default' },
    },
    grade('negative.grade', '负用量', 'Negative consumption', 'negative consumption is an exception; blocking by default (a negative bill is never right)'),
    grade('rollover.grade', '表码翻转', 'Register rollover', 'meter rollover (e.g. 99,986 → 11 on a 5-digit register) is accepted with the consumption across it; info by default'),
    {
      path: 'rollover.maxShareOfRegister',
      label: { 'zh-CN': '无历史时：翻转用量最多占表盘量程的比例', en: 'Without history: largest plausible rollover, share of the register' },
      unit: 'ratio',
      source: { ref: ENGINEERING, text: 'with a history, a rollover is plausible up to the high threshold; without one, up to 10 % of the register (engineering default)' },
    },
    grade('zero.grade', '零用量（在用户）', 'Zero consumption on an active account', 'zero consumption on an active account; review by default'),
    {
      path: 'high.factor',
      label: { 'zh-CN': '用量偏高：超过预期用量的倍数', en: 'High: more than this many times the expected use' },
      unit: 'ratio',
      source: { ref: `${DOMAIN_VEE}; ${ENGINEERING}`, text: 'high versus expected use; 3× expected daily use × days is an engineering default' },
    },
    grade('high.grade', '用量偏高', 'High consumption', 'abnormal consumption is reported at once (用气量异常用户监控流程); blocking by default so a bill is not issued before review'),
    {
      path: 'low.factor',
      label: { 'zh-CN': '用量偏低：低于预期用量的倍数', en: 'Low: under this share of the expected use' },
      unit: 'ratio',
      source: { ref: `${DOMAIN_VEE}; ${ENGINEERING}`, text: 'low versus expected use; 0.2× expected daily use × days is an engineering default' },
    },
    grade('low.grade', '用量偏低', 'Low consumption', 'fast, slow or failed meters are reported at once; review by default'),
    grade('inactive.grade', '停用账户有用量', 'Consumption on an inactive account', 'consumption on an inactive/suspended account; blocking by default'),
    {
      path: 'duplicate.windowHours',
      label: { 'zh-CN': '重复抄表：相同读数的时间窗（小时）', en: 'Duplicate: same value within this many hours' },
      unit: 'hours',
      source: { ref: ENGINEERING, text: 'the same register value of the same meter within 24 h is the same reading submitted twice (engineering default)' },
    },
    grade('duplicate.grade', '重复抄表', 'Duplicate', 'a duplicate is not stored again; info by default (engineering default)'),
    grade('outOfOrder.grade', '抄表时间早于上次', 'Dated before the previous reading', 'a reading dated before the previous one cannot be billed as is; blocking by default (engineering default)'),
    {
      path: 'estimates.maxConsecutive',
      label: { 'zh-CN': '连续估抄次数上限', en: 'Most consecutive estimates' },
      unit: 'count',
      source: { ref: `${DOMAIN_VEE}; ${ENGINEERING}`, text: '不得错抄、估抄、漏抄; repeated estimates are an exception; at most 2 in a row is an engineering default' },
    },
    grade('estimates.grade', '连续估抄', 'Repeated estimates', '不得错抄、估抄、漏抄 (no wrong, estimated or skipped reads); review by default'),
    {
      path: 'icCardNoPurchase.days',
      label: { 'zh-CN': 'IC卡表：多少天未购气且有用量', en: 'IC card: days without a purchase while consuming' },
      unit: 'days',
      source: { ref: `${DOMAIN_VEE}; ${ENGINEERING}`, text: 'IC-card reads record the stored balance; no purchase for 90 days while consuming (tamper suspicion) is an engineering default' },
    },
    grade('icCardNoPurchase.grade', 'IC卡表长期未购气', 'IC card: no purchase', 'abnormal-usage customers are monitored (用气量异常用户监控流程); review by default'),
  ],
});

export type ReadingVeePolicy = PolicyValues<typeof readingVeePolicy>;

export const READ_PERIODS = ['month', 'quarter'] as const;

/** A read window: days of the month (of the quarter's last month for a quarterly cadence). */
const Window = z
  .strictObject({ startDay: z.int().min(1).max(28), endDay: z.int().min(1).max(28) })
  .refine((w) => w.startDay <= w.endDay, { message: 'startDay must not be after endDay', path: ['endDay'] });
const Cadence = z.strictObject({ every: z.enum(READ_PERIODS), window: Window, readRateTarget: z.number().min(0).max(1) });

const PERIOD_OPTIONS = [
  { value: 'month', label: { 'zh-CN': '每月', en: 'Monthly' } },
  { value: 'quarter', label: { 'zh-CN': '每季度', en: 'Quarterly' } },
] satisfies { value: (typeof READ_PERIODS)[number]; label: { 'zh-CN': string; en: string } }[];

const CADENCE_SOURCE = 'DOMAIN.md › Meter reading; [000 抄表管理制度, 000 第二章]';

const cadenceFields = (key: string, zh: string, en: string, texts: { every: string; window: string; target: string }): PolicyField[] => [
  { path: `${key}.every`, label: { 'zh-CN': `${zh}：抄表周期`, en: `${en}: read every` }, unit: 'choice', options: PERIOD_OPTIONS, source: { ref: CADENCE_SOURCE, text: texts.every } },
  { path: `${key}.window.startDay`, label: { 'zh-CN': `${zh}：抄表窗口首日（日）`, en: `${en}: window opens on day` }, unit: 'count', source: { ref: CADENCE_SOURCE, text: texts.window } },
  { path: `${key}.window.endDay`, label: { 'zh-CN': `${zh}：抄表窗口末日（日）`, en: `${en}: window closes after day` }, unit: 'count', source: { ref: CADENCE_SOURCE, text: texts.window } },
  { path: `${key}.readRateTarget`, label: { 'zh-CN': `${zh}：实抄率目标`, en: `${en}: read-rate target` }, unit: 'ratio', source: { ref: CADENCE_SOURCE, text: texts.target } },
];

export const readingCadencePolicy = definePolicySection({
  name: 'reading.cadence',
  title: { 'zh-CN': '抄表周期与考核目标', en: 'Reading cadence and targets' },
  schema: z.strictObject({
    commercial: Cadence,
    residentialOutdoor: Cadence,
    residentialIndoor: Cadence,
    accuracyTarget: z.number().min(0).max(1),
    /** At a cycle's close, whether a meter not read gets an estimate (flagged as such) besides its follow-up task. */
    estimateUnreadAtClose: z.boolean(),
  }),
  defaults: {
    commercial: { every: 'month', window: { startDay: 22, endDay: 23 }, readRateTarget: 1 },
    residentialOutdoor: { every: 'month', window: { startDay: 20, endDay: 25 }, readRateTarget: 0.98 },
    residentialIndoor: { every: 'quarter', window: { startDay: 20, endDay: 25 }, readRateTarget: 0.7 },
    accuracyTarget: 0.98,
    estimateUnreadAtClose: false,
  },
  fields: [
    ...cadenceFields('commercial', '商业用户', 'Commercial', {
      every: '商业用户每月抄表 (commercial monthly)',
      window: '商业用户每月22日–23日抄表 (on the 22nd–23rd)',
      target: '商业用户实抄率100% (commercial 100 % a month)',
    }),
    ...cadenceFields('residentialOutdoor', '居民户外表', 'Residential outdoor', {
      every: '居民户外表每月抄表 (residential outdoor meters monthly)',
      window: 'window 20th–25th: DOMAIN.md gives no window for residential meters; 20–25 follows the billing reads of the 20th–25th (DOMAIN.md › Billing) — a gascare default',
      target: '居民户外表月实抄率≥98% (outdoor ≥98 % a month)',
    }),
    ...cadenceFields('residentialIndoor', '居民户内表', 'Residential indoor', {
      every: '居民户内表按季度抄表 (residential indoor meters quarterly)',
      window: "20th–25th of the quarter's last month: DOMAIN.md gives no window; a gascare default after the billing reads of the 20th–25th",
      target: '居民户内表季度实抄率≥70% (indoor ≥70 % a quarter)',
    }),
    { path: 'accuracyTarget', label: { 'zh-CN': '抄表准确率目标', en: 'Reading accuracy target' }, unit: 'ratio', source: { ref: CADENCE_SOURCE, text: '抄表准确率≥98% (reading accuracy ≥98 %)' } },
    {
      path: 'estimateUnreadAtClose',
      label: { 'zh-CN': '周期结束时未抄表计估抄', en: 'Estimate unread meters at cycle close' },
      unit: 'boolean',
      source: { ref: CADENCE_SOURCE, text: '不得错抄、估抄、漏抄 (no estimated or skipped reads): off by default; an unread meter becomes a follow-up task' },
    },
  ],
});

export type ReadingCadencePolicy = PolicyValues<typeof readingCadencePolicy>;
