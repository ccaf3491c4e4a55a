import { dispatch } from '../../shared/http/dispatch.ts';
import * as getAssessment from './get-assessment.ts';
import * as listAssessmentItems from './list-assessment-items.ts';
import * as listAssessments from './list-assessments.ts';

export const handler = dispatch([listAssessments, getAssessment, listAssessmentItems]);
