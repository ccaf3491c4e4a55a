import { ulid } from 'ulid';
import { readingVeePolicy, type ReadingVeePolicy } from '../../shared/contract/reading-policies.ts';
import { READ_AT_SKEW_MS, type ReadingInput, type ReadingResult } from '../../shared/contract/readings.ts';
import type { LifecycleState } from '../../shared/entities/customer.ts';
import { meterFromItem, type Meter } from '../../shared/entities/meter.ts';
import { encodeHistory } from '../../shared/entities/meter-history.ts';
import { METER_HISTORY, readingExceptionItem, readingItem, readingKey, type MeterReadings, type Reading, type ReadingException, type ReadingHistoryEntry } from '../../shared/entities/reading.ts';
import { conflictError, isDomainError } from '../../shared/errors.ts';
import { Problem } from '../../shared/http/problems.ts';
import { keys } from '../../shared/keys.ts';
import { policyInForce, type PolicyRef } from '../../shared/policies/policy-store.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { DEFAULT_TIME_ZONE, localDayBounds } from '../../shared/local-time.ts';
import { tenantTimeZone } from '../../shared/tenant-profile.ts';
import type { Condition, OutboxEvent, TenantStore, WriteOp } from '../../shared/db/tenant-store.ts';
import { validate, type Validation } from './vee/validate.ts';
import type { VeeContext } from './vee/types.ts';

/** Transactions in flight. */
const PARALLEL_TRANSACTIONS = 4;
/** Writes of one transaction (DynamoDB's limit: 100), and readings packed into one. */
const MAX_WRITES = 100;
const MAX_READINGS_PER_TRANSACTION = 20;

/** A reading judged and ready to write: its writes, audit record and events, and the meter as it will be. */
interface Plan {
  index: number;
  input: ReadingInput;
  reading: Reading;
  moved: Meter;
  writes: WriteOp[];
  /** This reading's line of its transaction's `readings.accepted` event. */
  accepted: Record<string, unknown>;
  /** `reading.exception`, when it raised any. */
  events: OutboxEvent[];
}

/**
 * The events of a transaction: one `readings.accepted` listing its readings (one outbox item for up
 * to 20 readings, not one each), and a `reading.exception` for each reading that raised any.
 */
const eventsOf = (plans: Plan[]): OutboxEvent[] => [{ type: 'readings.accepted', data: { readings: plans.map((p) => p.accepted) } }, ...plans.flatMap((p) => p.events)];

