import * as z from 'zod';
import { Actor, HumanText, IsoDateTime, Ulid } from './common.ts';

/**
 * Tenant policies: the company's rules as versioned data (deadlines, cadences, windows, targets).
 * A section is a named group of values with a schema, the defaults of DOMAIN.md, and for each
 * default the rule it comes from. Every change is a new version with the instant it takes effect;
 * code asks for "the version in force at instant T", so a ticket received before a change keeps
 * the rules it was received under.
 */

/** Where a default comes from: a regulation, a standard or a company document, and what it says. */
export const PolicySource = z.strictObject({
  /** e.g. "城镇燃气管理条例 第二十条", "GB/T 28885-2025", "company rules 003 第十八条". */
  ref: z.string(),
  /** The rule in a sentence, in the language of the original. */
  text: z.string(),
});
export type PolicySource = z.infer<typeof PolicySource>;

/** How the console shows and edits a value. */
export const POLICY_UNITS = ['minutes', 'hours', 'days', 'working-days', 'ratio', 'percent', 'time-window', 'count', 'text', 'boolean', 'choice'] as const;

export const PolicyLabel = z.strictObject({ 'zh-CN': z.string(), en: z.string() });

/** A value of a section, by its dotted path in `values` (e.g. `sms.start`). */
export const PolicyField = z.strictObject({
  path: z.string(),
  label: PolicyLabel,
  unit: z.enum(POLICY_UNITS),
  /** The value may be switched off (null). */
  nullable: z.boolean().optional(),
  /** The choices of a `choice` value (an array value takes several). */
  options: z.array(z.strictObject({ value: z.string(), label: PolicyLabel })).optional(),
  source: PolicySource,
});
export type PolicyField = z.infer<typeof PolicyField>;

/** The definition of a section. Capabilities declare theirs in their manifest; the contract holds them. */
export interface PolicySection<S extends z.ZodObject = z.ZodObject> {
  /** Stable name, `<capability>.<topic>`: `tickets.deadlines`, `reading.cadence`, … */
  name: string;
  title: z.infer<typeof PolicyLabel>;
  schema: S;
  defaults: z.infer<S>;
  /** Every value the console edits, with its label and the source of its default. */
  fields: readonly PolicyField[];
}

export const definePolicySection = <S extends z.ZodObject>(section: PolicySection<S>): PolicySection<S> => section;

export type PolicyValues<P> = P extends PolicySection<infer S> ? z.infer<S> : never;

/** A local time of day, `HH:mm` (24 h). */
export const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:mm, e.g. 22:00');
/** A daily window in the tenant's time zone; `end` before `start` runs over midnight (22:00–06:00). */
export const TimeWindow = z.strictObject({ start: LocalTime, end: LocalTime }).refine((w) => w.start !== w.end, { message: 'start and end must differ', path: ['end'] });
export type TimeWindow = z.infer<typeof TimeWindow>;

export const POLICY_READERS = { roles: ['admin', 'manager', 'dispatcher', 'agent', 'field'] } as const;
export const POLICY_ADMINS = { roles: ['admin'] } as const;

export const SectionName = z.string().regex(/^[a-z][a-z-]*\.[a-z][a-z-]*$/, 'a policy section such as "customers.lifecycle"');
export const SectionParams = z.strictObject({ section: SectionName });
export const VersionParams = z.strictObject({ section: SectionName, versionId: Ulid });
export const SectionQuery = z.strictObject({
  /** The instant whose version is "in force" in the reply (default now). */
  at: IsoDateTime.optional(),
});

const Values = z.record(z.string(), z.unknown()).meta({ description: "The section's values; its schema is `schema` in the section's GET reply" });

/** A stored version of a section. */
export const PolicyVersion = z.strictObject({
  id: z.string(),
  effectiveFrom: IsoDateTime,
  values: Values,
  reason: z.string(),
  /** The regulation pack this version came from, if any. */
  pack: z.string().nullable(),
  createdAt: IsoDateTime,
  actor: Actor,
});
export type PolicyVersion = z.infer<typeof PolicyVersion>;

export const PolicySectionView = z.strictObject({
  section: z.string(),
  title: PolicyLabel,
  fields: z.array(PolicyField),
  /** JSON Schema of `values` (what PUT validates against). */
  schema: z.record(z.string(), z.unknown()),
  defaults: Values,
  /** The instant the reply's `inForce` is evaluated at. */
  at: IsoDateTime,
  inForce: z.strictObject({
    /** null: no version yet at `at`; the defaults apply. */
    versionId: z.string().nullable(),
    effectiveFrom: IsoDateTime.nullable(),
    values: Values,
  }),
  /** Versions that take effect after `at`, soonest first. */
  scheduled: z.array(PolicyVersion),
  /** Every version, newest effective date first. */
  history: z.array(PolicyVersion),
});
export type PolicySectionView = z.infer<typeof PolicySectionView>;

/** The earliest a change may take effect: now, give or take clock skew between console and server. */
export const EFFECTIVE_FROM_SKEW_MS = 5 * 60_000;

export const SchedulePolicyBody = z.strictObject({
  /** What GET returns as `inForce.values` (or `defaults`), changed: every value of the section. */
  values: Values,
  /** When it takes effect: an instant now or later, never in the past. */
  effectiveFrom: IsoDateTime,
  reason: HumanText({ min: 2, max: 500, multiline: true }),
});

/** A named set of policy values applied at once: the national minimum, a province's rules. */
export const PolicyPackView = z.strictObject({
  id: z.string(),
  title: PolicyLabel,
  description: PolicyLabel,
  sections: z.array(
    z.strictObject({
      section: z.string(),
      /** The values the pack sets (the rest of the section keeps the values in force). */
      values: Values,
      /** The source of each value the pack sets, by dotted path. */
      sources: z.record(z.string(), PolicySource),
    }),
  ),
});
export type PolicyPackView = z.infer<typeof PolicyPackView>;

export const PackParams = z.strictObject({ pack: z.string().regex(/^[a-z0-9-]{2,64}$/, 'a pack id such as "national-minimum"') });
export const ApplyPackBody = z.strictObject({
  effectiveFrom: IsoDateTime,
  reason: HumanText({ min: 2, max: 500, multiline: true }),
});
export const AppliedPack = z.strictObject({ pack: z.string(), effectiveFrom: IsoDateTime, versions: z.array(z.strictObject({ section: z.string(), versionId: z.string() })) });
