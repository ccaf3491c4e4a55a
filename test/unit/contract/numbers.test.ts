import { decimal } from '../../../shared/contract/common.ts';
import { InstallMeterBody, PurchaseBody, ReplaceMeterBody } from '../../../shared/contract/customers.ts';

/** Numbers at the edges: what the domain allows, nothing DynamoDB would refuse (a 500). */
describe('decimal', () => {
  const read = decimal({ min: 0, lessThan: 1e9, places: 3 });
  it.each([0, 0.001, 12.345, 999_999_999.999, 0.1 + 0.2])('accepts %p', (v) => expect(read.safeParse(v).success).toBe(true));
  it.each([1e308, 9007199254740994, 5e-324, -1, 1e9, 0.0001, 12.3456, Number.NaN, Number.POSITIVE_INFINITY])('refuses %p', (v) => expect(read.safeParse(v).success).toBe(false));
});

describe('the numbers of the meter and purchase bodies', () => {
  const edges = [1e308, 9007199254740994, 5e-324, -1];
  it.each(edges)('refuse %p in every numeric field', (v) => {
    expect(InstallMeterBody.safeParse({ serial: 'JM001', type: 'diaphragm', startRead: v }).success).toBe(false);
    expect(InstallMeterBody.safeParse({ serial: 'JM001', type: 'diaphragm', digits: v }).success).toBe(false);
    expect(ReplaceMeterBody.safeParse({ newSerial: 'JM002', finalRead: v, startRead: 0 }).success).toBe(false);
    expect(ReplaceMeterBody.safeParse({ newSerial: 'JM002', finalRead: 1, startRead: v }).success).toBe(false);
    expect(ReplaceMeterBody.safeParse({ newSerial: 'JM002', finalRead: 1, startRead: 0, version: v }).success).toBe(false);
    const purchase = { amount: 50, purchasedAt: '2026-11-01T10:00:00+08:00', reference: 'POS-1' };
    expect(PurchaseBody.safeParse({ ...purchase, amount: v }).success).toBe(false);
    expect(PurchaseBody.safeParse({ ...purchase, volume: v }).success).toBe(false);
  });
  it('accepts what a register and a till show', () => {
    expect(ReplaceMeterBody.safeParse({ newSerial: 'JM002', finalRead: 99_999.999, startRead: 0 }).success).toBe(true);
    expect(PurchaseBody.safeParse({ amount: 19.99, volume: 6.667, purchasedAt: '2026-11-01T10:00:00+08:00', reference: 'POS-1' }).success).toBe(true);
    expect(PurchaseBody.safeParse({ amount: 19.999, purchasedAt: '2026-11-01T10:00:00+08:00', reference: 'POS-1' }).success).toBe(false);
  });
});
