import { dispatch } from '../../shared/http/dispatch.ts';
import * as campaignResults from './campaign-results.ts';
import * as exportAssessment from './export-assessment.ts';
import * as tenantResults from './tenant-results.ts';

export const handler = dispatch([campaignResults, tenantResults, exportAssessment]);
