import { ulid } from 'ulid';
import { versionIs, type TenantStore } from '../../shared/db/tenant-store.ts';
import { customerItem, isSpecialCare, samplingFrameWrites, type Customer } from '../../shared/entities/customer.ts';
import { meterSummary, type Meter } from '../../shared/entities/meter.ts';
import { conflictError, notFoundError, unprocessableError } from '../../shared/errors.ts';
import { customersLifecyclePolicy } from '../../shared/contract/customers-policies.ts';
import { keys } from '../../shared/keys.ts';
import { policyInForce } from '../../shared/policies/policy-store.ts';
import { localDateTimeText, localDay } from '../../shared/local-time.ts';
import { prepareNotification, type PreparedNotification } from '../../shared/notifications/prepare.ts';
import { canSeeRegion } from '../../shared/tenancy.ts';
import { tenantTimeZone } from '../../shared/tenant-profile.ts';
import type { CustomerInput, CustomerPatch, MeterInput } from './customer-inputs.ts';
import { accountStateWrites, closedForMeters, customerSubject, meterInstalled, newMeter, planCustomerUpdate, planNewCustomer, type NewCustomerOptions, type Plan } from './customer-plans.ts';
import { assertRegionInScope, getCustomer } from './customer-scope.ts';
import { checkExpected, isStale, type Expected } from './expected.ts';
import { decide, type LifecycleAction } from './lifecycle.ts';

/** How a suspension notice names its reason (the tenant's wording of the rest is the `notifications.templates` policy). */
const SUSPENSION_REASON_TEXT = { arrears: '欠费', hazard: '存在安全隐患', 'customer-request': '用户申请', interruption: '计划停气' } as const;

/**
 * Customers of the archive, bound to one tenant (the TenantStore) and one caller, whose region
 * scope it enforces: open an account, change its file, apply an import row, act on its
 * lifecycle. The writes come from the pure planners of customer-plans.ts.
 */
export class CustomerService {
  constructor(readonly store: TenantStore) {}

  private get tenantId(): string {
    return this.store.tenantId;
  }

  private get principal() {
    return this.store.ctx.principal;
  }

  /** A customer the caller may see; another tenant's, another region's or a missing one is 404. */
  get(id: string, consistent = false): Promise<Customer> {
    return getCustomer(this.store, id, consistent);
  }

  async create(input: CustomerInput, meters: MeterInput[] = [], options: NewCustomerOptions = {}): Promise<{ customer: Customer; meters: Meter[] }> {
    assertRegionInScope(this.principal, input.regionId);
    const now = new Date();
    const plan = planNewCustomer(this.tenantId, input, { id: ulid(now.getTime()), now: now.toISOString(), today: localDay(now, await tenantTimeZone(this.store)) }, meters, options);
    await this.store.commit(plan);
    return { customer: plan.customer, meters: plan.meters };
  }

  async update(id: string, patch: CustomerPatch, expected?: Expected): Promise<Customer> {
    const current = await this.get(id, true);
    checkExpected(current.version, expected, 'customer');
    if (patch.regionId !== undefined) assertRegionInScope(this.principal, patch.regionId);
    const plan = planCustomerUpdate(this.tenantId, current, patch, new Date().toISOString());
    if (!plan) return current;
    await this.store.commit(plan);
    return plan.customer;
  }

  /**
   * The CSV importer's change of an existing account (read by the importer, possibly not
   * consistently): the fields that differ and, when asked, a first meter, in one transaction under
   * the version read. Nothing is written (no audit, no event) when nothing differs. A concurrent
   * change makes it read again and re-plan, a few times.
   */
  async applyImport(read: Customer, patch: CustomerPatch, meter?: MeterInput): Promise<{ customer: Customer; changed: string[] }> {
    let current = read;
    for (let attempt = 1; ; attempt++) {
      if (!canSeeRegion(this.principal, current.regionId)) throw notFoundError('Customer', { id: current.id });
      if (patch.regionId !== undefined) assertRegionInScope(this.principal, patch.regionId);
      const now = new Date();
      const plan = planCustomerUpdate(this.tenantId, current, patch, now.toISOString());
      let customer = plan?.customer ?? current;
      const change: Plan = plan ?? { writes: [], audit: [], events: [] };
      const changed = plan ? [...plan.changed] : [];
      if (meter) {
        if (current.lifecycle.state === 'closed') throw closedForMeters();
        const installed = newMeter(customer, meter, { id: ulid(now.getTime()), now: now.toISOString(), today: localDay(now, await tenantTimeZone(this.store)) });
        customer = { ...customer, meters: [...customer.meters, meterSummary(installed)], version: current.version + 1, updatedAt: installed.createdAt };
        const put = meterInstalled(this.tenantId, installed);
        change.writes = [
          ...put.writes,
          { kind: 'put', item: customerItem(this.tenantId, customer), condition: versionIs(current.version, 'customer') },
          ...change.writes.filter((w) => !(w.kind === 'put' && w.item.pk === keys.customer(this.tenantId, current.id).pk)),
        ];
        change.audit.push(put.audit);
        change.events.push(put.event);
        changed.push('meters');
      }
      if (!changed.length) return { customer: current, changed };
      try {
        await this.store.commit(change);
        return { customer, changed };
      } catch (error) {
        if (attempt >= 3 || !isStale(error)) throw error;
        current = await this.get(current.id, true);
      }
    }
  }

