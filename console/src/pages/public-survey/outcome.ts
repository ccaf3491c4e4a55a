import type { ApiError } from '../../api.ts';

/**
 * What the public survey page shows for a refusal of GET or POST /v1/public/surveys/{token}: the
 * API's stable `code` first (problem+json), its status when the code is not one of the survey's.
 * A 400 naming a field of the answer (`body.…`) is the form's business (`field`), not a page of its
 * own; one naming the token (too short, too long) is an invalid link.
 */
export type SurveyOutcome = 'answered' | 'expired' | 'invalid' | 'rate-limited' | 'field' | 'failed';

export function surveyOutcome(error: Pick<ApiError, 'status' | 'code'> & { problem: { errors?: { field: string }[] } }): SurveyOutcome {
  if (error.code === 'survey-answered') return 'answered';
  if (error.code === 'survey-expired') return 'expired';
  if (error.code === 'survey-link-invalid') return 'invalid';
  if (error.status === 429) return 'rate-limited';
  if (error.status === 409) return 'answered';
  if (error.status === 410) return 'expired';
  if (error.status === 400 && error.problem.errors?.some((e) => e.field.startsWith('body.'))) return 'field';
  if (error.status === 404 || error.status === 400) return 'invalid';
  return 'failed';
}

/** The dimension a 400's field error names (`body.scores.quality` → `quality`), if any. */
export function dimensionOfField(field: string, dimensions: readonly string[]): string | undefined {
  const name = field.replace(/^body\./, '');
  const match = /^scores\.(\w+)/.exec(name);
  if (match && dimensions.includes(match[1]!)) return match[1];
  return undefined;
}

/** The scores of an answer, once every dimension has one; undefined while any is missing. */
export function completeScores<D extends string>(dimensions: readonly D[], picked: Partial<Record<D, number>>): Record<D, number> | undefined {
  if (dimensions.some((d) => picked[d] === undefined)) return undefined;
  return Object.fromEntries(dimensions.map((d) => [d, picked[d]])) as Record<D, number>;
}
