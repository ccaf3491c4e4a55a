import { meterFromItem } from '../../../shared/entities/meter.ts';

/** A meter item as DynamoDB returns it; an IC-card meter of a data directory from before money was integer fen has `icCard.balance` in yuan. */
const item = (icCard?: Record<string, unknown>) => ({
  pk: 'T#demo#METER#01J',
  sk: 'METER',
  entity: 'meter',
  id: '01J',
  customerId: '01C',
  regionId: 'r-east',
  serial: 'IC0100000010',
  type: 'ic-card',
  digits: 5,
  installedAt: '2025-01-01',
  status: 'active',
  startRead: 0,
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...(icCard ? { icCard } : {}),
});

describe('meterFromItem: the IC card balance in integer fen', () => {
  it('keeps a balance stored in fen', () => {
    expect(meterFromItem(item({ balanceFen: 1235, purchases: 2, lastPurchaseAt: '2026-03-01T02:00:00.000Z' })).icCard).toEqual({ balanceFen: 1235, purchases: 2, lastPurchaseAt: '2026-03-01T02:00:00.000Z' });
  });
  it.each([
    [0, 0],
    [12.35, 1235],
    [100.3, 10030],
    [1.1 + 2.2, 330],
  ])('reads an old yuan balance %p as %p fen', (balance, balanceFen) => {
    expect(meterFromItem(item({ balance, purchases: 1 })).icCard).toEqual({ balanceFen, purchases: 1 });
  });
  it('leaves a meter without a card alone, and drops the keys', () => {
    const meter = meterFromItem(item());
    expect(meter.icCard).toBeUndefined();
    expect(meter).not.toHaveProperty('pk');
  });
});
