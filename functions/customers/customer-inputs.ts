import type { Contact, ContractKind, CustomerClass, Lifecycle, SpecialCare } from '../../shared/entities/customer.ts';
import type { Inlet, MeterType } from '../../shared/entities/meter.ts';
import type { MeterPlacement } from '../../shared/contract/customers.ts';

/**
 * What a change of the customer archive takes, as plain data: the API's bodies (after zod), the
 * CSV importer's rows and the demo seed all come down to these.
 */
export interface CustomerInput {
  accountNumber: string;
  name: string;
  class: CustomerClass;
  /** Normalised digits (the HTTP schema normalises). */
  phone: string;
  address: string;
  regionId: string;
  contacts?: Contact[];
  idNumber?: string;
  specialCare?: Partial<SpecialCare>;
  contracts?: Partial<Record<ContractKind, { signedAt: string }>>;
  tags?: string[];
  notes?: string;
  /** Importer and seed only: the lifecycle of an existing account. The API starts every account at `applied`. */
  lifecycle?: Lifecycle;
}

export interface CustomerPatch {
  name?: string;
  class?: CustomerClass;
  phone?: string;
  address?: string;
  regionId?: string;
  contacts?: Contact[];
  /** null clears it. */
  idNumber?: string | null;
  specialCare?: Partial<SpecialCare>;
  tags?: string[];
  notes?: string | null;
}

export interface MeterInput {
  serial: string;
  type: MeterType;
  digits?: number;
  /** YYYY-MM-DD; default: today in the tenant's time zone. */
  installedAt?: string;
  inlet?: Inlet;
  placement?: MeterPlacement;
  startRead?: number;
  /** Importer and seed only: a meter removed before the import (e.g. of a closed account). */
  removed?: { finalRead: number; removedAt: string };
}

export interface ReplaceMeterInput {
  newSerial: string;
  finalRead: number;
  startRead: number;
  type?: MeterType;
  digits?: number;
  installedAt?: string;
  inlet?: Inlet;
}

export interface PurchaseInput {
  /** Integer fen. */
  amountFen: number;
  volume?: number;
  purchasedAt: string;
  reference: string;
}
