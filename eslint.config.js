import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries (docs/architecture.md): the console talks to the API through the contract and
 * the typed client only; shared/ knows no handler, no CDK and no local runtime; functions/ knows
 * no CDK and no local runtime. Checked on the import specifier: every import here is relative.
 */
const outside = (folders, message) => ({ regex: `(^|/)(${folders.join('|')})/`, message });
const restricted = (patterns = []) => ['error', { patterns }];
const serverShared = { regex: '(^|/)shared/(?!contract/)', message: 'the console may import from shared/contract/ only (and the typed client)' };

export default tseslint.config(
  { ignores: ['node_modules', 'cdk.out', 'console/dist', 'test-output', '.data', '.scratch', 'console/src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `import { z }` drags every zod locale into a bundle (esbuild cannot shake a re-exported namespace).
      'no-restricted-syntax': ['error', { selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z'][importKind!='type']", message: "import * as z from 'zod' (keeps Lambda bundles small)" }],
    },
  },
  {
    files: ['console/src/**'],
    rules: {
      'no-restricted-imports': restricted([outside(['functions', 'local', 'infra', 'bench', 'test'], 'the console may not import server code'), serverShared]),
    },
  },
  {
    files: ['shared/**'],
    rules: { 'no-restricted-imports': restricted([outside(['functions', 'local', 'infra', 'console'], 'shared/ may not import functions/, infra/, local/ or the console')]) },
  },
  {
    files: ['shared/contract/**'],
    rules: {
      'no-restricted-imports': restricted([
        outside(['functions', 'local', 'infra', 'console'], 'the contract may not import server code'),
        { regex: '^\\.\\./', message: 'the contract imports only itself (and zod): the console bundles it' },
        { regex: '^node:', message: 'the contract runs in the browser too' },
      ]),
    },
  },
  {
    files: ['functions/**'],
    rules: { 'no-restricted-imports': restricted([outside(['local', 'infra', 'console'], 'functions/ may not import infra/, local/ or the console')]) },
  },
);
