import * as z from 'zod';
import type { Role } from './access.ts';
import { Actor, Cursor, decimal, HumanText, IsoDateTime, limitUpTo, Page, RegionId, Ulid, Version } from './common.ts';

/**
 * Volume adjustments (调量/补量) with maker-checker: a proposal with its basis (a reason and the
 * evidence), decided by a second person; an approved one becomes a volume ledger entry of the
 * meter, the volume billing uses. DOMAIN.md › Meter reading: "Adjustments or supplementary volumes
 * need a documented basis and an approval process" [000 第九–十三章].
 */
export const ADJUSTMENT_KINDS = ['adjust', 'supplement'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

export const ADJUSTMENT_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type AdjustmentStatus = (typeof ADJUSTMENT_STATUSES)[number];

export const EVIDENCE_TYPES = ['exception', 'photo', 'inspection', 'reading'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** Who proposes: the customer-service and regional staff who handle a disputed or missing volume (console users only: a decision needs a person). */
export const ADJUSTMENT_PROPOSERS = { roles: ['admin', 'manager', 'agent'] as readonly Role[] };
/** Who decides (approve or reject): admins and regional managers — never the proposer. */
export const ADJUSTMENT_APPROVERS = { roles: ['admin', 'manager'] as readonly Role[] };
/** Who reads the proposals and the queue. */
export const ADJUSTMENT_READERS = { roles: ['admin', 'manager', 'dispatcher', 'agent'] as readonly Role[] };

/** Largest |volume| of one adjustment, m³. */
export const MAX_ADJUSTMENT_VOLUME = 100_000;

/**
 * m³, signed (a negative `adjust` takes volume off), never zero, in steps of 0.1 m³: the basis of a
 * correction (a re-read, an estimate from days × daily use) is never finer, and billing rounds to
 * its own precision.
 */
export const AdjustmentVolume = decimal({ min: -MAX_ADJUSTMENT_VOLUME, max: MAX_ADJUSTMENT_VOLUME, places: 1 }).refine((v) => v !== 0, 'must not be zero');

/** An exception or reading id (checked: it exists and is of the meter), a photo reference or an inspection reference (visible ASCII). */
const EvidenceRef = z.string().regex(/^[\x21-\x7e]{1,256}$/, 'a reference of 1–256 visible ASCII characters');

export const EvidenceItem = z.strictObject({ type: z.enum(EVIDENCE_TYPES), ref: EvidenceRef });

export const ProposeAdjustmentBody = z
  .strictObject({
    meterId: Ulid,
    volume: AdjustmentVolume,
    /** `adjust` (调量) corrects a billed volume either way; `supplement` (补量) adds volume that was not read (a stopped or failed meter): positive. */
    kind: z.enum(ADJUSTMENT_KINDS),
    reason: HumanText({ min: 2, max: 1000, multiline: true }),
    evidence: z
      .array(EvidenceItem)
      .min(1, 'at least one piece of evidence')
      .max(10)
      .refine((items) => new Set(items.map((e) => `${e.type}|${e.ref}`)).size === items.length, 'a piece of evidence appears once'),
    /** The reading the adjustment corrects (of the meter). */
    readingId: Ulid.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'supplement' && body.volume < 0) ctx.addIssue({ code: 'custom', path: ['volume'], message: 'a supplement adds volume: must be positive' });
  });

export const AdjustmentActionBody = z.strictObject({
  action: z.enum(['approve', 'reject']),
  note: HumanText({ min: 2, max: 500, multiline: true }),
  /** The version read (or If-Match). */
  version: Version.optional(),
});

export const AdjustmentDecision = z.strictObject({ action: z.enum(['approve', 'reject']), note: z.string(), actor: Actor, at: IsoDateTime });

/** The ledger entry an approval wrote (in the meter's partition). */
export const LedgerEntryRef = z.strictObject({ id: z.string(), postedAt: IsoDateTime, volume: z.number() });

export const AdjustmentView = z.strictObject({
  id: z.string(),
  meterId: z.string(),
  customerId: z.string(),
  regionId: z.string(),
  /** The meter's serial when proposed (for people reading the queue). */
  meterSerial: z.string(),
  volume: z.number(),
  kind: z.enum(ADJUSTMENT_KINDS),
  reason: z.string(),
  evidence: z.array(EvidenceItem),
  readingId: z.string().nullable(),
  status: z.enum(ADJUSTMENT_STATUSES),
  proposedBy: Actor,
  proposedAt: IsoDateTime,
  decision: AdjustmentDecision.nullable(),
  ledgerEntry: LedgerEntryRef.nullable(),
  version: z.int(),
  updatedAt: IsoDateTime,
});
export type AdjustmentView = z.infer<typeof AdjustmentView>;

/**
 * `status` (default `pending` unless a meter or customer is named), `regionId` (the caller's regions
 * by default), `meterId` or `customerId` (all statuses unless `status` is given).
 */
export const AdjustmentsQuery = z.strictObject({
  status: z.enum(ADJUSTMENT_STATUSES).optional(),
  regionId: RegionId.optional(),
  meterId: Ulid.optional(),
  customerId: Ulid.optional(),
  cursor: Cursor.optional(),
  limit: limitUpTo(100).optional(),
});

export const AdjustmentPage = Page(AdjustmentView);