/** Plans packed into transactions of at most 100 writes (each reading's writes, audit and events count) and 20 readings. */
function pack(plans: Plan[]): Plan[][] {
  const chunks: Plan[][] = [];
  let chunk: Plan[] = [];
  let size = 0;
  for (const p of plans) {
    const own = p.writes.length + p.events.length; // its writes (the reading is its own audit record) and its exception event
    // One write of the chunk is its `readings.accepted` event.
    if (chunk.length && (size + own + 1 > MAX_WRITES || chunk.length >= MAX_READINGS_PER_TRANSACTION)) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(p);
    size += own;
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

const acceptedResult = (index: number, r: Reading): ReadingResult => ({ index, status: 'accepted', readingId: r.id, consumption: r.consumption, exceptions: r.exceptions.map(({ rule, grade }) => ({ rule, grade })), reason: null, field: null });
/** Attempts of one item when another writer moved its meter in between (re-read, re-validate). */
const ATTEMPTS = 4;

interface Account {
  state: LifecycleState;
}

interface Loaded {
  meter?: Meter;
  account?: Account;
}

const rejected = (index: number, field: string, reason: string, extra: Partial<ReadingResult> = {}): ReadingResult => ({
  index,
  status: 'rejected',
  readingId: null,
  consumption: null,
  exceptions: [],
  reason,
  field,
  ...extra,
});

/** The meter moved on since it was read (another reading, a purchase, a replacement): re-read and validate again. */
const meterMoved = () => conflictError('meter-moved', 'The meter changed while the reading was validated');
const movedOn = (error: unknown) => isDomainError(error, 'meter-moved') || (error instanceof Problem && error.status === 409);

/** The facts the VEE rules see: the meter's last reading (or its start read), its recent history, the account's state. */
/** The start read counts as read at the start of the install day (UTC; a day's offset is within any rule's tolerance). */
/** The start read is as of the start of the install day in the tenant's zone (not UTC midnight: a meter installed before 08:00 in Shanghai would have its start read after its first reading). */
const startReadAt = (meter: Meter, timeZone: string) => localDayBounds(meter.installedAt, timeZone).start.toISOString();

export function veeContext(meter: Meter, account: Account, timeZone: string): VeeContext {
  const last = meter.readings?.last;
  return {
    digits: meter.digits,
    meterType: meter.type,
    accountState: account.state,
    installedAt: meter.installedAt,
    previous: last ? { ...last } : { readingId: null, value: meter.startRead, readAt: startReadAt(meter, timeZone), source: 'start' },
    history: meter.readings?.recent ?? [],
    ...(meter.icCard?.lastPurchaseAt ? { lastPurchaseAt: meter.icCard.lastPurchaseAt } : {}),
  };
}

/**
 * Ingestion of a batch of readings (POST /v1/readings). Every item is judged on its own: a meter
 * the caller may not see is "not found", a reading dated in the future is refused, the rest are
 * validated (VEE) against the meter's history and written — the reading, the meter's
 * last-reading pointer under the meter's version (optimistic lock), its exceptions and the outbox
 * events, all of one reading in one transaction; the reading is its own audit record, on its
 * customer's timeline (shared/entities/reading.ts).
 * Readings of different meters share a transaction (up to 20 readings, 100 writes: one round trip
 * for many meters); when any of its meters moved meanwhile, nothing of it is written and each of
 * its readings is written on its own, the moved meter's re-read and validated again (a duplicate
 * of the other writer's reading is reported as such). Every reading still stands or falls alone.
 */
export class ReadingService {
  constructor(readonly store: TenantStore) {}

  private get tenantId() {
    return this.store.tenantId;
  }

  /** The tenant's zone, read once per batch (install days are local dates). */
  private timeZone = DEFAULT_TIME_ZONE;

  async ingest(inputs: readonly ReadingInput[], now = new Date()): Promise<ReadingResult[]> {
    const { values: policy, ref } = await policyInForce(this.store, readingVeePolicy, now);
    this.timeZone = await tenantTimeZone(this.store);
    const results: ReadingResult[] = new Array(inputs.length);
    const due: { index: number; input: ReadingInput }[] = [];
    inputs.forEach((input, index) => {
      if (Date.parse(input.readAt) > now.getTime() + READ_AT_SKEW_MS) results[index] = rejected(index, `readings[${index}].readAt`, 'readAt is in the future');
      else due.push({ index, input: { ...input, readAt: new Date(input.readAt).toISOString() } });
    });

    const loaded = await this.load([...new Set(due.map((d) => d.input.meterId))]);
    // One meter's readings in the order they were read: its k-th reading goes in round k, so a
    // transaction never holds two writes of one meter and each is validated against the one before.
    const byMeter = new Map<string, typeof due>();
    for (const d of due) byMeter.set(d.input.meterId, [...(byMeter.get(d.input.meterId) ?? []), d]);
    const groups = [...byMeter.values()].map((g) => g.sort((a, b) => a.input.readAt.localeCompare(b.input.readAt) || a.index - b.index));
    for (let round = 0; groups.some((g) => g.length > round); round++) {
      const plans: Plan[] = [];
      for (const g of groups) {
        const d = g[round];
        if (!d) continue;
        const state = loaded.get(d.input.meterId) ?? {};
        const judged = this.judge(d.index, d.input, state, policy, ref);
        if ('status' in judged) results[d.index] = judged;
        else plans.push(judged);
      }
      const chunks = pack(plans);
      let next = 0;
      const worker = async () => {
        while (next < chunks.length) {
          const chunk = chunks[next++]!;
          try {
            await this.store.commit({ writes: chunk.flatMap((p) => p.writes), events: eventsOf(chunk) });
            for (const p of chunk) {
              loaded.get(p.input.meterId)!.meter = p.moved;
              results[p.index] = acceptedResult(p.index, p.reading);
            }
          } catch (error) {
            if (!movedOn(error)) throw error;
            // Another writer moved one of the chunk's meters: nothing of the chunk was written; each reading on its own.
            for (const p of chunk) results[p.index] = await this.one(p.index, p.input, loaded.get(p.input.meterId)!, policy, ref);
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(PARALLEL_TRANSACTIONS, chunks.length) }, worker));
    }
    return results;
  }

  /**
   * The meters of a batch, one BatchGetItem of ≤ 100 keys per hundred meters: each carries its
   * account's state (kept by the customer's lifecycle transaction). Only a meter written before
   * that was kept has its customer read.
   */
  private async load(meterIds: string[]): Promise<Map<string, Loaded>> {
    const meters = (await this.store.getMany(meterIds.map((id) => keys.meter(this.tenantId, id)))).filter((item) => item.entity === 'meter').map(meterFromItem);
    const customerIds = [...new Set(meters.filter((m) => !m.accountState).map((m) => m.customerId))];
    const customers = customerIds.length ? await this.store.getMany(customerIds.map((id) => keys.customer(this.tenantId, id))) : [];
    const accounts = new Map(customers.map((c) => [String(c.id), { state: (c.lifecycle as { state: LifecycleState }).state }]));
    return new Map(meters.map((m) => [m.id, { meter: m, account: m.accountState ? { state: m.accountState } : accounts.get(m.customerId) }]));
  }

  private async reload(state: Loaded, meterId: string): Promise<void> {
    const item = await this.store.get(keys.meter(this.tenantId, meterId), true);
    state.meter = item ? meterFromItem(item) : undefined;
    // The account may have changed too (its lifecycle moves the meter's version).
    if (state.meter?.accountState) state.account = { state: state.meter.accountState };
  }

  /** Refused, a duplicate, or the plan of its writes: the checks of an item against its meter as last seen. */
  private judge(index: number, input: ReadingInput, state: Loaded, policy: ReadingVeePolicy, ref: PolicyRef): ReadingResult | Plan {
    const { meter, account } = state;
    if (!meter || !account || !canSeeRegion(this.store.ctx.principal, meter.regionId)) return rejected(index, `readings[${index}].meterId`, 'meter not found');
    if (meter.status !== 'active') return rejected(index, `readings[${index}].meterId`, `meter ${meter.serial} is ${meter.status}`);
    if (input.value >= 10 ** meter.digits) return rejected(index, `readings[${index}].value`, `exceeds the ${meter.digits}-digit register`);
    const validation = validate(input, veeContext(meter, account, this.timeZone), policy);
    if (validation.duplicateOf !== undefined) {
      return rejected(index, `readings[${index}].value`, `duplicate of reading ${validation.duplicateOf}`, {
        readingId: validation.duplicateOf,
        exceptions: validation.exceptions.map(({ rule, grade }) => ({ rule, grade })),
      });
    }
    return { index, input, ...this.plan(input, meter, validation, ref) };
  }

  /** One item on its own transaction, re-read and judged again while another writer moves its meter. */
  private async one(index: number, input: ReadingInput, state: Loaded, policy: ReadingVeePolicy, ref: PolicyRef): Promise<ReadingResult> {
    for (let attempt = 1; ; attempt++) {
      const judged = this.judge(index, input, state, policy, ref);
      if ('status' in judged) return judged;
      try {
        await this.store.commit({ writes: judged.writes, events: eventsOf([judged]) });
        state.meter = judged.moved;
        return acceptedResult(index, judged.reading);
      } catch (error) {
        if (!movedOn(error)) throw error;
        if (attempt >= ATTEMPTS) return rejected(index, `readings[${index}].meterId`, 'the meter changed concurrently; send the reading again');
        await this.reload(state, input.meterId);
      }
    }
  }

  /** The writes of one reading: the reading, the meter's pointer and history (under its version), the exceptions, the audit, the events. */
  private plan(input: ReadingInput, meter: Meter, v: Validation, ref: PolicyRef): Omit<Plan, 'index' | 'input'> {
    const now = new Date();
    const at = now.toISOString();
    const id = ulid(now.getTime());
    const { principal } = this.store.ctx;
    const previous = meter.readings?.last ?? { value: meter.startRead, readAt: startReadAt(meter, this.timeZone) };
    const exceptions: ReadingException[] = v.exceptions.map((f) => ({
      id: ulid(now.getTime()),
      readingId: id,
      readingKey: readingKey(this.tenantId, { meterId: meter.id, readAt: input.readAt, id }),
      meterId: meter.id,
      customerId: meter.customerId,
      regionId: meter.regionId,
      rule: f.rule,
      grade: f.grade,
      status: 'open',
      readAt: input.readAt,
      value: input.value,
      consumption: v.consumption,
      evidence: f.evidence,
      createdAt: at,
      version: 1,
    }));
    const reading: Reading = {
      id,
      meterId: meter.id,
      customerId: meter.customerId,
      regionId: meter.regionId,
      value: input.value,
      readAt: input.readAt,
      source: input.source,
      previous: { value: previous.value, readAt: previous.readAt },
      consumption: v.consumption,
      days: v.days,
      billable: !v.blocking,
      status: v.blocking ? 'held' : 'valid',
      exceptions: exceptions.map((e) => ({ id: e.id, rule: e.rule, grade: e.grade, status: e.status })),
      ...(input.cardBalanceFen !== undefined ? { cardBalanceFen: input.cardBalanceFen } : {}),
      ...(input.purchases !== undefined ? { purchases: input.purchases } : {}),
      ...(input.photoRef !== undefined ? { photoRef: input.photoRef } : {}),
      policyVersionId: ref.versionId,
      actor: { kind: principal.kind, id: principal.id, name: principal.name },
      createdAt: at,
      version: 1,
    };
    const readings = nextReadings(meter.readings, reading, v.exceptions.some((e) => e.rule === 'out-of-order'));
    const moved: Meter = { ...meter, readings, version: meter.version + 1, updatedAt: at };
    const lock: Condition = { expression: '#version = :expectedVersion', names: { '#version': 'version' }, values: { ':expectedVersion': meter.version }, onFail: meterMoved() };
    const writes: WriteOp[] = [
      { kind: 'put', item: readingItem(this.tenantId, reading) },
      { kind: 'update', key: keys.meter(this.tenantId, meter.id), set: { ...(readings ? { history: encodeHistory(readings) } : {}), version: moved.version, updatedAt: at }, condition: lock },
      ...exceptions.map((e): WriteOp => ({ kind: 'put', item: readingExceptionItem(this.tenantId, e) })),
    ];
    const data = { readingId: id, meterId: meter.id, customerId: meter.customerId, regionId: meter.regionId, value: input.value, readAt: input.readAt, consumption: v.consumption, billable: reading.billable };
    return {
      reading,
      moved,
      writes,
      accepted: data,
      events: exceptions.length ? [{ type: 'reading.exception', data: { ...data, exceptions: exceptions.map((e) => ({ id: e.id, rule: e.rule, grade: e.grade })) } }] : [],
    };
  }
}

/**
 * The meter's pointer and history after a reading: the newest reading by `readAt` is the last
 * one; a reading dated before the last (out-of-order) leaves both as they are.
 */
export function nextReadings(current: MeterReadings | undefined, r: Reading, outOfOrder: boolean): MeterReadings | undefined {
  if (outOfOrder || (current && r.readAt < current.last.readAt)) return current;
  const entry: ReadingHistoryEntry = {
    readingId: r.id,
    readAt: r.readAt,
    value: r.value,
    consumption: r.consumption,
    days: r.days,
    source: r.source,
    billable: r.billable,
    ...(r.purchases !== undefined ? { purchases: r.purchases } : {}),
  };
  return {
    last: { readingId: r.id, value: r.value, readAt: r.readAt, source: r.source, ...(r.purchases !== undefined ? { purchases: r.purchases } : {}) },
    recent: [entry, ...(current?.recent ?? [])].slice(0, METER_HISTORY),
  };
}
