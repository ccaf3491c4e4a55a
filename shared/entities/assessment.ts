import type { AssessmentSummary, UnitScorecard } from '../contract/assessments.ts';
import type { Item } from '../db/tenant-store.ts';
import { keys } from '../keys.ts';
import { UNIT_LEVELS } from '../contract/assessments.ts';

/**
 * An assessment snapshot (docs/data-model.md › "Assessments"): immutable once written. Its header
 * in its own partition and in the tenant's list (a period's versions in order of their ids), and
 * one item per unit, sorted by level then rank, so a level's scorecards are one Query in rank order.
 */
export const assessmentHeaderItem = (tenantId: string, a: AssessmentSummary): Item => ({ ...keys.assessmentHeader(tenantId, a.id), entity: 'assessment', ...a });

export const assessmentListItem = (tenantId: string, a: AssessmentSummary): Item => ({ pk: keys.assessments(tenantId), sk: keys.assessmentListSort(a.period, a.id), entity: 'assessment-list', ...a });

/** Taken by the version's first writer: two runs of a period never share a version number. */
export const assessmentVersionGuard = (tenantId: string, period: string, version: number): Item => ({ ...keys.assessmentVersion(tenantId, period, version), entity: 'assessment-version' });

export const assessmentUnitItem = (tenantId: string, assessmentId: string, u: UnitScorecard): Item => ({
  pk: keys.assessment(tenantId, assessmentId),
  sk: keys.assessmentUnitSort(UNIT_LEVELS.indexOf(u.level), u.rank, u.id),
  entity: 'assessment-unit',
  ...u,
});

const strip = <T>(item: Record<string, unknown>): T => {
  const { pk: _pk, sk: _sk, entity: _e, ...rest } = item;
  return rest as T;
};

export const assessmentFromItem = (item: Record<string, unknown>): AssessmentSummary => strip<AssessmentSummary>(item);
export const unitFromItem = (item: Record<string, unknown>): UnitScorecard => strip<UnitScorecard>(item);
