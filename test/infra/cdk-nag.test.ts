import { jest } from '@jest/globals';
import { NestedStack, Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { AwsSolutionsChecks } from 'cdk-nag';
import { JOBS } from '../../functions/manifest.ts';
import { buildTestGascare, newTestApp, removeTestAssemblies, synthWithReport } from './synth.ts';

/** A bucket that breaks AwsSolutions-S1/S10 on purpose (no access logs, no SSL-only policy). */
const addNonCompliantBucket = (stack: Stack) => new s3.Bucket(stack, 'Careless', { enforceSSL: false });

describe('cdk-nag AwsSolutions', () => {
  // jest.spyOn keeps the validation report CDK prints on failure out of the test output.
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());
  afterAll(removeTestAssemblies);

  it('flags a deliberately non-compliant stack (the plugin runs and can fail a build)', () => {
    // prepare
    const app = newTestApp();
    addNonCompliantBucket(new Stack(app, 'Throwaway'));
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    // act
    const { violations, error } = synthWithReport(app);
    // assess
    expect(error).toBeDefined();
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ plugin: 'AwsSolutions', rule: 'AwsSolutions-S10', severity: 'error', paths: ['Throwaway/Careless/Resource'] }),
        expect.objectContaining({ plugin: 'AwsSolutions', rule: 'AwsSolutions-S1', severity: 'error' }),
      ]),
    );
  });

  it('finds nothing unacknowledged in the app as deployed, and does check it', () => {
    // prepare: the app exactly as bin/app.ts builds it (default JOBS), plus a canary stack whose
    // findings prove that the plugin buildGascare registered really walked this app, nested stacks
    // included (the tenant stacks' REST API routes are nested stacks).
    const { app, platform, tenants } = buildTestGascare();
    const canary = new Stack(app, 'Canary');
    addNonCompliantBucket(canary);
    addNonCompliantBucket(new NestedStack(canary, 'Nested'));
    // act
    const { violations } = synthWithReport(app);
    // assess: the canary is flagged, nothing else is (errors and warnings alike, every plugin).
    const canaryFindings = violations.filter((v) => v.paths.some((p) => p.startsWith('Canary/')));
    expect(canaryFindings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'AwsSolutions-S10' })]));
    expect(canaryFindings.filter((v) => v.rule === 'AwsSolutions-S10').flatMap((v) => v.paths)).toEqual(
      expect.arrayContaining(['Canary/Careless/Resource', 'Canary/Nested/Careless/Resource']),
    );
    expect(violations.filter((v) => !v.paths.every((p) => p.startsWith('Canary/')))).toEqual([]);
    expect(platform.stackName).toBe('Gascare-Platform');
    // The deployed app builds the manifest's schedules (none until a job is added there).
    for (const stack of tenants) {
      expect(stack.node.findAll().filter((c) => c instanceof scheduler.CfnSchedule)).toHaveLength(JOBS.length);
      // What it checked includes the API's nested stacks, and their public methods' acknowledgements held.
      expect(stack.routeApi.subtrees.size).toBeGreaterThan(0);
    }
  });
});
