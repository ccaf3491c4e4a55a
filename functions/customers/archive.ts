/**
 * Kept only for local/seed/customers.ts, which another change owns: the archive now lives in
 * customer-inputs.ts, customer-plans.ts, customer-scope.ts, customer-service.ts, meter-service.ts,
 * reveal.ts and timeline.ts. Remove once the seed imports customer-plans.ts.
 */
export { planNewCustomer } from './customer-plans.ts';
export type { CustomerInput, MeterInput } from './customer-inputs.ts';
