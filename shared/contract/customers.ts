import * as z from 'zod';
import type { Role, Scope } from './access.ts';
import { Actor, Cursor, decimal, Fen, HumanText, IsoDateTime, IssuedId, limitUpTo, Page, pageQuery, RegionId, ShownRegionId, Version } from './common.ts';
import { isValidIdNumber } from './id-number.ts';
import { normalizePhone } from './search-key.ts';

/* ------------------------------------------------------------------------------------------------
 * The customer archive's contract: its enumerations, who may do what, the account lifecycle's
 * allowed actions, and the schemas of every request and response of /v1/customers and /v1/meters.
 * ---------------------------------------------------------------------------------------------- */

export const CUSTOMER_CLASSES = ['residential', 'commercial', 'public-welfare', 'industrial'] as const;
export type CustomerClass = (typeof CUSTOMER_CLASSES)[number];

export const LIFECYCLE_STATES = ['applied', 'accepted', 'gas-on', 'suspended', 'closed'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export const SUSPENSION_REASONS = ['arrears', 'hazard', 'customer-request', 'interruption'] as const;
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

export const CONTRACT_KINDS = ['supply', 'safe-use'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export const METER_TYPES = ['diaphragm', 'ic-card', 'remote'] as const;
export type MeterType = (typeof METER_TYPES)[number];

export const METER_STATUSES = ['active', 'removed'] as const;
export type MeterStatus = (typeof METER_STATUSES)[number];

export const INLETS = ['left', 'right'] as const;
/** Where a meter hangs: indoor meters are read quarterly, outdoor ones monthly (policy `reading.cadence`). */
export const METER_PLACEMENTS = ['indoor', 'outdoor'] as const;
export type MeterPlacement = (typeof METER_PLACEMENTS)[number];
export type Inlet = (typeof INLETS)[number];

export const METER_AGE_BUCKETS = ['0-5', '5-10', '10-15', '15+'] as const;
export type MeterAgeBucket = (typeof METER_AGE_BUCKETS)[number];

/** In the order the console offers them: the state's next step first, then contracts, then closing. */
export const LIFECYCLE_ACTIONS = ['accept', 'gas-on', 'suspend', 'restore', 'sign-contract', 'close'] as const;
export type LifecycleActionName = (typeof LIFECYCLE_ACTIONS)[number];

/**
 * From which states each lifecycle action may start, and where it leads (no `to`: the state is
 * kept). The server's state machine (functions/customers/lifecycle.ts) decides with the facts;
 * the console offers the buttons of the current state from the same table.
 */
export const LIFECYCLE_TRANSITIONS: Record<LifecycleActionName, { from: readonly LifecycleState[]; to?: LifecycleState }> = {
  accept: { from: ['applied'], to: 'accepted' },
  'sign-contract': { from: ['applied', 'accepted', 'gas-on', 'suspended'] },
  'gas-on': { from: ['accepted'], to: 'gas-on' },
  suspend: { from: ['gas-on'], to: 'suspended' },
  restore: { from: ['suspended'], to: 'gas-on' },
  close: { from: ['applied', 'accepted', 'suspended'], to: 'closed' },
};

export const actionsFrom = (state: LifecycleState): LifecycleActionName[] => LIFECYCLE_ACTIONS.filter((a) => LIFECYCLE_TRANSITIONS[a].from.includes(state));

/** Who reads and who changes the archive (field staff read only). */
export const WRITER_ROLES: readonly Role[] = ['admin', 'manager', 'dispatcher', 'agent'];
export const REVEAL_ROLES: readonly Role[] = ['admin', 'manager', 'dispatcher', 'agent'];
export const ARCHIVE_READERS = { roles: ['admin', 'manager', 'dispatcher', 'agent', 'field'] as readonly Role[], scopes: ['customers:read', 'customers:write'] as readonly Scope[] };
export const ARCHIVE_WRITERS = { roles: WRITER_ROLES, scopes: ['customers:write'] as readonly Scope[] };
export const PURCHASE_RECORDERS = { roles: WRITER_ROLES, scopes: ['customers:write', 'payments:write'] as readonly Scope[] };
export const REVEALERS = { roles: REVEAL_ROLES };

/* Requests -------------------------------------------------------------------------------------- */

const nfkcTrim = (v: string) => v.normalize('NFKC').trim();

/** Account numbers and meter serials: letters, digits and dashes (full-width input is folded). */
const Identifier = (what: string) =>
  z
    .string()
    .max(64)
    .transform(nfkcTrim)
    .pipe(z.string().regex(/^[0-9A-Za-z][0-9A-Za-z-]{2,39}$/, `${what}: 3–40 letters, digits or dashes`));

export const AccountNumber = Identifier('an account number').meta({ examples: ['GA-2026-000123'] });
export const Serial = Identifier('a meter serial').meta({ examples: ['MT-88012345'] });

/** A phone number, stored as digits (+86 dropped). */
export const Phone = z
  .string()
  .max(32)
  .refine((v) => normalizePhone(v) !== undefined, 'a phone number: 7–15 digits, optionally with +86')
  .transform((v) => normalizePhone(v)!)
  .meta({ examples: ['13800138000'] });

export const IdNumber = z
  .string()
  .max(32)
  .transform((v) => nfkcTrim(v).toUpperCase())
  .refine(isValidIdNumber, 'an 18-character resident ID number (or the old 15-digit form) with a valid check character')
  .meta({ examples: ['11010519491231002X'] });

const Name = HumanText({ max: 64, form: 'NFKC' }).meta({ examples: ['张伟'] });
const Address = HumanText({ min: 2, max: 200, form: 'NFKC' }).meta({ examples: ['和平路 12 号 3 单元 402'] });
const Tag = HumanText({ max: 32 });
const Notes = HumanText({ min: 0, max: 2000, multiline: true });
export const Day = z.iso.date().meta({ examples: ['2026-03-14'] });

/**
 * A meter register's reading in m³: a register has 4–9 digits (`digits`), so a reading is below
 * 10^9, with at most 3 decimals (the litre wheels).
 */
export const MAX_READ = 1e9;
const MeterRead = decimal({ min: 0, lessThan: MAX_READ, places: 3 }).meta({ examples: [1234.5] });
/** One IC-card purchase, in integer fen: at least 1 fen, at most ¥100,000 (10,000,000 fen). */
const MAX_PURCHASE_FEN = 10_000_000;
const PurchaseFen = Fen.min(1).max(MAX_PURCHASE_FEN);
/** Gas bought with a purchase, in m³ (3 decimals). */
const Volume = decimal({ min: 0.001, max: 100_000, places: 3 }).meta({ examples: [66.7] });

export const SpecialCareInput = z.strictObject({
  elderly: z.boolean().optional(),
  disabled: z.boolean().optional(),
  livingAlone: z.boolean().optional(),
});

export const ContactInput = z.strictObject({
  name: HumanText({ max: 64 }).optional(),
  phone: Phone,
  relation: HumanText({ max: 32 }).optional(),
});

const Signed = z.strictObject({ signedAt: IsoDateTime });

export const CreateCustomerBody = z.strictObject({
  accountNumber: AccountNumber,
  name: Name,
  class: z.enum(CUSTOMER_CLASSES),
  phone: Phone,
  address: Address,
  regionId: RegionId,
  specialCare: SpecialCareInput.optional(),
  contacts: z.array(ContactInput).max(10).optional(),
  idNumber: IdNumber.optional(),
  contracts: z.strictObject({ supply: Signed.optional(), 'safe-use': Signed.optional() }).optional(),
  tags: z.array(Tag).max(20).optional(),
  notes: Notes.optional(),
});

export const UpdateCustomerBody = z
  .strictObject({
    name: Name.optional(),
    class: z.enum(CUSTOMER_CLASSES).optional(),
    phone: Phone.optional(),
    address: Address.optional(),
    regionId: RegionId.optional(),
    specialCare: SpecialCareInput.optional(),
    contacts: z.array(ContactInput).max(10).optional(),
    idNumber: IdNumber.nullable().optional(),
    tags: z.array(Tag).max(20).optional(),
    notes: Notes.nullable().optional(),
    /** The version read (alternative to If-Match). */
    version: Version.optional(),
  })
  .refine((b) => Object.keys(b).some((k) => k !== 'version'), 'name at least one field to change');

export const CustomerActionBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('accept'), inspectionPassedAt: IsoDateTime, inspector: HumanText({ max: 64 }), version: Version.optional() }),
  z.strictObject({ action: z.literal('sign-contract'), contract: z.enum(CONTRACT_KINDS), signedAt: IsoDateTime, version: Version.optional() }),
  z.strictObject({ action: z.literal('gas-on'), version: Version.optional() }),
  z.strictObject({ action: z.literal('suspend'), reason: z.enum(SUSPENSION_REASONS), note: HumanText({ min: 0, max: 500, multiline: true }).optional(), version: Version.optional() }),
  z.strictObject({ action: z.literal('restore'), safetyCheckPassedAt: IsoDateTime, version: Version.optional() }),
  z.strictObject({ action: z.literal('close'), reason: HumanText({ max: 200, multiline: true }), version: Version.optional() }),
]);

