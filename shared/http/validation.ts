import type { z } from 'zod';
import { Problem, type FieldError } from './problems.ts';

/** A zod failure as a 400 that names each offending field (`body.address.city`, `query.limit`). */
export function zodProblem(error: z.ZodError, where: string): Problem {
  const errors: FieldError[] = error.issues.flatMap((issue) => {
    const base = [where, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({ field: `${base}.${k}`, message: 'unknown field' }));
    }
    return [{ field: base, message: issue.message }];
  });
  const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new Problem(400, 'validation', 'Invalid request', detail, errors);
}
