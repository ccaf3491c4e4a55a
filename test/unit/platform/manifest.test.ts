import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DASHBOARD_WORKERS } from '../../../functions/dashboard-workers.ts';
import { JOB_WORKERS, loadJob } from '../../../functions/job-workers.ts';
import { CAPABILITIES, CONTEXTS, DASHBOARD_SECTIONS, JOBS, ROUTES } from '../../../functions/manifest.ts';
import { routeKey } from '../../../shared/http/route.ts';

const functionsDir = join(import.meta.dirname, '../../../functions');

describe('the manifest', () => {
  it('lists every capability folder that has a manifest.ts', () => {
    const folders = readdirSync(functionsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(functionsDir, d.name, 'manifest.ts')))
      .map((d) => d.name)
      .sort();
    expect(CAPABILITIES.map((c) => c.name).sort()).toEqual(folders);
  });

  it('gives every capability that serves routes a Lambda entry (index.ts)', () => {
    for (const context of CONTEXTS) expect(existsSync(join(functionsDir, context, 'index.ts'))).toBe(true);
  });

  it('declares each method and path once', () => {
    const keys = ROUTES.map((r) => routeKey(r.method, r.path));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names each job once, and each job loads its implementation', async () => {
    expect(new Set(JOBS.map((j) => j.name)).size).toBe(JOBS.length);
    for (const job of JOBS) {
      const impl = await loadJob(job.name);
      expect(impl?.name).toBe(job.name);
      expect(typeof impl?.run).toBe('function');
    }
    expect(await loadJob('no-such-job')).toBeUndefined();
    expect(Object.keys(JOB_WORKERS).sort()).toEqual(JOBS.map((j) => j.name).sort());
  });

  it('has a provider for every dashboard section a capability declares, and none other', async () => {
    expect(Object.keys(DASHBOARD_WORKERS).sort()).toEqual([...DASHBOARD_SECTIONS].sort());
    for (const section of DASHBOARD_SECTIONS) expect(typeof (await DASHBOARD_WORKERS[section]!())).toBe('function');
  });
});