export const ListCustomersQuery = z.strictObject({
  q: z.string().trim().min(1).max(64).optional(),
  regionId: RegionId.optional(),
  class: z.enum(CUSTOMER_CLASSES).optional(),
  cursor: Cursor.optional(),
  limit: limitUpTo(100).optional(),
});

export const TimelineQuery = pageQuery(100);
export const RevealsQuery = z.strictObject({ day: Day, cursor: Cursor.optional(), limit: limitUpTo().optional() });

export const REVEALABLE = ['phone', 'idNumber'] as const;
export const RevealBody = z.strictObject({
  fields: z.array(z.enum(REVEALABLE)).min(1).max(2),
  reason: HumanText({ min: 2, max: 200, multiline: true }),
});

export const InstallMeterBody = z.strictObject({
  serial: Serial,
  type: z.enum(METER_TYPES),
  digits: z.int().min(4).max(9).optional(),
  installedAt: Day.optional(),
  inlet: z.enum(INLETS).optional(),
  placement: z.enum(METER_PLACEMENTS).optional(),
  startRead: MeterRead.optional(),
});

/** PATCH /v1/meters/{id}: what may change on a meter in place (If-Match or version). */
export const UpdateMeterBody = z.strictObject({
  placement: z.enum(METER_PLACEMENTS),
  version: Version.optional(),
});

