import * as z from 'zod';
import { PolicyPackView } from '../../shared/contract/policies.ts';
import nightRestoration from './packs/provincial-night-restoration.json' with { type: 'json' };
import specialCare from './packs/company-003-special-care.json' with { type: 'json' };
import complaints002 from './packs/company-002-complaints.json' with { type: 'json' };

/**
 * Regulation packs: data files beside this module, one per pack, each value citing its source.
 * A pack sets some values of some sections; applying it writes one version of each section, the
 * rest of the section keeping the values in force then. `packs.test.ts` checks every pack against
 * the section registry, so a pack cannot name a section or a value that does not exist.
 */
export const POLICY_PACKS: readonly PolicyPackView[] = z.array(PolicyPackView).parse([nightRestoration, specialCare, complaints002]);

export const packNamed = (id: string) => POLICY_PACKS.find((p) => p.id === id);
