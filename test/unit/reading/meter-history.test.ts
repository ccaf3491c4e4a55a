import { ulid } from 'ulid';
import { itemSize } from '../../../bench/capacity.ts';
import { nextReadings } from '../../../functions/reading/reading-service.ts';
import { meterFromItem, meterItem, type Meter } from '../../../shared/entities/meter.ts';
import { decodeHistory, encodeHistory } from '../../../shared/entities/meter-history.ts';
import { METER_HISTORY, type MeterReadings, type Reading } from '../../../shared/entities/reading.ts';

/** An IC-card meter as the archive writes it, with the longest fields it takes (serial, purchase date, balance). */
const meter = (readings?: MeterReadings): Meter => ({
  id: ulid(),
  customerId: ulid(),
  regionId: 'r-dongcheng-0001',
  serial: 'JD-2019-00123456',
  type: 'ic-card',
  digits: 8,
  installedAt: '2019-05-12',
  inlet: 'left',
  placement: 'indoor',
  status: 'active',
  startRead: 0,
  icCard: { balanceFen: 12345678, purchases: 1234, lastPurchaseAt: '2026-10-02T03:04:05.123Z' },
  accountState: 'suspended',
  replaces: ulid(),
  ...(readings ? { readings } : {}),
  version: 123_456,
  createdAt: '2026-11-20T03:04:05.123Z',
  updatedAt: '2026-11-20T03:04:05.123Z',
});

/** A reading of a large register (8 digits, 3 decimals), a month after the one before. */
const reading = (month: number, over: Partial<Reading> = {}): Reading => ({
  id: ulid(Date.parse('2025-10-02T00:00:00Z') + month * 30 * 86_400_000),
  meterId: 'm',
  customerId: 'c',
  regionId: 'r',
  value: 12_345_678.912 + month * 123.456,
  readAt: new Date(Date.parse('2025-10-02T01:02:03.456Z') + month * 30.4 * 86_400_000).toISOString(),
  source: month % 3 ? 'field' : 'estimate',
  previous: null,
  consumption: 123.456,
  days: 30.4,
  billable: month !== 4,
  status: 'valid',
  exceptions: [],
  purchases: 1000 + month,
  policyVersionId: null,
  actor: { kind: 'user', id: 'u', name: 'u' },
  createdAt: '2026-11-20T03:04:05.123Z',
  version: 1,
  ...over,
});

const history = (count: number) => Array.from({ length: count }, (_, m) => reading(m)).reduce<MeterReadings | undefined>((h, r) => nextReadings(h, r, false), undefined)!;

describe('the meter history as stored', () => {
  it(`keeps its ${METER_HISTORY} readings exactly as the VEE rules saw them`, () => {
    const readings = history(20);
    expect(readings.recent).toHaveLength(METER_HISTORY);
    const back = meterFromItem(meterItem('demo', meter(readings))).readings;
    expect(back).toEqual(readings);
    expect(back!.last.readingId).toBe(readings.recent[0]!.readingId);
  });

  it('keeps values of any precision, an unknown consumption and a non-ULID id', () => {
    const readings: MeterReadings = {
      last: { readingId: 'legacy-1', value: 1 / 3, readAt: '2026-01-01T00:00:00.000Z', source: 'remote' },
      recent: [
        { readingId: 'legacy-1', value: 1 / 3, readAt: '2026-01-01T00:00:00.000Z', consumption: null, days: null, source: 'remote', billable: false },
        { readingId: ulid(), value: -0.001, readAt: '2026-02-01T00:00:00.000Z', consumption: -12.5, days: 0, source: 'app', billable: true },
      ],
    };
    expect(decodeHistory(encodeHistory(readings))).toEqual(readings);
  });

  it('an IC-card meter with a year and a quarter of monthly readings stays under 1 KB (one write unit, not two)', () => {
    const item = meterItem('demo', meter(history(METER_HISTORY)));
    expect(itemSize(item)).toBeLessThan(1024);
    // What the map it replaces weighed: over 1 KB, two units a write.
    const { history: _h, ...rest } = item;
    expect(itemSize({ ...rest, readings: history(METER_HISTORY) })).toBeGreaterThan(1024);
  });
});
