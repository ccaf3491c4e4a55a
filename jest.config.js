// ESM + SWC: middy >=5 is ESM-only (see ARCHITECTURE.md), so jest runs with --experimental-vm-modules.
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, experimental: { keepImportAttributes: true } }, module: { type: 'es6' } }];
const common = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.tsx?$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  // Tests run the handlers on one machine: the local runtime's defaults (quiet logs, no EMF, no X-Ray).
  setupFiles: ['<rootDir>/local/quiet-defaults.ts'],
};
const MAX_WORKERS = 2;
const STORE = '<rootDir>/test/support/store-environment.mjs';

export default {
  globalSetup: './test/support/global-setup.ts',
  maxWorkers: MAX_WORKERS,
  // Generous: a 2-core CI machine runs the Chromium, CLI and DynamoDB Local suites side by side;
  // a test app's start (every handler imported, the demo seeded, every job run once) took over 60 s
  // there once the suites of issue 9 joined, and 24 s alone; over 180 s for the heaviest set-ups (the isolation test's fixtures of every capability) under the full suite,
  // and over 300 s for a full demo seed while benchmarks shared the machine.
  testTimeout: 480000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    // A DynamoDB Local of each file's own: see test/support/store-environment.mjs.
    { ...common, displayName: 'integration', testEnvironment: STORE, testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...common, displayName: 'infra', testMatch: ['<rootDir>/test/infra/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testEnvironment: STORE, testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
