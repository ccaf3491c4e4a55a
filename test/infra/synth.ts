import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { ServedRoute } from '../../shared/capability.ts';
import type { JobDef } from '../../shared/jobs/job.ts';
import { buildGascare } from '../../infra/gascare-app.ts';
import { loadTenants, type TenantConfig } from '../../infra/tenants.ts';

/** The context `cdk synth` runs with (cdk.json: the feature flags), minus bundling: tests need no code. */
export function testContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context: Record<string, unknown> };
  return { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] };
}

const outdirs: string[] = [];

/** An app synthesizing into a temporary folder of its own (never the project's cdk.out). */
export function newTestApp(): App {
  const outdir = mkdtempSync(join(tmpdir(), 'gascare-cdk-'));
  outdirs.push(outdir);
  return new App({ context: testContext(), outdir });
}

/** Remove the temporary assemblies of this test file (call from afterAll). */
export const removeTestAssemblies = () => outdirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));

export interface Violation {
  plugin: string;
  rule: string;
  severity: string;
  paths: string[];
}

/**
 * Synthesize and collect every finding of every validation plugin (cdk-nag's AwsSolutions, the
 * CloudFormation schema checks). cdk-nag 3 runs as a CDK validation plugin: its findings go to the
 * assembly's validation report, and an error makes synth throw.
 */
export function synthWithReport(app: App): { violations: Violation[]; error?: Error } {
  let error: Error | undefined;
  try {
    app.synth();
  } catch (e) {
    error = e as Error;
  }
  const report = JSON.parse(readFileSync(join(app.outdir, 'validation-report.json'), 'utf8')) as {
    pluginReports: { pluginName: string; violations: { ruleName: string; severity: string; violatingConstructs: { constructPath: string }[] }[] }[];
  };
  const violations = report.pluginReports.flatMap((p) =>
    p.violations.map((v) => ({ plugin: p.pluginName, rule: v.ruleName, severity: v.severity, paths: v.violatingConstructs.map((c) => c.constructPath) })),
  );
  return { violations, error };
}

/** The whole app as bin/app.ts builds it, for every tenant of infra/tenants.json (or those given). */
export function buildTestGascare(options: { schedules?: readonly JobDef[]; routes?: readonly ServedRoute[]; tenants?: TenantConfig[] } = {}) {
  const app = newTestApp();
  const tenants = options.tenants ?? loadTenants();
  const built = buildGascare(app, { tenants, schedules: options.schedules, routes: options.routes });
  return { app, tenantConfigs: tenants, ...built };
}

/** The logical id of an L2 construct's CloudFormation resource. */
export const logicalId = (construct: IConstruct): string => Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
