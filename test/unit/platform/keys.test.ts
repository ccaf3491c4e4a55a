import { ulid } from 'ulid';
import { DAY_SHARDS, keys, tenantPrefix } from '../../../shared/keys.ts';

/** The key formats, pure: every partition key is inside its tenant, and the job partition's kinds do not mix. */
type Builder = (tenantId: string) => string | { pk: string; sk: string };

const PARTITION_KEYS: [string, Builder][] = [
  ['tenantProfile', (t) => keys.tenantProfile(t)],
  ['region', (t) => keys.region(t, 'r-east')],
  ['user', (t) => keys.user(t, 'admin')],
  ['tenantUsers', (t) => keys.tenantUsers(t)],
  ['loginFailures', (t) => keys.loginFailures(t, 'admin', '203.0.113.7')],
  ['loginSource', (t) => keys.loginSource(t, '203.0.113.7', 1)],
  ['passwordReset', (t) => keys.passwordReset(t, 'abc')],
  ['apiKey', (t) => keys.apiKey(t, '01J')],
  ['audit', (t) => keys.audit(t, '2026-11-23', '01J')],
  ['subjectHistory', (t) => keys.subjectHistory(t, 'customer', '01J')],
  ['outbox', (t) => keys.outbox(t, '2026-11-23', '01J')],
  ['idempotency', (t) => keys.idempotency(t, 'user:admin', 'k')],
  ['archiveStats', (t) => keys.archiveStats(t, 'r-east')],
  ['customer', (t) => keys.customer(t, '01J')],
  ['accountNumberGuard', (t) => keys.accountNumberGuard(t, '0100000001')],
  ['customersByPhone', (t) => keys.customersByPhone(t, '13812345678')],
  ['regionCustomers', (t) => keys.regionCustomers(t, 'r-east')],
  ['tenantNameCustomers', (t) => keys.tenantNameCustomers(t, '王', 0)],
  ['tenantAddressCustomers', (t) => keys.tenantAddressCustomers(t, '幸', 3)],
  ['regionClassCustomers', (t) => keys.regionClassCustomers(t, 'r-east', 'commercial')],
  ['meter', (t) => keys.meter(t, '01J')],
  ['meterSerialGuard', (t) => keys.meterSerialGuard(t, 'jm01')],
  ['icCardPurchase', (t) => keys.icCardPurchase(t, '01J', 'POS-1')],
  ['revealLog', (t) => keys.revealLog(t, '2026-11-23', '01J')],
  ['customerImport', (t) => keys.customerImport(t, '01J')],
  ['customerImportError', (t) => keys.customerImportError(t, '01J', 9)],
  ['customerImportBatch', (t) => keys.customerImportBatch(t, '01J', 502)],
  ['meterReading', (t) => keys.meterReading(t, '01J', '2026-11-20T02:00:00.000Z', '01K')],
  ['readingException', (t) => keys.readingException(t, '01J')],
  ['exceptionQueue', (t) => keys.exceptionQueue(t, 'r-east', 'open')],
  ['readBook', (t) => keys.readBook(t, '01J')],
  ['regionReadBooks', (t) => keys.regionReadBooks(t, 'r-east')],
  ['meterReadBookGuard', (t) => keys.meterReadBookGuard(t, '01J')],
  ['exceptionQueueByGrade', (t) => keys.exceptionQueueByGrade(t, 'r-east', 'open', 'blocking')],
  ['exceptionQueueByRule', (t) => keys.exceptionQueueByRule(t, 'r-east', 'open', 'high')],
  ['adjustment', (t) => keys.adjustment(t, '01J')],
  ['adjustmentQueue', (t) => keys.adjustmentQueue(t, 'r-east', 'pending')],
  ['meterAdjustments', (t) => keys.meterAdjustments(t, '01J')],
  ['customerAdjustments', (t) => keys.customerAdjustments(t, '01J')],
  ['volumeLedgerEntry', (t) => keys.volumeLedgerEntry(t, '01J', '2026-11-20T02:00:00.000Z', '01K')],
  ['calendarYear', (t) => keys.calendarYear(t, 2026)],
  ['ticket', (t) => keys.ticket(t, '01K')],
  ['ticketsOfRegion', (t) => keys.ticketsOfRegion(t, 'r-east')],
  ['ticketsOfRegionKind', (t) => keys.ticketsOfRegionKind(t, 'r-east', 'repair')],
  ['ticketsOfKind', (t) => keys.ticketsOfKind(t, 'repair')],
  ['ticketsOfStatus', (t) => keys.ticketsOfStatus(t, 'received')],
  ['ticketsAll', (t) => keys.ticketsAll(t)],
  ['ticketsDue', (t) => keys.ticketsDue(t, '2026-12-01T09:35:00.000Z')],
  ['slaSweepState', (t) => keys.slaSweepState(t)],
  ['ticketQueueEntry', (t) => keys.ticketQueueEntry(t, '01K')],
  ['ticketQueueOfRegion', (t) => keys.ticketQueueOfRegion(t, 'r-east')],
  ['ticketQueueAll', (t) => keys.ticketQueueAll(t)],
  ['ticketQueueOfRegionAssignee', (t) => keys.ticketQueueOfRegionAssignee(t, 'r-east', 'field')],
  ['ticketQueueOfAssignee', (t) => keys.ticketQueueOfAssignee(t, 'field')],
  ['ticketTallies', (t) => keys.ticketTallies(t, 'r-east')],
  ['jobState', (t) => keys.jobState(t, 'archive-stats')],
  ['jobRun', (t) => keys.jobRun(t, 'archive-stats', '01J')],
  ['jobScheduleGuard', (t) => keys.jobScheduleGuard(t, 'archive-stats', '2026-11-23T17:30:00.000Z')],
];

