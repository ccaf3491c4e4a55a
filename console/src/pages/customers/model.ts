/**
 * What the customer pages read from the API and the domain's enumerations and rules: all from the
 * contract (shared/contract/), the same module the API validates and documents with.
 */
export {
  CONTRACT_KINDS as CONTRACTS,
  CUSTOMER_CLASSES as CLASSES,
  INLETS,
  LIFECYCLE_STATES as STATES,
  METER_TYPES,
  REVEAL_ROLES,
  SUSPENSION_REASONS,
  WRITER_ROLES,
} from '../../../../shared/contract/customers.ts';
export type {
  ContractKind,
  Customer as CustomerView,
  CustomerClass,
  CustomerListItem,
  Inlet,
  LifecycleActionName as ActionName,
  LifecycleState,
  Meter as MeterView,
  MeterType,
  SuspensionReason,
  TimelineEntry,
} from '../../../../shared/contract/customers.ts';
export { EXPORT_ROLES, IMPORT_ROLES, ROW_STATUSES } from '../../../../shared/contract/customer-imports.ts';
export type { Import as ImportView } from '../../../../shared/contract/customer-imports.ts';
export { hasAnyRole } from '../../../../shared/contract/access.ts';

import { actionsFrom, type LifecycleActionName, type LifecycleState } from '../../../../shared/contract/customers.ts';

/**
 * The actions a state offers (the contract's lifecycle table). The server decides; this only
 * chooses the buttons. An action whose facts are missing (gas-on before the contracts) is still
 * offered, and the server's refusal says why.
 */
export const ACTIONS_BY_STATE: Record<LifecycleState, readonly LifecycleActionName[]> = {
  applied: actionsFrom('applied'),
  accepted: actionsFrom('accepted'),
  'gas-on': actionsFrom('gas-on'),
  suspended: actionsFrom('suspended'),
  closed: actionsFrom('closed'),
};
