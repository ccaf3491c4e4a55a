import { AssessmentParams, ASSESSMENT_READERS, ExportQuery } from '../../shared/contract/assessments.ts';
import { CsvText } from '../../shared/contract/common.ts';
import { CampaignParams, ResultsQuery, SURVEY_READERS, SurveyResults } from '../../shared/contract/surveys.ts';
import { CSV, XLSX } from '../../shared/http/media.ts';
import { defineRoute } from '../../shared/http/route.ts';

/**
 * Reports: figures a manager reads on screen and takes away as a spreadsheet. Their own function
 * because the Excel writer (exceljs) is a megabyte: the other functions start without it.
 */
const tags = ['surveys'];

export const campaignResults = defineRoute({
  method: 'GET',
  path: '/v1/survey-campaigns/{id}/results',
  summary: "A campaign's satisfaction in your regions: per dimension, region, staff member and period against the tenant's target (surveys.rules), response rate, the latest comments, follow-up tickets; a period (2026-Q4, 2026-H2, 2026, 2026-11) narrows it. format=csv or xlsx: the report as a file",
  access: SURVEY_READERS,
  params: CampaignParams,
  query: ResultsQuery,
  alsoProduces: [CSV, XLSX],
  responses: { 200: SurveyResults },
  tags,
});

export const surveyResults = defineRoute({
  method: 'GET',
  path: '/v1/survey-results',
  summary: "Satisfaction across every campaign and the return visits recorded on tickets, by the tenant-local month they were sent or made, in your regions; a period (2026-Q4, 2026-H2, 2026, 2026-11) narrows it. format=csv or xlsx: the report as a file",
  access: SURVEY_READERS,
  query: ResultsQuery,
  alsoProduces: [CSV, XLSX],
  responses: { 200: SurveyResults },
  tags,
});

export const exportAssessment = defineRoute({
  method: 'GET',
  path: '/v1/assessments/{id}/export',
  summary: "An assessment's scorecards of the units you may see as a file: format=xlsx (one sheet per unit level, Chinese headers) or csv (one section per level, UTF-8 with BOM)",
  access: ASSESSMENT_READERS,
  params: AssessmentParams,
  query: ExportQuery,
  produces: CSV,
  alsoProduces: [XLSX],
  responses: { 200: CsvText },
  tags: ['assessments'],
});
