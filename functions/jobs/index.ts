import { dispatch } from '../../shared/http/dispatch.ts';
import * as getRun from './get-run.ts';
import * as listJobs from './list-jobs.ts';
import * as listRuns from './list-runs.ts';
import * as startRun from './start-run.ts';

export const handler = dispatch([listJobs, startRun, getRun, listRuns]);
