import { ulid } from 'ulid';
import type * as z from 'zod';
import type { PolicySection, PolicyVersion } from '../contract/policies.ts';
import type { Item, TenantStore, WriteOp } from '../db/tenant-store.ts';
import { keys } from '../keys.ts';

/**
 * Reading and writing tenant policy versions. A version is immutable: a change is a new version
 * with the instant it takes effect. "The policy in force at T" is the version with the latest
 * `effectiveFrom` ≤ T (the later written wins a tie), or the section's defaults when there is none.
 */

/** Which version a decision was taken under: record it with the decision (a ticket keeps its rules). */
export interface PolicyRef {
  section: string;
  /** null: the section's defaults (no version in force yet). */
  versionId: string | null;
  effectiveFrom: string | null;
}

export interface PolicyInForce<S extends z.ZodObject> {
  values: z.infer<S>;
  ref: PolicyRef;
}

interface VersionItem extends Item {
  id: string;
  section: string;
  effectiveFrom: string;
  values: Record<string, unknown>;
  reason: string;
  pack?: string;
  createdAt: string;
  actor: PolicyVersion['actor'];
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Stored values over the defaults, object by object: a value a later release added to a section
 * gets its default in versions stored before it existed. Arrays and null replace wholesale.
 */
export function overDefaults(defaults: unknown, stored: unknown): unknown {
  if (!isPlainObject(defaults) || !isPlainObject(stored)) return stored === undefined ? defaults : stored;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(stored)) merged[key] = key in defaults ? overDefaults(defaults[key], value) : value;
  return merged;
}

/** A stored version's values as the section's type; a version that no longer fits its schema is an error, never a silent default. */
export function valuesOf<S extends z.ZodObject>(section: PolicySection<S>, stored: Record<string, unknown>): z.infer<S> {
  const parsed = section.schema.safeParse(overDefaults(section.defaults, stored));
  if (!parsed.success) throw new Error(`policy ${section.name}: a stored version does not fit the section's schema (${parsed.error.issues[0]?.message}); migrate it`);
  return parsed.data;
}

/** The version of a section in force at an instant. One Query. */
export async function policyInForce<S extends z.ZodObject>(store: TenantStore, section: PolicySection<S>, at: Date | string = new Date()): Promise<PolicyInForce<S>> {
  const instant = new Date(at).toISOString();
  const { items } = await store.query<VersionItem>({
    pk: keys.policyVersions(store.tenantId, section.name),
    sk: { between: [keys.policyVersionPrefix(), keys.policyInForceUpTo(instant)] },
    newestFirst: true,
    limit: 1,
  });
  const version = items[0];
  if (!version) return { values: section.defaults, ref: { section: section.name, versionId: null, effectiveFrom: null } };
  return { values: valuesOf(section, version.values), ref: { section: section.name, versionId: version.id, effectiveFrom: version.effectiveFrom } };
}

/** Every version of a section, newest effective date first (a section changes a few times a year: a few pages at most). */
export async function policyVersions(store: TenantStore, sectionName: string): Promise<PolicyVersion[]> {
  const versions: PolicyVersion[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.query<VersionItem>({ pk: keys.policyVersions(store.tenantId, sectionName), sk: { beginsWith: keys.policyVersionPrefix() }, newestFirst: true, cursor });
    versions.push(...page.items.map(versionView));
    cursor = page.nextCursor;
  } while (cursor);
  return versions;
}

export const versionView = (item: VersionItem): PolicyVersion => ({
  id: item.id,
  effectiveFrom: item.effectiveFrom,
  values: item.values,
  reason: item.reason,
  pack: item.pack ?? null,
  createdAt: item.createdAt,
  actor: item.actor,
});

/** The write of a new version (values already validated against the section's schema). */
export function newVersion(store: TenantStore, input: { section: string; values: Record<string, unknown>; effectiveFrom: string; reason: string; pack?: string; now: Date }): { id: string; write: WriteOp; version: PolicyVersion } {
  const id = ulid(input.now.getTime());
  const effectiveFrom = new Date(input.effectiveFrom).toISOString();
  const { principal } = store.ctx;
  const item: VersionItem = {
    ...keys.policyVersion(store.tenantId, input.section, effectiveFrom, id),
    entity: 'policy-version',
    id,
    section: input.section,
    effectiveFrom,
    values: input.values,
    reason: input.reason,
    ...(input.pack ? { pack: input.pack } : {}),
    createdAt: input.now.toISOString(),
    actor: { kind: principal.kind, id: principal.id, name: principal.name },
  };
  return { id, write: { kind: 'put', item }, version: versionView(item) };
}

/** Versions in the order the store keeps them: newest effective date first, the later written first on a tie. */
export function inStoreOrder(versions: readonly PolicyVersion[]): PolicyVersion[] {
  return [...versions].sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? b.id.localeCompare(a.id) : b.effectiveFrom.localeCompare(a.effectiveFrom)));
}
