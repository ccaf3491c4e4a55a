import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import type { TenantContext } from './tenancy.ts';

/** CloudWatch namespace of every gascare metric (the construct sets POWERTOOLS_METRICS_NAMESPACE to it). */
export const METRICS_NAMESPACE = 'gascare';

/**
 * The one Metrics instance (CloudWatch embedded metric format: a JSON line on stdout that Lambda's
 * log group turns into metrics). The service is the function's (POWERTOOLS_SERVICE_NAME, set per
 * function by the construct). Quiet on one machine: the local runtime sets
 * POWERTOOLS_METRICS_DISABLED (local/quiet-defaults.ts), which Powertools honours.
 */
export const metrics = new Metrics({
  namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? METRICS_NAMESPACE,
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'gascare',
});

export interface MetricValue {
  name: string;
  value: number;
  /** @default Count */
  unit?: (typeof MetricUnit)[keyof typeof MetricUnit];
}

/**
 * One EMF document: these values under one dimension set (service plus `dimensions`). Dimensions,
 * metrics and the flush (a no-op when disabled) happen in one synchronous step, so requests served concurrently by one
 * process (the local runtime) never mix their dimensions on the shared instance.
 */
export function emitMetrics(dimensions: Record<string, string>, values: readonly MetricValue[]): void {
  if (values.length === 0) return;
  for (const [name, value] of Object.entries(dimensions)) metrics.addDimension(name, value);
  for (const v of values) metrics.addMetric(v.name, v.unit ?? MetricUnit.Count, v.value);
  metrics.publishStoredMetrics();
}

/** A business counter of a capability (`customersCreated`, `importsCompleted`), per tenant. */
export function countBusiness(ctx: Pick<TenantContext, 'tenantId'>, name: string, n = 1): void {
  emitMetrics({ tenant: ctx.tenantId }, [{ name, value: n }]);
}

export { MetricUnit };
