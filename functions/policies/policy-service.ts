import * as z from 'zod';
import { EFFECTIVE_FROM_SKEW_MS, type PolicySection, type PolicySectionView, type PolicyVersion } from '../../shared/contract/policies.ts';
import type { TenantStore } from '../../shared/db/tenant-store.ts';
import { notFoundError, unprocessableError } from '../../shared/errors.ts';
import { zodProblem } from '../../shared/http/validation.ts';
import { policyVersions } from '../../shared/policies/policy-store.ts';
import { policySectionOf } from '../../shared/contract/policy-sections.ts';

/** A section of the registry by name; an unknown one is 404 like any unknown resource. */
export function sectionNamed(name: string): PolicySection {
  const section = policySectionOf(name);
  if (!section) throw notFoundError('policy section', { section: name });
  return section;
}

const schemas = new Map<string, Record<string, unknown>>();
/** The JSON Schema of a section's values (what the console and integrators read; PUT validates with the zod original). */
const jsonSchemaOf = (section: PolicySection) => {
  let schema = schemas.get(section.name);
  if (!schema) schemas.set(section.name, (schema = z.toJSONSchema(section.schema) as Record<string, unknown>));
  return schema;
};

/** The version in force at an instant among versions sorted newest effective date first (ties: the later written). */
export const versionAt = (versions: readonly PolicyVersion[], at: Date): PolicyVersion | undefined =>
  versions.find((v) => Date.parse(v.effectiveFrom) <= at.getTime());

export function sectionView(section: PolicySection, versions: PolicyVersion[], at: Date): PolicySectionView {
  const inForce = versionAt(versions, at);
  return {
    section: section.name,
    title: section.title,
    fields: [...section.fields],
    schema: jsonSchemaOf(section),
    defaults: section.defaults,
    at: at.toISOString(),
    inForce: inForce
      ? { versionId: inForce.id, effectiveFrom: inForce.effectiveFrom, values: inForce.values }
      : { versionId: null, effectiveFrom: null, values: section.defaults },
    scheduled: versions.filter((v) => Date.parse(v.effectiveFrom) > at.getTime()).reverse(),
    history: versions,
  };
}

export async function loadSectionView(store: TenantStore, section: PolicySection, at: Date): Promise<PolicySectionView> {
  return sectionView(section, await policyVersions(store, section.name), at);
}

/** Every value of the section, checked against its schema; a bad one is a 400 naming `body.values.<path>`. */
export function checkedValues(section: PolicySection, values: unknown): Record<string, unknown> {
  const parsed = section.schema.safeParse(values);
  if (!parsed.success) throw zodProblem(parsed.error, 'body.values');
  return parsed.data as Record<string, unknown>;
}

/** A change takes effect now or later, never in the past (history is not rewritten). */
export function checkedEffectiveFrom(effectiveFrom: string, now: Date): string {
  const at = new Date(effectiveFrom);
  if (at.getTime() < now.getTime() - EFFECTIVE_FROM_SKEW_MS) {
    throw unprocessableError('effective-in-past', 'effectiveFrom is in the past: a policy change takes effect now or later', { effectiveFrom }, { fields: [{ field: 'body.effectiveFrom', message: 'in the past' }] });
  }
  return at.getTime() < now.getTime() ? now.toISOString() : at.toISOString();
}

/** The dotted paths whose values differ (for the audit record and the console's history). */
export function changedPaths(before: unknown, after: unknown, prefix = ''): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(before) && isObject(after)) {
    const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return names.flatMap((name) => changedPaths(before[name], after[name], prefix ? `${prefix}.${name}` : name));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [prefix];
}
