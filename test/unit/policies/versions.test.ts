import { changedPaths, checkedEffectiveFrom, versionAt } from '../../../functions/policies/policy-service.ts';
import type { PolicyVersion } from '../../../shared/contract/policies.ts';
import { inStoreOrder, overDefaults } from '../../../shared/policies/policy-store.ts';

const actor = { kind: 'user', id: 'admin', name: '管理员' };
const version = (id: string, effectiveFrom: string, values: Record<string, unknown> = {}): PolicyVersion => ({ id, effectiveFrom, values, reason: 'r', pack: null, createdAt: effectiveFrom, actor });

describe('the version in force at an instant', () => {
  const versions = inStoreOrder([
    version('01A', '2026-01-01T00:00:00.000Z'),
    version('01C', '2026-07-01T00:00:00.000Z'),
    // Written later with the same effective date: it wins the tie.
    version('01D', '2026-07-01T00:00:00.000Z'),
    version('01B', '2026-04-01T00:00:00.000Z'),
  ]);

  it.each([
    ['before every version: none (the defaults apply)', '2025-12-31T23:59:59.999Z', undefined],
    ['at the instant a version takes effect', '2026-01-01T00:00:00.000Z', '01A'],
    ['between two versions', '2026-05-15T08:00:00.000Z', '01B'],
    ['a tie of effective dates: the later written', '2026-07-01T00:00:00.000Z', '01D'],
    ['long after the last', '2030-01-01T00:00:00.000Z', '01D'],
  ])('%s', (_case, at, expected) => {
    expect(versionAt(versions, new Date(at))?.id).toBe(expected);
  });

  it('keeps the store order: newest effective date first', () => {
    expect(versions.map((v) => v.id)).toEqual(['01D', '01C', '01B', '01A']);
  });
});

describe('stored values over the defaults', () => {
  it.each([
    ['a stored value wins', { a: 1, b: 2 }, { a: 5 }, { a: 5, b: 2 }],
    ['a value added to the section later gets its default', { a: 1, nested: { x: 1, y: 2 } }, { nested: { x: 9 } }, { a: 1, nested: { x: 9, y: 2 } }],
    ['null switches a window off', { w: { start: '22:00', end: '06:00' } }, { w: null }, { w: null }],
    ['arrays replace wholesale', { classes: ['residential', 'commercial'] }, { classes: ['commercial'] }, { classes: ['commercial'] }],
    ['a window set over a null default', { w: null }, { w: { start: '22:00', end: '06:00' } }, { w: { start: '22:00', end: '06:00' } }],
  ])('%s', (_case, defaults, stored, expected) => {
    expect(overDefaults(defaults, stored)).toEqual(expected);
  });
});

describe('what changed', () => {
  it.each([
    ['nothing', { a: 1 }, { a: 1 }, []],
    ['a nested value', { w: { start: '22:00', end: '06:00' } }, { w: { start: '21:00', end: '06:00' } }, ['w.start']],
    ['a window switched off', { w: { start: '22:00', end: '06:00' } }, { w: null }, ['w']],
    ['an array', { c: ['residential'] }, { c: ['residential', 'commercial'] }, ['c']],
  ])('%s', (_case, before, after, expected) => {
    expect(changedPaths(before, after)).toEqual(expected);
  });
});

describe('when a change may take effect', () => {
  const now = new Date('2026-12-01T08:00:00.000Z');
  it('later, as given', () => expect(checkedEffectiveFrom('2027-01-01T00:00:00+08:00', now)).toBe('2026-12-31T16:00:00.000Z'));
  it('a moment ago (clock skew): now', () => expect(checkedEffectiveFrom('2026-12-01T07:58:00Z', now)).toBe(now.toISOString()));
  it('in the past: refused, naming the field', () => {
    expect(() => checkedEffectiveFrom('2026-11-30T08:00:00Z', now)).toThrow(expect.objectContaining({ code: 'effective-in-past', fields: [{ field: 'body.effectiveFrom', message: 'in the past' }] }));
  });
});
