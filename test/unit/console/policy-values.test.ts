import { editorOf, fromFieldState, toFieldState, valuesFromForm } from '../../../console/src/pages/policies/form-values.ts';
import { changedPaths, fieldOfError, formatValue, getPath, setPath, withChanges, type ValueTexts } from '../../../console/src/pages/policies/values.ts';
import type { PolicyField, PolicyVersion } from '../../../shared/contract/policies.ts';
import { customersLifecyclePolicy } from '../../../shared/contract/customers-policies.ts';

/** The policies page's pure helpers: paths, what a version changed, values by unit, the generic form's conversions. */
const zh: ValueTexts = {
  language: 'zh-CN',
  off: '不启用',
  yes: '是',
  no: '否',
  units: { minutes: '分钟', hours: '小时', 'working-days': '个工作日' },
  clocks: { elapsed: '（自然时间）', working: '（工作时间）', endOfWorkingDay: '当个工作日结束前', postponed: '节假日顺延', weekendsDoNotCount: '周末不计' },
};
const en: ValueTexts = {
  language: 'en',
  off: 'Off',
  yes: 'Yes',
  no: 'No',
  units: { minutes: 'min' },
  clocks: { elapsed: '(elapsed)', working: '(working hours)', endOfWorkingDay: 'by the end of the working day', postponed: 'postponed over holidays', weekendsDoNotCount: 'weekends do not count' },
};
const fields = customersLifecyclePolicy.fields as readonly PolicyField[];
const field = (path: string) => fields.find((f) => f.path === path)!;
const source = { ref: 'r', text: 't' };
const label = { 'zh-CN': 'x', en: 'x' };

describe('paths', () => {
  it('gets and sets dotted paths without touching the original', () => {
    const values = { sms: { start: '08:00', end: '20:00' }, limit: 3 };
    expect(getPath(values, 'sms.start')).toBe('08:00');
    expect(getPath(values, 'sms.none.deeper')).toBeUndefined();
    const next = setPath(values, 'sms.start', '09:00');
    expect(next).toEqual({ sms: { start: '09:00', end: '20:00' }, limit: 3 });
    expect(values.sms.start).toBe('08:00');
    expect(setPath({}, 'a.b.c', 1)).toEqual({ a: { b: { c: 1 } } });
  });

  it.each([
    ['body.values.specialCareNight.start', { path: 'specialCareNight', rest: 'start' }],
    ['body.values.restorationBanClasses', { path: 'restorationBanClasses', rest: '' }],
    ['body.values.restorationBanClasses.0', { path: 'restorationBanClasses', rest: '0' }],
    ['body.values.unknown', undefined],
    ['body.reason', undefined],
  ])('maps the server field %s to its form field', (errorField, expected) => {
    expect(fieldOfError(errorField, fields.map((f) => f.path))).toEqual(expected);
  });
});

describe('ticket deadlines by their clock', () => {
  const minutes = { path: 'repair.resolve', label, unit: 'minutes' as const, source };
  it.each([
    [{ clock: 'elapsed', minutes: 120 }, '2 小时 （自然时间）', '2 h (elapsed)'],
    [{ clock: 'elapsed', minutes: 30 }, '30 分钟 （自然时间）', '30 min (elapsed)'],
    [{ clock: 'elapsed', minutes: 2880, postponeOverHolidays: true }, '48 小时 （自然时间）（节假日顺延）', '48 h (elapsed) (postponed over holidays)'],
    [{ clock: 'elapsed', minutes: 10080, postponeOverHolidays: true, weekendsCount: false }, '168 小时 （自然时间）（节假日顺延，周末不计）', '168 h (elapsed) (postponed over holidays, weekends do not count)'],
    [{ clock: 'working', minutes: 240 }, '4 小时 （工作时间）', '4 h (working hours)'],
    [{ clock: 'working-days', days: 2 }, '2 个工作日', '2'],
    [{ clock: 'end-of-working-day' }, '当个工作日结束前', 'by the end of the working day'],
  ])('%j reads as a sentence, never as JSON', (value, zhText, enText) => {
    expect(formatValue(minutes, value, zh)).toBe(zhText);
    expect(formatValue(minutes, value, en)).toBe(enText);
  });
  it('a group of deadlines lists each', () => {
    expect(formatValue(minutes, { acknowledge: { clock: 'elapsed', minutes: 60 }, onSite: { clock: 'elapsed', minutes: 180 } }, en)).toBe('1 h (elapsed); 3 h (elapsed)');
  });
});

