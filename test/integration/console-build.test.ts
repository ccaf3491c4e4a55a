import { readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startTestApp, type TestApp } from '../support/app.ts';

/**
 * The built console (console/dist: what S3/CloudFront and `npm start` serve) hands out no source:
 * no source maps in it, no `sourceMappingURL` pointing at one, and the static server refuses `.map`
 * requests even when a map is there. `npm test` builds the console before jest runs.
 */
const dist = resolve('console/dist');
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: 'none' });
});
afterAll(() => app.stop());

describe('console build', () => {
  it('has no source maps and no sourceMappingURL in its JS and CSS', () => {
    const all = files(dist);
    const scripts = all.filter((f) => /\.(m?js|css)$/.test(f));
    expect(scripts.length).toBeGreaterThan(0);
    expect(all.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(scripts.filter((f) => readFileSync(f, 'utf8').includes('sourceMappingURL'))).toEqual([]);
  });

  it('the static server answers 404 for a .map, even one that exists, and serves the JS itself', async () => {
    const script = files(join(dist, 'assets')).find((f) => f.endsWith('.js'))!;
    const name = script.slice(dist.length);
    expect((await app.raw('GET', name)).status).toBe(200);
    const planted = `${script}.map`;
    writeFileSync(planted, '{"version":3,"sources":["secret.ts"],"mappings":""}');
    try {
      for (const path of [`${name}.map`, '/assets/nothing.js.map', '/index.js.map']) {
        const res = await app.raw('GET', path);
        expect([path, res.status]).toEqual([path, 404]);
        expect(String(res.body)).not.toContain('secret.ts');
      }
    } finally {
      rmSync(planted, { force: true });
    }
  });
});
