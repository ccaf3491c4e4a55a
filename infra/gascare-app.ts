import { type App, type Environment, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { ServedRoute } from '../shared/capability.ts';
import type { JobDef } from '../shared/jobs/job.ts';
import { PlatformStack, type PlatformStackProps } from './platform-stack.ts';
import { TenantStack } from './tenant-stack.ts';
import type { TenantConfig } from './tenants.ts';

export interface GascareAppOptions {
  tenants: TenantConfig[];
  env?: Environment;
  consoleDomain?: PlatformStackProps['consoleDomain'];
  /** @default JOBS (tests pass sample entries) */
  schedules?: readonly JobDef[];
  /** @default ROUTES (tests add routes) */
  routes?: readonly ServedRoute[];
}

export const PLATFORM_STACK = 'Gascare-Platform';
export const tenantStackName = (tenantId: string) => `Gascare-Tenant-${tenantId}`;

/**
 * The whole deployment: the platform stack and one stack per tenant, with cdk-nag's AWS Solutions
 * checks as a validation plugin (cdk-nag 3; `Aspects.of(app)` no longer works). bin/app.ts and the
 * infra tests build the app through this one function.
 */
export function buildGascare(app: App, options: GascareAppOptions) {
  const platform = new PlatformStack(app, PLATFORM_STACK, {
    env: options.env,
    description: 'gascare platform: shared table, master secret, console, API WAF, ops alarms',
    tenants: options.tenants,
    consoleDomain: options.consoleDomain,
  });
  const tenants = options.tenants.map(
    (tenant) =>
      new TenantStack(app, tenantStackName(tenant.tenantId), {
        env: options.env,
        description: `gascare tenant ${tenant.tenantId} (${tenant.tier})`,
        tenant,
        table: platform.table,
        masterSecret: platform.masterSecret,
        opsTopic: platform.opsTopic,
        apiWebAclArn: platform.apiWebAcl.attrArn,
        consoleOrigin: platform.consoleOrigin,
        schedules: options.schedules,
        routes: options.routes,
      }),
  );
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { platform, tenants };
}