describe('changed paths', () => {
  const paths = fields.map((f) => f.path);
  const defaults = customersLifecyclePolicy.defaults;

  it('lists the fields that differ, in field order, and keys no field describes', () => {
    expect(changedPaths(defaults, { ...defaults }, paths)).toEqual([]);
    expect(changedPaths(defaults, { ...defaults, restorationBanClasses: ['residential', 'commercial'], specialCareNight: { end: '06:00', start: '21:00' } }, paths)).toEqual([
      'specialCareNight',
      'restorationBanClasses',
    ]);
    expect(changedPaths(defaults, { ...defaults, extra: 1 }, paths)).toEqual(['extra']);
    expect(changedPaths(defaults, { ...defaults, specialCareNight: { start: '22:00', end: '06:00' } }, paths)).toEqual([]); // key order does not matter
  });

  it('compares each version with the one before it, the oldest with the defaults', () => {
    const version = (id: string, values: object): PolicyVersion => ({ id, effectiveFrom: '2026-01-01T00:00:00.000Z', values: { ...defaults, ...values }, reason: 'r', pack: null, createdAt: '2026-01-01T00:00:00.000Z', actor: { kind: 'user', id: 'admin', name: 'a' } });
    const history = [version('3', { restorationBan: { start: '22:00', end: '06:00' }, specialCareNight: null }), version('2', { specialCareNight: null }), version('1', {})];
    expect(withChanges(history, defaults, paths).map((v) => [v.id, v.changed])).toEqual([
      ['3', ['restorationBan']],
      ['2', ['specialCareNight']],
      ['1', []],
    ]);
  });
});

describe('a value as text by its unit', () => {
  it.each<[Pick<PolicyField, 'unit' | 'options'>, unknown, ValueTexts, string]>([
    [field('specialCareNight'), { start: '22:00', end: '06:00' }, zh, '22:00–06:00'],
    [field('specialCareNight'), null, zh, '不启用'],
    [field('restorationBan'), null, en, 'Off'],
    [field('restorationBanClasses'), ['residential', 'commercial'], zh, '居民、商业'],
    [field('restorationBanClasses'), ['residential', 'commercial'], en, 'Residential, Commercial'],
    [{ unit: 'minutes' }, 30, zh, '30 分钟'],
    [{ unit: 'working-days' }, 5, zh, '5 个工作日'],
    [{ unit: 'hours' }, 1500, en, '1,500'],
    [{ unit: 'ratio' }, 0.955, zh, '95.5%'],
    [{ unit: 'percent' }, 98, en, '98%'],
    [{ unit: 'boolean' }, true, zh, '是'],
    [{ unit: 'text' }, '您好', zh, '您好'],
    [{ unit: 'count' }, { odd: 1 }, en, '{"odd":1}'],
  ])('%j %j → %s', (f, value, texts, expected) => {
    expect(formatValue(f, value, texts)).toBe(expected);
  });
});

describe('the generic schedule form', () => {
  it('picks the editor by unit, several choices when the value is an array, JSON for anything else', () => {
    expect(editorOf(field('specialCareNight'), null, null)).toBe('time-window');
    expect(editorOf(field('restorationBanClasses'), ['residential'], ['residential'])).toBe('choices');
    expect(editorOf({ unit: 'choice', options: [{ value: 'a', label }] }, 'a', 'a')).toBe('choice');
    expect(editorOf({ unit: 'minutes' }, 1, 1)).toBe('number');
    expect(editorOf({ unit: 'percent' }, 1, 1)).toBe('number');
    expect(editorOf({ unit: 'boolean' }, true, true)).toBe('boolean');
    expect(editorOf({ unit: 'text' }, '', '')).toBe('text');
    expect(editorOf({ unit: 'tariff-table' as PolicyField['unit'] }, [], [])).toBe('json');
  });

  it('round-trips a time window, switches a nullable one off, edits a null one from its default', () => {
    const f = field('specialCareNight');
    const state = toFieldState(f, { start: '22:00', end: '06:00' }, null);
    expect(state.on).toBe(true);
    expect(fromFieldState(f, state, null, null)).toEqual({ start: '22:00', end: '06:00' });
    expect(fromFieldState(f, { ...state, on: false }, null, null)).toBeNull();
    const fromNull = toFieldState(field('restorationBan'), null, { start: '23:00', end: '05:00' });
    expect(fromNull.on).toBe(false);
    expect(fromFieldState(field('restorationBan'), { ...fromNull, on: true }, null, null)).toEqual({ start: '23:00', end: '05:00' });
  });

  it('keeps a JSON field as text and parses it back', () => {
    const f = { path: 'tiers', unit: 'tariff-table' as PolicyField['unit'], label, source };
    const state = toFieldState(f, [{ upTo: 300, price: 2.8 }], null);
    expect(typeof state.value).toBe('string');
    expect(fromFieldState(f, state, null, null)).toEqual([{ upTo: 300, price: 2.8 }]);
  });

  it('sends every value of the section: the values in force with the form\'s fields over them', () => {
    const inForce = { ...customersLifecyclePolicy.defaults, notAField: 'kept' };
    const states = fields.map((f) => toFieldState(f, getPath(inForce, f.path), getPath(customersLifecyclePolicy.defaults, f.path)));
    states[0] = toFieldState(field('specialCareNight'), { start: '21:00', end: '07:00' }, null); // as the two pickers hold it
    expect(valuesFromForm(fields, states, inForce, customersLifecyclePolicy.defaults)).toEqual({
      specialCareNight: { start: '21:00', end: '07:00' },
      restorationBan: null,
      restorationBanClasses: ['residential'],
      notAField: 'kept',
    });
  });
});
