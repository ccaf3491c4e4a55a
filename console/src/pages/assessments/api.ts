import { client, unwrap } from '../../api.ts';
import type { AssessmentItem, AssessmentSummary, KpiName, UnitLevel, UnitScorecard } from '../../../../shared/contract/assessments.ts';
import { downloadReport } from '../customers/files.ts';

/**
 * The assessment routes the console calls, through the typed client; the bodies are read with
 * the contract's types (shared/contract/assessments.ts).
 */

/** Every assessment computed, newest period first and a period's versions newest first (all pages). */
export async function listAssessments(signal?: AbortSignal): Promise<AssessmentSummary[]> {
  const all: AssessmentSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await unwrap(client.GET('/v1/assessments', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } }, signal }));
    all.push(...(page.items as AssessmentSummary[]));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/**
 * The scorecards of one level the user may see, every page (the API drops the units a manager may
 * not see from each page, so a page may come back short or empty before the last one).
 */
export async function loadUnits(id: string, level: UnitLevel, signal?: AbortSignal): Promise<UnitScorecard[]> {
  const units: UnitScorecard[] = [];
  let cursor: string | undefined;
  do {
    const view = await unwrap(client.GET('/v1/assessments/{id}', { params: { path: { id }, query: { level, limit: 200, ...(cursor ? { cursor } : {}) } }, signal }));
    units.push(...(view.units as UnitScorecard[]));
    cursor = view.nextCursor ?? undefined;
  } while (cursor);
  return units;
}

/** One page of what a KPI of a unit counted against it. */
export async function loadItems(id: string, unit: string, kpi: KpiName, cursor: string | undefined, signal?: AbortSignal): Promise<{ items: AssessmentItem[]; nextCursor: string | null }> {
  const page = await unwrap(client.GET('/v1/assessments/{id}/items', { params: { path: { id }, query: { unit, kpi, limit: 20, ...(cursor ? { cursor } : {}) } }, signal }));
  return { items: page.items as AssessmentItem[], nextCursor: page.nextCursor ?? null };
}

/** The scorecards as a file (`?format=csv|xlsx`), with the server's file name. */
export async function downloadAssessment(a: AssessmentSummary, format: 'csv' | 'xlsx'): Promise<{ blob: Blob; fileName: string }> {
  return downloadReport(`/v1/assessments/${encodeURIComponent(a.id)}/export`, {}, format, `assessment-${a.period}-v${a.version}.${format}`);
}
