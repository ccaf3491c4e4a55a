import { completeScores, dimensionOfField, surveyOutcome, type SurveyOutcome } from '../../../console/src/pages/public-survey/outcome.ts';
import {
  chartPercent,
  comparePeriods,
  createBody,
  formFieldOf,
  formValuesOf,
  isLowAnswer,
  offeredCampaignActions,
  periodOptions,
  periodParts,
  rateText,
  toPercent,
  toRatio,
  updateBody,
  type CampaignFormValues,
} from '../../../console/src/pages/surveys/model.ts';
import type { Role } from '../../../shared/contract/access.ts';
import { CampaignView, CreateCampaignBody, SURVEY_DIMENSIONS, UpdateCampaignBody, type CampaignState } from '../../../shared/contract/surveys.ts';

/** The survey pages' pure helpers: actions offered, the editor's bodies, low scores, no-data shares, periods, and the public page's refusals. */

describe('the actions a campaign offers', () => {
  it.each<[CampaignState, Role[], string[]]>([
    ['draft', ['admin'], ['start']],
    ['running', ['manager'], ['pause']],
    ['paused', ['manager'], ['resume']],
    ['draft', ['dispatcher'], []],
    ['running', ['agent'], []],
    ['paused', ['field', 'agent'], []],
    ['running', ['agent', 'manager'], ['pause']],
  ])('%s for %j: %j', (state, roles, actions) => {
    expect(offeredCampaignActions({ state }, roles)).toEqual(actions);
  });
});

describe('low answers', () => {
  it.each([
    [{ attitude: 5, quality: 5, resolution: 5, afterSales: 5 }, false],
    [{ attitude: 3, quality: 3, resolution: 3, afterSales: 3 }, false],
    [{ attitude: 5, quality: 2, resolution: 5, afterSales: 5 }, true],
    [{ attitude: 1 }, true],
    [{}, false],
  ])('%j → %s', (scores, low) => {
    expect(isLowAnswer(scores)).toBe(low);
  });
});

const periodic: CampaignFormValues = {
  name: '  2026 年居民满意度调查 ',
  kind: 'periodic',
  schedule: 'quarterly',
  trigger: 'ticket.closed', // left over from switching the kind: not sent
  regionIds: ['r-east', 'r-west'],
  classes: ['residential'],
  sampleRatePercent: 12.5,
  quotas: [{ regionId: 'r-east', max: 200 }, { class: 'residential', max: 300 }, {}],
  skipDays: null,
  channel: 'sms',
};

describe('the editor’s bodies', () => {
  it('sends a periodic campaign with its schedule, the rate as a share, the filled quota rows, no skip days when blank', () => {
    const body = createBody(periodic);
    expect(body).toEqual({
      name: '2026 年居民满意度调查',
      kind: 'periodic',
      schedule: 'quarterly',
      scope: { regionIds: ['r-east', 'r-west'], classes: ['residential'] },
      sampleRate: 0.125,
      quotas: [{ regionId: 'r-east', max: 200 }, { class: 'residential', max: 300 }],
      channel: 'sms',
    });
    expect(CreateCampaignBody.safeParse(body).success).toBe(true);
  });

  it('sends an event campaign with its trigger and no schedule, skip days when given, no quotas when none', () => {
    const body = createBody({ ...periodic, kind: 'event', schedule: 'yearly', trigger: 'ticket.closed', quotas: [], skipDays: 0, channel: 'email' });
    expect(body).toMatchObject({ kind: 'event', trigger: 'ticket.closed', skipDays: 0, channel: 'email' });
    expect(body).not.toHaveProperty('schedule');
    expect(body).not.toHaveProperty('quotas');
    expect(CreateCampaignBody.safeParse(body).success).toBe(true);
  });

  it('sends an edit with what may change and the version read', () => {
    const body = updateBody({ name: ' 新名称 ', sampleRatePercent: 5, quotas: [{ regionId: 'r-east', class: 'commercial', max: 10 }], skipDays: 90 }, 3);
    expect(body).toEqual({ name: '新名称', sampleRate: 0.05, quotas: [{ regionId: 'r-east', class: 'commercial', max: 10 }], skipDays: 90, version: 3 });
    expect(UpdateCampaignBody.safeParse(body).success).toBe(true);
  });

  it('reads a campaign back into the editor’s values', () => {
    const view = CampaignView.parse({
      id: '01JB0000000000000000000000',
      name: '回访',
      kind: 'event',
      schedule: null,
      trigger: 'customer.gas-on',
      scope: { regionIds: ['r-east'], classes: ['commercial'] },
      sampleRate: 0.3,
      quotas: [],
      skipDays: 180,
      channel: 'email',
      state: 'draft',
      periods: [],
      progress: { invited: 0, answered: 0, responseRate: null, phoneTasks: 0 },
      createdBy: 'admin',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      startedAt: null,
      version: 1,
    });
    const values = formValuesOf(view);
    expect(values).toEqual({ name: '回访', kind: 'event', trigger: 'customer.gas-on', regionIds: ['r-east'], classes: ['commercial'], sampleRatePercent: 30, quotas: [], skipDays: 180, channel: 'email' });
    expect(createBody(values)).toMatchObject({ sampleRate: 0.3, trigger: 'customer.gas-on', skipDays: 180 });
  });

  it.each([
    [12.5, 0.125],
    [0.1, 0.001],
    [33.33, 0.3333],
    [100, 1],
  ])('%s %% is a share of %s and back', (percent, ratio) => {
    expect(toRatio(percent)).toBe(ratio);
    expect(toPercent(ratio)).toBe(percent);
  });

  it.each([
    ['body.scope.regionIds', ['regionIds']],
    ['scope.classes', ['classes']],
    ['body.sampleRate', ['sampleRatePercent']],
    ['body.quotas.2.max', ['quotas', 2, 'max']],
    ['quotas.0', ['quotas', 0]],
    ['body.name', ['name']],
  ])('puts the refusal of %s on the field %j', (field, path) => {
    expect(formFieldOf(field)).toEqual(path);
  });
});

