import { CAPABILITIES } from '../../../functions/manifest.ts';
import { POLICY_SECTIONS, policySectionOf } from '../../../shared/contract/policy-sections.ts';
import { POLICY_PACKS } from '../../../functions/policies/packs.ts';
import { SectionName } from '../../../shared/contract/policies.ts';
import { overDefaults } from '../../../shared/policies/policy-store.ts';

/** The dotted paths of the leaves of a value (arrays and null are leaves). */
const leaves = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

/** Whether `path` names a value of `values` (or an object containing values). */
const has = (values: unknown, path: string) =>
  path.split('.').reduce<{ ok: boolean; at: unknown }>((acc, part) => {
    const at = acc.at as Record<string, unknown> | null;
    return acc.ok && typeof at === 'object' && at !== null && part in at ? { ok: true, at: at[part] } : { ok: false, at: undefined };
  }, { ok: true, at: values }).ok;

/** A field covers a leaf when the leaf is the field or lies inside it. */
const covers = (fieldPath: string, leaf: string) => leaf === fieldPath || leaf.startsWith(`${fieldPath}.`);

describe('the policy section registry', () => {
  it('lists exactly the sections the capabilities declare in their manifests', () => {
    const declared = CAPABILITIES.flatMap((c) => (c.policies ?? []).map((s) => s.name)).sort();
    expect(POLICY_SECTIONS.map((s) => s.name).sort()).toEqual(declared);
  });

  it('has unique, well-formed section names', () => {
    const names = POLICY_SECTIONS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(SectionName.safeParse(name).success).toBe(true);
  });

  it.each(POLICY_SECTIONS.map((s) => [s.name, s] as const))('%s: its defaults fit its schema, and every default has a label and a source', (_name, section) => {
    expect(section.schema.safeParse(section.defaults).success).toBe(true);
    const paths = section.fields.map((f) => f.path);
    for (const path of paths) expect(has(section.defaults, path)).toBe(true);
    for (const leaf of leaves(section.defaults)) expect(paths.some((p) => covers(p, leaf))).toBe(true);
    for (const field of section.fields) {
      expect(field.source.ref.trim()).not.toBe('');
      expect(field.source.text.trim()).not.toBe('');
      expect(field.label['zh-CN'].trim()).not.toBe('');
      expect(field.label.en.trim()).not.toBe('');
      if (field.unit === 'choice') expect(field.options?.length).toBeGreaterThan(0);
    }
  });
});

describe('regulation packs', () => {
  it('have unique ids', () => {
    const ids = POLICY_PACKS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(POLICY_PACKS.map((p) => [p.id, p] as const))('%s names registered sections, sets values that fit them, and cites a source for each', (_id, pack) => {
    for (const part of pack.sections) {
      const section = policySectionOf(part.section);
      expect(section?.name).toBe(part.section);
      const merged = overDefaults(section!.defaults, part.values);
      const parsed = section!.schema.safeParse(merged);
      expect(parsed.error?.issues ?? []).toEqual([]);
      for (const leaf of leaves(part.values)) expect(Object.keys(part.sources).some((p) => covers(p, leaf))).toBe(true);
      for (const path of Object.keys(part.sources)) expect(has(part.values, path)).toBe(true);
    }
  });
});
