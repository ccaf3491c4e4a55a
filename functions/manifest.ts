import type { Capability, JobEntry, ServedRoute } from '../shared/capability.ts';
import { capability as apiKeys } from './api-keys/manifest.ts';
import { capability as assessments } from './assessments/manifest.ts';
import { capability as auth } from './auth/manifest.ts';
import { capability as calendar } from './calendar/manifest.ts';
import { capability as customerFiles } from './customer-files/manifest.ts';
import { capability as customers } from './customers/manifest.ts';
import { capability as dashboard } from './dashboard/manifest.ts';
import { capability as jobs } from './jobs/manifest.ts';
import { capability as notifications } from './notifications/manifest.ts';
import { capability as platform } from './platform/manifest.ts';
import { capability as policies } from './policies/manifest.ts';
import { capability as reading } from './reading/manifest.ts';
import { capability as regions } from './regions/manifest.ts';
import { capability as reports } from './reports/manifest.ts';
import { capability as surveys } from './surveys/manifest.ts';
import { capability as tickets } from './tickets/manifest.ts';
import { capability as users } from './users/manifest.ts';
import { capability as webhooks } from './webhooks/manifest.ts';

/**
 * The one manifest: every capability of the product. CDK builds a function per capability, its
 * REST API resources and its schedules from it; the local runtime its router and its cron; the
 * OpenAPI document its paths. Adding a capability: a folder under functions/ with its
 * manifest.ts, and one line here.
 */
export const CAPABILITIES: readonly Capability[] = [platform, auth, regions, apiKeys, jobs, dashboard, customers, customerFiles, users, policies, calendar, notifications, reading, tickets, surveys, assessments, reports, webhooks];

/** Every route, tagged with the capability (the Lambda function) that serves it. */
export const ROUTES: readonly ServedRoute[] = CAPABILITIES.flatMap((c) => c.routes.map((r) => ({ ...r, context: c.name })));

/** The capabilities that serve HTTP routes: one function each (`functions/<name>/index.ts`). */
export const CONTEXTS: readonly string[] = CAPABILITIES.filter((c) => c.routes.length > 0).map((c) => c.name);

/** Every scheduled job of a tenant. */
export const JOBS: readonly JobEntry[] = CAPABILITIES.flatMap((c) => c.jobs ?? []);

export const jobOf = (name: string): JobEntry | undefined => JOBS.find((j) => j.name === name);

/** Every dashboard section a capability fills. */
export const DASHBOARD_SECTIONS = CAPABILITIES.flatMap((c) => c.dashboard ?? []);