export const ReplaceMeterBody = z.strictObject({
  newSerial: Serial,
  finalRead: MeterRead,
  startRead: MeterRead,
  type: z.enum(METER_TYPES).optional(),
  digits: z.int().min(4).max(9).optional(),
  installedAt: Day.optional(),
  inlet: z.enum(INLETS).optional(),
  version: Version.optional(),
});

export const PurchaseBody = z.strictObject({
  amountFen: PurchaseFen,
  volume: Volume.optional(),
  purchasedAt: IsoDateTime,
  reference: z.string().regex(/^[\x21-\x7e]{1,64}$/, '1–64 visible ASCII characters'),
});

export const ExportQuery = z.strictObject({
  regionId: RegionId.optional(),
  class: z.enum(CUSTOMER_CLASSES).optional(),
  cursor: Cursor.optional(),
  limit: limitUpTo(2000).optional(),
});

/* Responses ------------------------------------------------------------------------------------- */

const SpecialCare = z.strictObject({ elderly: z.boolean(), disabled: z.boolean(), livingAlone: z.boolean() });
const Contact = z.strictObject({ name: z.string().optional(), phone: z.string().nullable(), relation: z.string().optional() });

export const MeterSummary = z.strictObject({
  id: IssuedId,
  serial: z.string(),
  type: z.enum(METER_TYPES),
  digits: z.int(),
  installedAt: Day,
  status: z.enum(METER_STATUSES),
  inlet: z.enum(INLETS).optional(),
});

