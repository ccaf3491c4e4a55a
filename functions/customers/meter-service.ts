import { ulid } from 'ulid';
import { fenAsYuan } from '../../shared/contract/common.ts';
import type { MeterPlacement } from '../../shared/contract/customers.ts';
import { absent, versionIs, type TenantStore } from '../../shared/db/tenant-store.ts';
import { customerItem, type Customer } from '../../shared/entities/customer.ts';
import { icCardPurchaseItem, meterItem, meterSummary, serialGuardItem, type IcCardPurchase, type Meter } from '../../shared/entities/meter.ts';
import { conflictError, isDomainError, unprocessableError } from '../../shared/errors.ts';
import { keys } from '../../shared/keys.ts';
import { localDay } from '../../shared/local-time.ts';
import { tenantTimeZone } from '../../shared/tenant-profile.ts';
import type { MeterInput, PurchaseInput, ReplaceMeterInput } from './customer-inputs.ts';
import { closedForMeters, customerSubject, idTaken, meterInstalled, newMeter, serialTaken } from './customer-plans.ts';
import { getCustomer, getMeter } from './customer-scope.ts';
import { checkExpected, retryOnStale, type Expected } from './expected.ts';

/** A meter that is not active takes no replacement or purchase. */
const meterNotActive = (action: string, meter: Pick<Meter, 'serial' | 'status'>, message: string) =>
  conflictError('illegal-transition', message, { action, state: meter.status, serial: meter.serial, reason: `the meter is ${meter.status}` });
/** A reading beyond what the meter's register can show. */
const registerOverflow = (field: 'finalRead' | 'startRead', digits: number) =>
  unprocessableError('register-overflow', `${field}: exceeds the ${digits}-digit register`, { field, digits, limit: 10 ** digits }, {
    fields: [{ field, message: `must be below ${10 ** digits}` }],
  });

/**
 * Meters of the archive, bound to one tenant and one caller (their region scope): install,
 * replace (the old register closed and the new one opened in one transaction) and IC-card
 * purchases. Each change also rewrites the customer's meter summary under its version.
 */
export class MeterService {
  constructor(readonly store: TenantStore) {}

  private get tenantId(): string {
    return this.store.tenantId;
  }

  /** A meter the caller may see; another region's or a missing one is 404. */
  get(id: string, consistent = false): Promise<Meter> {
    return getMeter(this.store, id, consistent);
  }

  async install(customerId: string, input: MeterInput): Promise<{ meter: Meter; customer: Customer }> {
    return retryOnStale(async () => {
      const customer = await getCustomer(this.store, customerId, true);
      if (customer.lifecycle.state === 'closed') throw closedForMeters();
      const now = new Date();
      const meter = newMeter(customer, input, { id: ulid(now.getTime()), now: now.toISOString(), today: localDay(now, await tenantTimeZone(this.store)) });
      if (meter.startRead >= 10 ** meter.digits) throw registerOverflow('startRead', meter.digits);
      const next: Customer = { ...customer, meters: [...customer.meters, meterSummary(meter)], version: customer.version + 1, updatedAt: meter.createdAt };
      const installed = meterInstalled(this.tenantId, meter);
      await this.store.commit({
        writes: [...installed.writes, { kind: 'put', item: customerItem(this.tenantId, next), condition: versionIs(customer.version, 'customer') }],
        audit: installed.audit,
        events: [installed.event],
      });
      return { meter, customer: next };
    });
  }

  /**
   * Replace a meter: the old one keeps its final read and becomes `removed`; the new one starts
   * at its start read. One transaction, so the register history has no gap and no overlap.
   */
  async replace(meterId: string, input: ReplaceMeterInput, expected?: Expected): Promise<{ removed: Meter; meter: Meter; customer: Customer }> {
    return retryOnStale(async () => {
      const old = await this.get(meterId, true);
      checkExpected(old.version, expected, 'meter');
      if (old.status !== 'active') throw meterNotActive('replace-meter', old, `Meter ${old.serial} is ${old.status} already`);
      const customer = await getCustomer(this.store, old.customerId, true);
      const digits = input.digits ?? old.digits;
      if (input.finalRead >= 10 ** old.digits) throw registerOverflow('finalRead', old.digits);
      if (input.startRead >= 10 ** digits) throw registerOverflow('startRead', digits);
      const now = new Date();
      const at = now.toISOString();
      const meter: Meter = {
        ...newMeter(
          customer,
          { serial: input.newSerial, type: input.type ?? old.type, digits, installedAt: input.installedAt, inlet: input.inlet ?? old.inlet, ...(old.placement ? { placement: old.placement } : {}), startRead: input.startRead },
          { id: ulid(now.getTime()), now: at, today: localDay(now, await tenantTimeZone(this.store)) },
        ),
        replaces: old.id,
      };
      const removed: Meter = { ...old, status: 'removed', finalRead: input.finalRead, removedAt: at, replacedBy: meter.id, version: old.version + 1, updatedAt: at };
      const next: Customer = {
        ...customer,
        meters: [...customer.meters.map((m) => (m.id === old.id ? meterSummary(removed) : m)), meterSummary(meter)],
        version: customer.version + 1,
        updatedAt: at,
      };
      await this.store.commit({
        writes: [
          { kind: 'put', item: meterItem(this.tenantId, removed), condition: versionIs(old.version, 'meter') },
          { kind: 'put', item: meterItem(this.tenantId, meter), condition: absent(idTaken('Meter', meter.id)) },
          { kind: 'put', item: serialGuardItem(this.tenantId, meter), condition: absent(serialTaken(meter.serial)) },
          { kind: 'put', item: customerItem(this.tenantId, next), condition: versionIs(customer.version, 'customer') },
        ],
        audit: {
          action: 'meter.replaced',
          subject: customerSubject(customer.id),
          summary: `meter ${old.serial} (final ${input.finalRead}) replaced by ${meter.serial} (start ${meter.startRead})`,
          detail: { oldMeterId: old.id, oldSerial: old.serial, finalRead: input.finalRead, newMeterId: meter.id, newSerial: meter.serial, startRead: meter.startRead, type: meter.type },
        },
        events: [
          { type: 'meter.replaced', data: { customerId: customer.id, regionId: customer.regionId, oldMeterId: old.id, finalRead: input.finalRead, newMeterId: meter.id, serial: meter.serial, startRead: meter.startRead } },
        ],
      });
      return { removed, meter, customer: next };
    }, !expected);
  }