const pkOf = (key: string | { pk: string }) => (typeof key === 'string' ? key : key.pk);

describe('key formats', () => {
  it.each(PARTITION_KEYS)('%s is inside its tenant (T#<tenant>#), not a look-alike one', (_, build) => {
    expect(pkOf(build('demo')).startsWith(tenantPrefix('demo'))).toBe(true);
    expect(pkOf(build('demo2')).startsWith(tenantPrefix('demo'))).toBe(false);
  });

  it("spreads a day's audit and outbox writes over DAY_SHARDS keys, even within one millisecond", () => {
    const ids = Array.from({ length: 3200 }, () => ulid(Date.parse('2026-11-23T08:00:00Z')));
    for (const build of [keys.audit, keys.outbox]) {
      const counts = new Map<string, number>();
      for (const id of ids) counts.set(build('demo', '2026-11-23', id).pk, (counts.get(build('demo', '2026-11-23', id).pk) ?? 0) + 1);
      expect(counts.size).toBe(DAY_SHARDS);
      expect(Math.max(...counts.values())).toBeLessThan((3200 / DAY_SHARDS) * 1.6);
    }
    expect(keys.audit('demo', '2026-11-23', ids[0]!).pk).toMatch(/^T#demo#AUDIT#2026-11-23#([0-9]|[12][0-9]|3[01])$/);
  });

  it('keeps runs, their schedule guards and the job state apart in the job partition', () => {
    const run = keys.jobRun('demo', 'archive-stats', '01J');
    const guard = keys.jobScheduleGuard('demo', 'archive-stats', '2026-11-23T17:30:00.000Z');
    const state = keys.jobState('demo', 'archive-stats');

    expect([run.pk, guard.pk, state.pk]).toEqual(Array(3).fill(keys.jobRunsPartition('demo', 'archive-stats')));
    expect(run.sk.startsWith(keys.jobRunPrefix())).toBe(true);
    expect(guard.sk.startsWith(keys.jobRunPrefix())).toBe(false);
    expect(state.sk.startsWith(keys.jobRunPrefix())).toBe(false);
  });

  it("keeps the meter partition's kinds apart: readings and ledger entries are each one prefix", () => {
    const reading = keys.meterReading('demo', '01J', '2026-11-20T02:00:00.000Z', '01K');
    const ledger = keys.volumeLedgerEntry('demo', '01J', '2026-11-21T02:00:00.000Z', '01L');
    const others = [keys.meter('demo', '01J'), keys.meterReadBookGuard('demo', '01J'), keys.icCardPurchase('demo', '01J', 'POS-1')];
    expect(new Set([reading, ledger, ...others].map((k) => k.pk)).size).toBe(1);
    expect(ledger.sk.startsWith(keys.volumeLedgerPrefix())).toBe(true);
    expect(reading.sk.startsWith(keys.volumeLedgerPrefix())).toBe(false);
    expect(ledger.sk.startsWith(keys.meterReadingPrefix())).toBe(false);
    for (const k of others) expect([k.sk.startsWith(keys.volumeLedgerPrefix()), k.sk.startsWith(keys.meterReadingPrefix())]).toEqual([false, false]);
  });
});
