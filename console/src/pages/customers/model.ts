import type { ContractKind, CustomerClass, LifecycleState, SuspensionReason } from '../../../../shared/entities/customer.ts';
import type { ImportCounts, ImportRowError, ImportState, RowStatus } from '../../../../shared/entities/customer-import.ts';
import type { Inlet, MeterStatus, MeterType } from '../../../../shared/entities/meter.ts';
import type { Role } from '../../../../shared/tenancy.ts';
import type { customerListItem, customerView, meterView, timelineEntry } from '../../../../functions/customers/views.ts';

/**
 * What the customer pages read from the API (the views of functions/customers/views.ts, by type
 * only: nothing of the server is bundled) and the domain's enumerations, kept here as plain
 * constants typed against the server's, so a change there fails the type check here.
 */
export type CustomerView = ReturnType<typeof customerView>;
export type CustomerListItem = ReturnType<typeof customerListItem>;
export type MeterView = ReturnType<typeof meterView>;
/** An audit record as a timeline entry (`timelineEntry` leaves its fields untyped). */
export type TimelineEntry = { [K in keyof ReturnType<typeof timelineEntry>]: unknown } & {
  id: string;
  at: string;
  action: string;
  summary: string | null;
  detail: Record<string, unknown> | null;
  actor: { kind: string; id: string; name: string };
};

export interface CustomerPage {
  items: CustomerListItem[];
  nextCursor: string | null;
  matchedBy?: 'account-number' | 'meter-serial' | 'phone' | 'prefix' | 'list';
}

export const CLASSES = ['residential', 'commercial', 'public-welfare', 'industrial'] as const satisfies readonly CustomerClass[];
export const STATES = ['applied', 'accepted', 'gas-on', 'suspended', 'closed'] as const satisfies readonly LifecycleState[];
export const SUSPENSION_REASONS = ['arrears', 'hazard', 'customer-request', 'interruption'] as const satisfies readonly SuspensionReason[];
export const CONTRACTS = ['supply', 'safe-use'] as const satisfies readonly ContractKind[];
export const METER_TYPES = ['diaphragm', 'ic-card', 'remote'] as const satisfies readonly MeterType[];
export const INLETS = ['left', 'right'] as const satisfies readonly Inlet[];
export type { ContractKind, CustomerClass, Inlet, LifecycleState, MeterStatus, MeterType, SuspensionReason };

export type ActionName = 'accept' | 'sign-contract' | 'gas-on' | 'suspend' | 'restore' | 'close';

/**
 * The actions a state offers (functions/customers/lifecycle.ts, TRANSITIONS). The server decides;
 * this only chooses the buttons. An action whose facts are missing (gas-on before the contracts)
 * is still offered, and the server's refusal says why.
 */
export const ACTIONS_BY_STATE: Record<LifecycleState, readonly ActionName[]> = {
  applied: ['accept', 'sign-contract', 'close'],
  accepted: ['gas-on', 'sign-contract', 'close'],
  'gas-on': ['suspend', 'sign-contract'],
  suspended: ['restore', 'sign-contract', 'close'],
  closed: [],
};

/** Who may change the archive, reveal, import and export (functions/customers/routes.ts). */
export const WRITER_ROLES: readonly Role[] = ['admin', 'manager', 'dispatcher', 'agent'];
export const REVEAL_ROLES: readonly Role[] = ['admin', 'manager', 'dispatcher', 'agent'];
export const IMPORT_ROLES: readonly Role[] = ['admin', 'manager'];
export const EXPORT_ROLES: readonly Role[] = ['admin', 'manager'];
export const hasAnyRole = (roles: readonly Role[], allowed: readonly Role[]) => roles.some((r) => allowed.includes(r));

/* The CSV import (docs/import-export.md). */
export interface ImportView {
  id: string;
  fileName: string;
  state: ImportState;
  counts: ImportCounts;
  rowsReceived: number;
  totalRows: number | null;
  batches: number;
  columns: { column: string; field: string | null }[];
  completedAt: string | null;
}

export interface RowResult {
  row: number;
  status: RowStatus;
  accountNumber?: string;
  customerId?: string;
  errors?: { field: string; column?: string; message: string }[];
}

export interface BatchReply {
  results: RowResult[];
  import: ImportView;
}

export type { ImportCounts, ImportRowError, RowStatus };
export const ROW_STATUSES = ['created', 'updated', 'unchanged', 'rejected', 'skipped'] as const satisfies readonly RowStatus[];
