import { readFileSync } from 'node:fs';
import { OFFICIAL_SOURCE, officialYear } from '../../../shared/calendar/official.ts';

const kinds = (year: number) => Object.fromEntries(officialYear(year).days.map((d) => [d.date, `${d.kind} ${d.name}`]));

describe('official dates from chinese-days', () => {
  it('names the installed package version as the source', () => {
    const pkg = JSON.parse(readFileSync('node_modules/chinese-days/package.json', 'utf8')) as { version: string };
    expect(OFFICIAL_SOURCE).toBe(`chinese-days ${pkg.version}`);
  });

  /** The State Council's 2026 arrangement, as the brief lists it. */
  const HOLIDAYS_2026: [string, string, string][] = [
    ['元旦', '2026-01-01', '2026-01-03'],
    ['春节', '2026-02-15', '2026-02-23'],
    ['清明', '2026-04-04', '2026-04-06'],
    ['劳动节', '2026-05-01', '2026-05-05'],
    ['端午', '2026-06-19', '2026-06-21'],
    ['中秋', '2026-09-25', '2026-09-27'],
    ['国庆节', '2026-10-01', '2026-10-07'],
  ];
  const MAKEUP_2026: [string, string][] = [
    ['2026-01-04', '元旦'],
    ['2026-02-14', '春节'],
    ['2026-02-28', '春节'],
    ['2026-05-09', '劳动节'],
    ['2026-09-20', '国庆节'],
    ['2026-10-10', '国庆节'],
  ];

  it('has exactly the 2026 holidays and make-up working days', () => {
    const expected: Record<string, string> = {};
    for (const [name, from, to] of HOLIDAYS_2026) {
      for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) expected[d.toISOString().slice(0, 10)] = `holiday ${name}`;
    }
    for (const [date, name] of MAKEUP_2026) expected[date] = `makeup-working ${name}调休上班`;
    expect(kinds(2026)).toEqual(expected);
    expect(officialYear(2026)).toMatchObject({ official: true, source: OFFICIAL_SOURCE, warnings: [] });
  });

  it('says so when the package has no dates for a year (2027): weekends only, a warning', () => {
    const y = officialYear(2027);
    expect(y).toMatchObject({ year: 2027, official: false, source: null, days: [] });
    expect(y.warnings).toEqual([{ code: 'official-data-missing', message: expect.stringContaining('2027') }]);
  });

  it('has official dates for every year from 2004 to 2026', () => {
    for (let year = 2004; year <= 2026; year++) expect({ year, official: officialYear(year).official }).toEqual({ year, official: true });
  });
});