/** A customer file as the API shows it: phone and ID number masked (only the audited reveal unmasks). */
export const Customer = z.strictObject({
  id: IssuedId,
  accountNumber: z.string().meta({ examples: ['GA-2026-000123'] }),
  name: z.string().meta({ examples: ['张伟'] }),
  class: z.enum(CUSTOMER_CLASSES),
  phone: z.string().nullable(),
  contacts: z.array(Contact),
  idNumber: z.string().nullable(),
  address: z.string(),
  regionId: ShownRegionId,
  specialCare: SpecialCare,
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  state: z.enum(LIFECYCLE_STATES),
  lifecycle: z.strictObject({
    acceptance: z.strictObject({ passedAt: IsoDateTime, inspector: z.string() }).nullable(),
    contracts: z.strictObject({ supply: z.strictObject({ signedAt: IsoDateTime }).nullable(), 'safe-use': z.strictObject({ signedAt: IsoDateTime }).nullable() }),
    gasOnAt: IsoDateTime.nullable(),
    suspension: z.strictObject({ reason: z.enum(SUSPENSION_REASONS), at: IsoDateTime, note: z.string().optional() }).nullable(),
    restoration: z.strictObject({ safetyCheckPassedAt: IsoDateTime, at: IsoDateTime }).nullable(),
    closure: z.strictObject({ reason: z.string(), at: IsoDateTime }).nullable(),
  }),
  meters: z.array(MeterSummary),
  version: z.int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

/** A line of a customer list. */
export const CustomerListItem = z.strictObject({
  id: IssuedId,
  accountNumber: z.string(),
  name: z.string(),
  class: z.enum(CUSTOMER_CLASSES),
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  address: z.string(),
  regionId: ShownRegionId,
  state: z.enum(LIFECYCLE_STATES),
  specialCare: SpecialCare,
  tags: z.array(z.string()),
  meters: z.array(z.strictObject({ id: z.string(), serial: z.string(), type: z.enum(METER_TYPES) })),
  version: z.int(),
  updatedAt: IsoDateTime,
});

export const MATCHED_BY = ['account-number', 'meter-serial', 'phone', 'phone-last-digits', 'prefix', 'list'] as const;
export const CustomerSearchPage = Page(CustomerListItem).extend({ matchedBy: z.enum(MATCHED_BY) });

export const Meter = z.strictObject({
  id: IssuedId,
  customerId: IssuedId,
  regionId: ShownRegionId,
  serial: z.string(),
  type: z.enum(METER_TYPES),
  digits: z.int(),
  installedAt: Day,
  inlet: z.enum(INLETS).nullable(),
  placement: z.enum(METER_PLACEMENTS).nullable(),
  status: z.enum(METER_STATUSES),
  startRead: z.number(),
  finalRead: z.number().nullable(),
  removedAt: z.string().nullable(),
  replaces: z.string().nullable(),
  replacedBy: z.string().nullable(),
  /** IC-card (prepaid) meters: the balance in integer fen and the number of purchases. */
  icCard: z.strictObject({ balanceFen: Fen, purchases: z.int(), lastPurchaseAt: IsoDateTime.optional() }).nullable(),
  version: z.int(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

export const ReplacedMeter = Meter.extend({ removed: Meter });

export const IcCardPurchase = z.strictObject({
  meterId: IssuedId,
  reference: z.string(),
  amountFen: Fen,
  volume: z.number().optional(),
  purchasedAt: IsoDateTime,
  /** The card's balance right after this purchase (fen). */
  balanceAfterFen: Fen,
  recordedAt: IsoDateTime,
  /** The card's balance now (fen): a replay shows later purchases too. */
  balanceFen: Fen.nullable(),
  /** True when this reference was recorded before (200): nothing changed. */
  replayed: z.boolean(),
});

/** An audit record as a timeline entry. */
export const TimelineEntry = z.strictObject({
  id: IssuedId,
  at: IsoDateTime,
  action: z.string(),
  summary: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  actor: Actor,
});
export const TimelinePage = Page(TimelineEntry);

export const Revealed = z.strictObject({
  id: IssuedId,
  revealId: IssuedId,
  revealedAt: IsoDateTime,
  phone: z.string().optional(),
  contacts: z.array(Contact).optional(),
  idNumber: z.string().nullable().optional(),
});

export const Reveal = z.strictObject({
  id: IssuedId,
  at: IsoDateTime,
  customerId: IssuedId,
  accountNumber: z.string(),
  regionId: ShownRegionId,
  fields: z.array(z.enum(REVEALABLE)),
  reason: z.string(),
  actor: Actor,
});
export const RevealPage = Page(Reveal);

export type Customer = z.infer<typeof Customer>;
export type CustomerListItem = z.infer<typeof CustomerListItem>;
export type CustomerSearchPage = z.infer<typeof CustomerSearchPage>;
export type Meter = z.infer<typeof Meter>;
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export type IcCardPurchase = z.infer<typeof IcCardPurchase>;
export type CustomerActionRequest = z.input<typeof CustomerActionBody>;
