import { AssessmentPage, AssessmentParams, AssessmentQuery, AssessmentView, ASSESSMENT_READERS, ItemPage, ItemsQuery, ListAssessmentsQuery } from '../../shared/contract/assessments.ts';
import { defineRoute } from '../../shared/http/route.ts';

const tags = ['assessments'];

export const listAssessments = defineRoute({
  method: 'GET',
  path: '/v1/assessments',
  summary: 'The quarterly and annual assessments computed, newest period first and a period\'s versions newest first (each version has its own id); by period (2026-Q3, 2026) or kind',
  access: ASSESSMENT_READERS,
  query: ListAssessmentsQuery,
  responses: { 200: AssessmentPage },
  tags,
});

export const getAssessment = defineRoute({
  method: 'GET',
  path: '/v1/assessments/{id}',
  summary: "An assessment's scorecards of the units you may see (a manager: their regions and their staff), by level then rank: each KPI's value, numerator and denominator, target, weight and score, the total, the rank among the level and the trend over the earlier periods; a KPI without facts is value null, noData true",
  access: ASSESSMENT_READERS,
  params: AssessmentParams,
  query: AssessmentQuery,
  responses: { 200: AssessmentView },
  tags,
});

export const listAssessmentItems = defineRoute({
  method: 'GET',
  path: '/v1/assessments/{id}/items',
  summary: 'What a KPI of a unit counted against it in the period, as it stands now: the repairs that missed a deadline, the repairs reopened, the complaints and inquiries not replied to in time, the tickets closed without a return visit, the meters not read; paginated',
  access: ASSESSMENT_READERS,
  params: AssessmentParams,
  query: ItemsQuery,
  responses: { 200: ItemPage },
  tags,
});
