import { meterAgeBucket } from '../../../shared/entities/meter.ts';
import { countCustomer, emptyStats } from '../../../functions/customers/jobs/archive-stats.ts';

describe('meter age buckets', () => {
  it.each([
    ['2026-03-10', '2026-03-10', '0-5'],
    ['2021-03-11', '2026-03-10', '0-5'], // one day short of 5 years
    ['2021-03-10', '2026-03-10', '5-10'], // the fifth anniversary
    ['2016-03-11', '2026-03-10', '5-10'],
    ['2016-03-10', '2026-03-10', '10-15'],
    ['2011-03-11', '2026-03-10', '10-15'],
    ['2011-03-10', '2026-03-10', '15+'],
    ['1995-01-01', '2026-03-10', '15+'],
    ['2027-01-01', '2026-03-10', '0-5'], // installed after asOf
    ['2020-02-29', '2025-02-28', '0-5'], // leap day: the anniversary is not reached on the 28th
    ['2020-02-29', '2025-03-01', '5-10'],
  ])('installed %s, as of %s → %s', (installedAt, asOf, bucket) => {
    expect(meterAgeBucket(installedAt, asOf)).toBe(bucket);
  });

  it('reads an instant as its UTC day', () => {
    expect(meterAgeBucket('2021-03-10', new Date('2026-03-10T00:00:00Z'))).toBe('5-10');
    expect(meterAgeBucket('2021-03-10', new Date('2026-03-09T23:59:59Z'))).toBe('0-5');
  });
});

describe('archive figures of a region', () => {
  it('count customers by class and state, special care, and active meters by type and age', () => {
    const stats = emptyStats('r-east', '2026-03-10T17:30:00.000Z');
    const none = { elderly: false, disabled: false, livingAlone: false };
    const meter = (type: 'diaphragm' | 'ic-card' | 'remote', installedAt: string, status: 'active' | 'removed' = 'active') => ({ id: 'm', serial: 's', type, digits: 5, installedAt, status });
    countCustomer(stats, { class: 'residential', lifecycle: { state: 'gas-on', contracts: {} }, specialCare: { ...none, elderly: true }, meters: [meter('diaphragm', '2010-01-01'), meter('ic-card', '2024-01-01', 'removed')] }, '2026-03-11');
    countCustomer(stats, { class: 'commercial', lifecycle: { state: 'suspended', contracts: {} }, specialCare: none, meters: [meter('remote', '2019-06-01'), meter('ic-card', '2025-01-01')] }, '2026-03-11');
    countCustomer(stats, { class: 'residential', lifecycle: { state: 'applied', contracts: {} }, specialCare: { ...none, livingAlone: true, elderly: true }, meters: [] }, '2026-03-11');
    expect(stats).toEqual({
      regionId: 'r-east',
      asOf: '2026-03-10T17:30:00.000Z',
      customers: 3,
      byClass: { residential: 2, commercial: 1, 'public-welfare': 0, industrial: 0 },
      byState: { applied: 1, accepted: 0, 'gas-on': 1, suspended: 1, closed: 0 },
      specialCare: 2,
      meters: 3,
      metersByType: { diaphragm: 1, 'ic-card': 1, remote: 1 },
      metersByAge: { '0-5': 1, '5-10': 1, '10-15': 0, '15+': 1 },
    });
  });
});
