import type { DashboardSection, DashboardSectionName } from './contract/dashboard.ts';
import type { PolicySection } from './contract/policies.ts';
import type { TenantStore } from './db/tenant-store.ts';
import type { RouteDef } from './http/route.ts';
import type { JobDef, JobImpl } from './jobs/job.ts';

/**
 * A line of the job list of a capability: the schedule as plain data (CDK and the local cron read
 * it). Its implementation is in functions/job-workers.ts, out of the manifest, so whatever reads
 * the manifest — the OpenAPI document, CDK, the jobs API — neither loads nor bundles any job's
 * code (esbuild inlines even a lazy `import()`); only the worker that runs jobs does.
 */
export type JobEntry = JobDef;

/** A job's implementation, loaded when it runs. */
export type JobWorker = () => Promise<JobImpl['run']>;

/** A capability's section of the manager dashboard, for the regions the caller may see; null: no data yet. */
export type DashboardSectionProvider<N extends DashboardSectionName> = (scope: { store: TenantStore; regions: string[]; timeZone: string }) => Promise<DashboardSection<N> | null>;

/** A dashboard section's provider, loaded when the dashboard is asked for (functions/dashboard-workers.ts). */
export type DashboardWorker = () => Promise<DashboardSectionProvider<DashboardSectionName>>;

/**
 * What a capability (a folder under functions/, one Lambda function in AWS) declares about itself,
 * in its `manifest.ts`: its routes and its scheduled jobs. `functions/manifest.ts` lists them.
 */
export interface Capability {
  /** The folder under functions/ and the name of its function in AWS. */
  name: string;
  routes: readonly RouteDef[];
  jobs?: readonly JobEntry[];
  /** The dashboard sections it fills (GET /v1/dashboard); their providers are in functions/dashboard-workers.ts. */
  dashboard?: readonly DashboardSectionName[];
  /** The policy sections it reads (their definitions live in shared/contract/; also listed in shared/contract/policy-sections.ts). */
  policies?: readonly PolicySection[];
}

/** The route definitions a routes module exports (anything else it exports is ignored). */
export function routesOf(module: Record<string, unknown>): RouteDef[] {
  return Object.values(module).filter(isRoute);
}

function isRoute(value: unknown): value is RouteDef {
  return typeof value === 'object' && value !== null && 'method' in value && 'path' in value && 'access' in value;
}

/** A route as the manifest serves it: with the capability (the Lambda function) it belongs to. */
export type ServedRoute = RouteDef & { context: string };

export const defineCapability = (capability: Capability): Capability => capability;