describe('shares without data', () => {
  it('stay null in charts and say "no data" in words, never 0 % or 100 %', () => {
    const percent = (r: number) => `${Math.round(r * 100)}%`;
    expect(chartPercent(null)).toBeNull();
    expect(chartPercent(undefined)).toBeNull();
    expect(chartPercent(0)).toBe(0);
    expect(chartPercent(0.9876)).toBe(98.8);
    expect(rateText(null, percent, '暂无数据')).toBe('暂无数据');
    expect(rateText(0, percent, '暂无数据')).toBe('0%');
    expect(rateText(1, percent, '暂无数据')).toBe('100%');
  });
});

describe('periods', () => {
  it.each([
    ['2026', { kind: 'year', year: 2026, n: 0 }],
    ['2026-H2', { kind: 'half', year: 2026, n: 2 }],
    ['2026-Q4', { kind: 'quarter', year: 2026, n: 4 }],
    ['2026-11', { kind: 'month', year: 2026, n: 11 }],
    ['2026-13', undefined],
    ['2026-Q5', undefined],
    ['26-Q1', undefined],
  ])('%s → %j', (period, parts) => {
    expect(periodParts(period)).toEqual(parts);
  });

  it('sorts a year before its halves, a half before its quarters, a quarter before its months', () => {
    expect(['2026-02', '2025-Q4', '2026-Q1', '2026', '2026-H1', '2025'].sort(comparePeriods)).toEqual(['2025', '2025-Q4', '2026', '2026-H1', '2026-Q1', '2026-02']);
  });

  it('offers this year and last, their halves and quarters so far, the last 12 months and the periods on record, newest first', () => {
    const options = periodOptions('2026-05-20', ['2024-Q3', 'garbage']);
    expect(options.year).toEqual(['2026', '2025']);
    expect(options.half).toEqual(['2026-H1', '2025-H2', '2025-H1']);
    expect(options.quarter).toEqual(['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1', '2024-Q3']);
    expect(options.month).toHaveLength(12);
    expect(options.month[0]).toBe('2026-05');
    expect(options.month.at(-1)).toBe('2025-06');
  });
});

describe('the public page’s refusals', () => {
  const error = (status: number, code?: string, errors?: { field: string }[]) => ({ status, code: code ?? 'x', problem: { errors } });
  it.each<[ReturnType<typeof error>, SurveyOutcome]>([
    [error(409, 'survey-answered'), 'answered'],
    [error(410, 'survey-answered'), 'answered'],
    [error(410, 'survey-expired'), 'expired'],
    [error(404, 'survey-link-invalid'), 'invalid'],
    [error(404, 'not-found'), 'invalid'],
    [error(400, 'validation', [{ field: 'path.token' }]), 'invalid'],
    [error(400, 'validation', [{ field: 'body.scores.quality' }]), 'field'],
    [error(429, 'rate-limited'), 'rate-limited'],
    [error(409, 'conflict'), 'answered'],
    [error(410, 'gone'), 'expired'],
    [error(500, 'internal'), 'failed'],
    [error(0, 'network'), 'failed'],
  ])('%j → %s', (e, outcome) => {
    expect(surveyOutcome(e)).toBe(outcome);
  });

  it('finds the dimension a field error names', () => {
    expect(dimensionOfField('body.scores.quality', SURVEY_DIMENSIONS)).toBe('quality');
    expect(dimensionOfField('scores.afterSales', SURVEY_DIMENSIONS)).toBe('afterSales');
    expect(dimensionOfField('body.comment', SURVEY_DIMENSIONS)).toBeUndefined();
    expect(dimensionOfField('body.scores.price', SURVEY_DIMENSIONS)).toBeUndefined();
  });

  it('has the scores once every dimension has one', () => {
    expect(completeScores(SURVEY_DIMENSIONS, { attitude: 5, quality: 4, resolution: 3 })).toBeUndefined();
    expect(completeScores(SURVEY_DIMENSIONS, { attitude: 5, quality: 4, resolution: 3, afterSales: 1 })).toEqual({ attitude: 5, quality: 4, resolution: 3, afterSales: 1 });
  });
});
