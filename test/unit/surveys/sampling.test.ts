import { bucketRanges, countQuotas, eventDrawn, withinQuotas, withinSkipWindow } from '../../../functions/surveys/sampling.ts';
import { SAMPLE_BUCKETS, sampleBucket } from '../../../shared/keys.ts';

const width = (ranges: readonly (readonly [number, number])[]) => ranges.reduce((sum, [from, to]) => sum + (to - from), 0);
const inRanges = (bucket: number, ranges: readonly (readonly [number, number])[]) => ranges.some(([from, to]) => bucket >= from && bucket < to);

describe('periodic sampling by bucket ranges', () => {
  it.each([0.001, 0.05, 0.1, 0.333, 0.5, 0.999])('a rate of %s samples that share of the buckets, in at most two ranges', (rate) => {
    for (const period of ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']) {
      const ranges = bucketRanges('01KCAMPAIGN0000000000000000', period, rate);
      expect(ranges.length).toBeLessThanOrEqual(2);
      expect(width(ranges)).toBe(Math.round(rate * SAMPLE_BUCKETS));
      for (const [from, to] of ranges) {
        expect(from).toBeGreaterThanOrEqual(0);
        expect(to).toBeLessThanOrEqual(SAMPLE_BUCKETS);
        expect(from).toBeLessThan(to);
      }
    }
  });

  it('a rate of 1 takes every bucket', () => expect(bucketRanges('c', '2026-Q4', 1)).toEqual([[0, SAMPLE_BUCKETS]]));

  it('is the same on a rerun, and moves to other customers the next period', () => {
    expect(bucketRanges('c1', '2026-Q4', 0.1)).toEqual(bucketRanges('c1', '2026-Q4', 0.1));
    expect(bucketRanges('c1', '2027-Q1', 0.1)).not.toEqual(bucketRanges('c1', '2026-Q4', 0.1));
  });

  it('samples close to the rate of a population of customer ids (10,000 ids, 10 %: 10 % ± 1.5 %)', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `01K${String(i).padStart(23, '0')}`);
    for (const period of ['2026-Q1', '2026-Q2', '2026-Q3']) {
      const ranges = bucketRanges('01KCAMPAIGN', period, 0.1);
      const sampled = ids.filter((id) => inRanges(sampleBucket(id), ranges)).length;
      expect(sampled).toBeGreaterThan(850);
      expect(sampled).toBeLessThan(1150);
    }
  });
});

describe('event draws', () => {
  it('draws about the rate of events, the same way each time', () => {
    const events = Array.from({ length: 5000 }, (_, i) => `ticket:T${i}`);
    const drawn = events.filter((e) => eventDrawn('c1', e, 0.3));
    expect(drawn.length).toBeGreaterThan(1350);
    expect(drawn.length).toBeLessThan(1650);
    expect(events.filter((e) => eventDrawn('c1', e, 0.3))).toEqual(drawn);
    expect(events.every((e) => eventDrawn('c1', e, 1))).toBe(true);
  });
});

describe('quotas', () => {
  const quotas = [{ regionId: 'r-east', max: 2 }, { class: 'commercial' as const, max: 1 }, { regionId: 'r-west', class: 'residential' as const, max: 1 }];
  const cases: [string, { regionId: string; class: string }[], { regionId: string; class: string }, boolean][] = [
    ['nothing counted yet', [], { regionId: 'r-east', class: 'residential' }, true],
    ['the region full', [{ regionId: 'r-east', class: 'residential' }, { regionId: 'r-east', class: 'residential' }], { regionId: 'r-east', class: 'residential' }, false],
    ['another region, no quota', [{ regionId: 'r-east', class: 'residential' }, { regionId: 'r-east', class: 'residential' }], { regionId: 'r-north', class: 'residential' }, true],
    ['the class full anywhere', [{ regionId: 'r-north', class: 'commercial' }], { regionId: 'r-south', class: 'commercial' }, false],
    ['region and class together', [{ regionId: 'r-west', class: 'residential' }], { regionId: 'r-west', class: 'residential' }, false],
    ['region and class: another class passes', [{ regionId: 'r-west', class: 'residential' }], { regionId: 'r-west', class: 'industrial' }, true],
  ];
  it.each(cases)('%s', (_, before, next, allowed) => {
    const counts = before.reduce((c, b) => countQuotas(quotas, c, b), [] as number[]);
    expect(withinQuotas(quotas, counts, next)).toBe(allowed);
  });

  it('no quotas: always within', () => expect(withinQuotas([], [], { regionId: 'r', class: 'residential' })).toBe(true));
});

describe('the skip window', () => {
  const at = new Date('2026-11-15T09:30:00+08:00');
  it.each([
    [undefined, 90, false],
    ['2026-11-01T09:30:00+08:00', 90, true],
    ['2026-08-18T09:30:00+08:00', 90, true],
    ['2026-08-17T09:30:00+08:00', 90, false],
    ['2026-08-16T09:29:00+08:00', 90, false],
    ['2026-11-14T09:30:00+08:00', 0, false],
  ] as const)('last invited %s, skip %s days: skipped %s', (last, days, skipped) => {
    expect(withinSkipWindow(last, at, days)).toBe(skipped);
  });
});