  /** A lifecycle action; a refused one is 409 `illegal-transition` with the reason. */
  async act(id: string, command: LifecycleAction, expected?: Expected): Promise<Customer> {
    const current = await this.get(id, true);
    checkExpected(current.version, expected, 'customer');
    const now = new Date();
    const [timeZone, policy] = await Promise.all([tenantTimeZone(this.store), policyInForce(this.store, customersLifecyclePolicy, now)]);
    const decision = decide(current.lifecycle, command, { now, timeZone, specialCare: isSpecialCare(current), customerClass: current.class, policy: policy.values });
    if (!decision.ok) {
      const params = { action: command.action, state: current.lifecycle.state, reason: decision.reason };
      if (decision.kind === 'invalid') throw unprocessableError('invalid-facts', decision.reason, params);
      throw conflictError('illegal-transition', decision.reason, params);
    }
    const next: Customer = { ...current, lifecycle: decision.next, version: current.version + 1, updatedAt: now.toISOString() };
    const { action: _action, ...facts } = command;
    const stateChanged = decision.from !== decision.to;
    const notice = stateChanged ? await this.lifecycleNotice(current, command, now, timeZone) : undefined;
    await this.store.commit({
      writes: [
        { kind: 'put', item: customerItem(this.tenantId, next), condition: versionIs(current.version, 'customer') },
        ...samplingFrameWrites(this.tenantId, next, current),
        ...(stateChanged ? accountStateWrites(this.tenantId, next) : []),
        ...(notice?.writes ?? []),
      ],
      audit: [
        {
        action: `customer.${command.action}`,
        subject: customerSubject(id),
        summary: stateChanged ? `${command.action}: ${decision.from} → ${decision.to}` : command.action,
        detail: { from: decision.from, to: decision.to, ...facts },
        },
        ...(notice ? [notice.audit] : []),
      ],
      events: [
        stateChanged
          ? { type: 'customer.lifecycle-changed', data: { customerId: id, action: command.action, from: decision.from, to: decision.to, regionId: current.regionId, ...('reason' in command ? { reason: command.reason } : {}) } }
          : { type: 'customer.contract-signed', data: { customerId: id, ...facts } },
        ...(notice?.events ?? []),
      ],
    });
    return next;
  }

  /**
   * The customer's notice of a suspension or a restoration (a service notice: never held by quiet
   * hours): an SMS to the customer's phone, a phone task for a special-care household. Written in
   * the lifecycle change's own transaction, so a refused change notifies nobody.
   */
  private async lifecycleNotice(customer: Customer, command: LifecycleAction, at: Date, timeZone: string): Promise<PreparedNotification | undefined> {
    if (command.action !== 'suspend' && command.action !== 'restore') return undefined;
    return prepareNotification(this.store, {
      template: command.action === 'suspend' ? 'customer.suspended' : 'customer.restored',
      channel: 'sms',
      recipient: { kind: 'customer', customerId: customer.id, name: customer.name, ...(customer.phone ? { phone: customer.phone } : {}) },
      subject: customerSubject(customer.id),
      params: {
        name: customer.name,
        accountNumber: customer.accountNumber,
        time: localDateTimeText(at, timeZone),
        ...(command.action === 'suspend' ? { reason: SUSPENSION_REASON_TEXT[command.reason] } : {}),
      },
      category: 'service',
      specialCare: isSpecialCare(customer),
      at,
    });
  }
}
