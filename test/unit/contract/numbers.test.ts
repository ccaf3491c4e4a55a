import { decimal, Fen, fenAsYuan } from '../../../shared/contract/common.ts';
import { InstallMeterBody, PurchaseBody, ReplaceMeterBody } from '../../../shared/contract/customers.ts';
import { ReadingInput } from '../../../shared/contract/readings.ts';

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
    const purchase = { amountFen: 5000, purchasedAt: '2026-11-01T10:00:00+08:00', reference: 'POS-1' };
    expect(PurchaseBody.safeParse({ ...purchase, amountFen: v }).success).toBe(false);
    expect(PurchaseBody.safeParse({ ...purchase, volume: v }).success).toBe(false);
  });
  it('accepts what a register and a till show', () => {
    expect(ReplaceMeterBody.safeParse({ newSerial: 'JM002', finalRead: 99_999.999, startRead: 0 }).success).toBe(true);
    expect(PurchaseBody.safeParse({ amountFen: 1999, volume: 6.667, purchasedAt: '2026-11-01T10:00:00+08:00', reference: 'POS-1' }).success).toBe(true);
  });
});

/** Money is integer fen (CONTRACT.md): a decimal is yuan sent by mistake, refused, never rounded. */
describe('Fen', () => {
  const purchase = { purchasedAt: '2026-11-01T10:00:00+08:00', reference: 'POS-1' };
  const reading = { meterId: '01KB7ZQ4M3X8YF2D6T9N0RHS5C', value: 1, readAt: '2026-11-01T10:00:00+08:00', source: 'field' };
  it.each([0, 1, 1235, Number.MAX_SAFE_INTEGER])('accepts %p', (v) => expect(Fen.safeParse(v).success).toBe(true));
  it.each([12.5, 0.01, 19.99, -1, Number.MAX_SAFE_INTEGER + 1, Number.NaN, '1235'])('refuses %p', (v) => expect(Fen.safeParse(v).success).toBe(false));
  it('a decimal amount or card balance is refused with a message that says fen', () => {
    const amount = PurchaseBody.safeParse({ ...purchase, amountFen: 12.5 });
    expect(amount.error?.issues).toEqual([expect.objectContaining({ path: ['amountFen'], message: expect.stringMatching(/integer number of fen/) })]);
    expect(ReadingInput.safeParse({ ...reading, cardBalanceFen: 12.5 }).error?.issues).toEqual([expect.objectContaining({ path: ['cardBalanceFen'] })]);
  });
  it('a purchase is 1 fen to ¥100,000; a card balance 0 to ¥10,000,000', () => {
    expect([0, 1, 10_000_000, 10_000_001].map((amountFen) => PurchaseBody.safeParse({ ...purchase, amountFen }).success)).toEqual([false, true, true, false]);
    expect([0, 1_000_000_000, 1_000_000_001].map((cardBalanceFen) => ReadingInput.safeParse({ ...reading, cardBalanceFen }).success)).toEqual([true, true, false]);
  });
  it('the old yuan fields are unknown fields now', () => {
    expect(PurchaseBody.safeParse({ ...purchase, amount: 12.35 }).success).toBe(false);
    expect(ReadingInput.safeParse({ ...reading, cardBalance: 12.35 }).success).toBe(false);
  });
  it.each([[0, '0.00'], [1, '0.01'], [30, '0.30'], [1235, '12.35'], [10_000_000, '100000.00'], [-5, '-0.05']])('fenAsYuan(%p) is %p', (fen, text) => expect(fenAsYuan(fen)).toBe(text));
});
