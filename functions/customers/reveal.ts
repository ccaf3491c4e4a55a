import { ulid } from 'ulid';
import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { idNumberAad } from '../../shared/entities/customer.ts';
import { keys } from '../../shared/keys.ts';
import { localDay } from '../../shared/local-time.ts';
import { decryptField } from '../../shared/privacy.ts';
import { tenantTimeZone } from '../../shared/tenant-profile.ts';
import { customerSubject } from './customer-plans.ts';
import { getCustomer } from './customer-scope.ts';

export type RevealableField = 'phone' | 'idNumber';

/**
 * Full phone and ID number of a customer the caller may see, for a stated reason; who, when and
 * why go to the audit and to the reveal log of the tenant-local day, in one transaction.
 */
export async function revealCustomer(store: TenantStore, id: string, fields: RevealableField[], reason: string) {
  const tenantId = store.tenantId;
  const principal = store.ctx.principal;
  const customer = await getCustomer(store, id, true);
  const now = new Date();
  const at = now.toISOString();
  const day = localDay(now, await tenantTimeZone(store));
  const revealId = ulid(now.getTime());
  const wanted = [...new Set(fields)];
  const actor = { kind: principal.kind, id: principal.id, name: principal.name };
  await store.commit({
    writes: [
      {
        kind: 'put',
        item: { ...keys.revealLog(tenantId, day, revealId), entity: 'reveal', id: revealId, at, day, customerId: id, accountNumber: customer.accountNumber, regionId: customer.regionId, fields: wanted, reason, actor },
      },
    ],
    audit: { action: 'customer.revealed', subject: customerSubject(id), summary: `${actor.name} revealed ${wanted.join(', ')}: ${reason}`, detail: { fields: wanted, reason, revealId } },
  });
  return {
    id,
    revealId,
    revealedAt: at,
    ...(wanted.includes('phone') ? { phone: customer.phone, contacts: customer.contacts } : {}),
    ...(wanted.includes('idNumber') ? { idNumber: customer.idNumberSealed ? decryptField(customer.idNumberSealed, idNumberAad(tenantId, id)) : null } : {}),
  };
}
