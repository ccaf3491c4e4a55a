import { IdParams } from '../../shared/contract/common.ts';
import {
  ARCHIVE_READERS,
  ARCHIVE_WRITERS,
  CreateCustomerBody,
  Customer,
  CustomerActionBody,
  CustomerSearchPage,
  IcCardPurchase,
  InstallMeterBody,
  ListCustomersQuery,
  Meter,
  PURCHASE_RECORDERS,
  PurchaseBody,
  ReplacedMeter,
  ReplaceMeterBody,
  Revealed,
  RevealBody,
  REVEALERS,
  RevealPage,
  RevealsQuery,
  TimelinePage,
  TimelineQuery,
  UpdateCustomerBody,
  UpdateMeterBody,
} from '../../shared/contract/customers.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['customers'];

export const createCustomer = defineRoute({
  method: 'POST',
  path: '/v1/customers',
  summary: 'Open a customer file (account state applied); 201 with id, version and ETag; a taken account number is 409',
  access: ARCHIVE_WRITERS,
  body: CreateCustomerBody,
  idempotent: true,
  responses: { 201: Customer },
  tags,
});

export const listCustomers = defineRoute({
  method: 'GET',
  path: '/v1/customers',
  summary: 'Search customers: q is an account number, phone, meter serial, or a name/address prefix; phones and ID numbers masked',
  access: ARCHIVE_READERS,
  query: ListCustomersQuery,
  responses: { 200: CustomerSearchPage },
  tags,
});

export const getCustomer = defineRoute({
  method: 'GET',
  path: '/v1/customers/{id}',
  summary: 'A customer file (phone and ID number masked) with ETag',
  access: ARCHIVE_READERS,
  params: IdParams,
  responses: { 200: Customer },
  tags,
});

export const updateCustomer = defineRoute({
  method: 'PATCH',
  path: '/v1/customers/{id}',
  summary: 'Change a customer file; If-Match (412) or body version (409) guards against lost updates',
  access: ARCHIVE_WRITERS,
  params: IdParams,
  body: UpdateCustomerBody,
  responses: { 200: Customer },
  tags,
});

export const customerAction = defineRoute({
  method: 'POST',
  path: '/v1/customers/{id}/actions',
  summary: 'Account lifecycle: accept, sign-contract, gas-on, suspend, restore, close; a forbidden action is 409 illegal-transition',
  access: ARCHIVE_WRITERS,
  params: IdParams,
  body: CustomerActionBody,
  idempotent: true,
  responses: { 200: Customer },
  tags,
});

export const customerTimeline = defineRoute({
  method: 'GET',
  path: '/v1/customers/{id}/timeline',
  summary: 'Everything that happened to the customer, newest first',
  access: ARCHIVE_READERS,
  params: IdParams,
  query: TimelineQuery,
  responses: { 200: TimelinePage },
  tags,
});

export const revealCustomer = defineRoute({
  method: 'POST',
  path: '/v1/customers/{id}/reveal',
  summary: 'Full phone / ID number for a stated reason; audited (who, when, why)',
  access: REVEALERS,
  params: IdParams,
  body: RevealBody,
  maxBodyBytes: 4096,
  responses: { 200: Revealed },
  tags,
});

export const listReveals = defineRoute({
  method: 'GET',
  path: '/v1/audit/reveals',
  summary: 'Who revealed which customer data on a day (tenant time zone), newest first (admin)',
  access: { roles: ['admin'] },
  query: RevealsQuery,
  responses: { 200: RevealPage },
  tags: ['audit'],
});

export const installMeter = defineRoute({
  method: 'POST',
  path: '/v1/customers/{id}/meters',
  summary: 'Install a meter at the customer; a taken serial is 409',
  access: ARCHIVE_WRITERS,
  params: IdParams,
  body: InstallMeterBody,
  idempotent: true,
  responses: { 201: Meter },
  tags: ['meters'],
});

export const getMeter = defineRoute({
  method: 'GET',
  path: '/v1/meters/{id}',
  summary: 'A meter with ETag',
  access: ARCHIVE_READERS,
  params: IdParams,
  responses: { 200: Meter },
  tags: ['meters'],
});

export const updateMeter = defineRoute({
  method: 'PATCH',
  path: '/v1/meters/{id}',
  summary: 'Change where a meter hangs (placement indoor / outdoor: the read cadence follows it), with If-Match or version',
  access: ARCHIVE_WRITERS,
  params: IdParams,
  body: UpdateMeterBody,
  responses: { 200: Meter },
  tags: ['meters'],
});

export const replaceMeter = defineRoute({
  method: 'POST',
  path: '/v1/meters/{id}/replace',
  summary: "Replace a meter: keeps the old meter's final read and the new meter's start read; the old meter becomes removed",
  access: ARCHIVE_WRITERS,
  params: IdParams,
  body: ReplaceMeterBody,
  idempotent: true,
  responses: { 201: ReplacedMeter },
  tags: ['meters'],
});

export const recordIcCardPurchase = defineRoute({
  method: 'POST',
  path: '/v1/meters/{id}/ic-card/purchases',
  summary: 'Record an IC-card gas purchase; idempotent on reference (same reference, same values: 200 replay)',
  access: PURCHASE_RECORDERS,
  params: IdParams,
  body: PurchaseBody,
  responses: { 201: IcCardPurchase, 200: IcCardPurchase },
  tags: ['meters'],
});

/* ------------------------------------------------------------------------------------------------
 * CSV import and export (docs/import-export.md). Imports: admins and managers (their regions), and
 * integrator keys with customers:write. Exports are masked like every list.
 * ---------------------------------------------------------------------------------------------- */