  /** Change where the meter hangs (indoor / outdoor): the read cadence follows it. */
  async setPlacement(meterId: string, placement: MeterPlacement, expected?: Expected): Promise<Meter> {
    return retryOnStale(async () => {
      const meter = await this.get(meterId, true);
      checkExpected(meter.version, expected, 'meter');
      if (meter.placement === placement) return meter;
      const at = new Date().toISOString();
      const next: Meter = { ...meter, placement, version: meter.version + 1, updatedAt: at };
      await this.store.commit({
        writes: [{ kind: 'put', item: meterItem(this.tenantId, next), condition: versionIs(meter.version, 'meter') }],
        audit: { action: 'meter.updated', subject: customerSubject(meter.customerId), summary: `meter ${meter.serial} placement ${meter.placement ?? 'unknown'} → ${placement}`, detail: { meterId, placement, previous: meter.placement ?? null } },
        events: [{ type: 'meter.updated', data: { meterId, customerId: meter.customerId, regionId: meter.regionId, placement } }],
      });
      return next;
    }, !expected);
  }

  /** Record an IC-card purchase; the same `reference` again with the same content is a replay, not a second top-up. */
  async recordPurchase(meterId: string, input: PurchaseInput): Promise<{ purchase: IcCardPurchase; meter: Meter; replayed: boolean }> {
    const existingPurchase = async () => {
      const found = await this.store.get<IcCardPurchase>(keys.icCardPurchase(this.tenantId, meterId, input.reference), true);
      if (!found) return undefined;
      if (found.amountFen !== input.amountFen || (found.volume ?? null) !== (input.volume ?? null) || found.purchasedAt !== input.purchasedAt) {
        throw conflictError('reference-reused', `Purchase reference ${input.reference} was recorded with other values`, { reference: input.reference });
      }
      return found;
    };
    return retryOnStale(async () => {
      const meter = await this.get(meterId, true);
      const previous = await existingPurchase();
      if (previous) return { purchase: previous, meter, replayed: true };
      if (meter.type !== 'ic-card' || !meter.icCard) throw conflictError('not-ic-card', `Meter ${meter.serial} is not an IC-card meter`, { serial: meter.serial });
      if (meter.status !== 'active') throw meterNotActive('ic-card-purchase', meter, `Meter ${meter.serial} is ${meter.status}`);
      const at = new Date().toISOString();
      const balanceFen = meter.icCard.balanceFen + input.amountFen; // integer fen: exact
      const purchase: IcCardPurchase = { meterId, reference: input.reference, amountFen: input.amountFen, ...(input.volume !== undefined ? { volume: input.volume } : {}), purchasedAt: input.purchasedAt, balanceAfterFen: balanceFen, recordedAt: at };
      const next: Meter = { ...meter, icCard: { balanceFen, purchases: meter.icCard.purchases + 1, lastPurchaseAt: input.purchasedAt }, version: meter.version + 1, updatedAt: at };
      try {
        await this.store.commit({
          writes: [
            { kind: 'put', item: icCardPurchaseItem(this.tenantId, purchase), condition: absent(conflictError('reference-exists', `Purchase reference ${input.reference} exists`, { reference: input.reference })) },
            { kind: 'put', item: meterItem(this.tenantId, next), condition: versionIs(meter.version, 'meter') },
          ],
          audit: {
            action: 'meter.ic-card-purchase',
            subject: customerSubject(meter.customerId),
            summary: `IC card of meter ${meter.serial} topped up by ¥${fenAsYuan(input.amountFen)}`,
            detail: { meterId, serial: meter.serial, reference: input.reference, amountFen: input.amountFen, volume: input.volume, balanceFen },
          },
          events: [{ type: 'meter.ic-card-purchased', data: { meterId, customerId: meter.customerId, reference: input.reference, amountFen: input.amountFen, balanceFen } }],
        });
      } catch (error) {
        if (isDomainError(error, 'reference-exists')) {
          const winner = await existingPurchase();
          if (winner) return { purchase: winner, meter: await this.get(meterId, true), replayed: true };
        }
        throw error;
      }
      return { purchase, meter: next, replayed: false };
    });
  }
}
