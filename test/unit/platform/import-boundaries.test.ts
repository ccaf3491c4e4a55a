import { ESLint } from 'eslint';

/** The import rules of docs/architecture.md, as `npm run lint` applies them. */
const eslint = new ESLint({ cwd: new URL('../../../', import.meta.url).pathname });

async function violations(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['console/src/pages/x/Page.tsx', "import { customerView } from '../../../../functions/customers/views.ts';"],
    ['console/src/pages/x/Page.tsx', "import { TenantStore } from '../../../../shared/db/tenant-store.ts';"],
    ['console/src/pages/x/Page.tsx', "import type { Role } from '../../../../shared/tenancy.ts';"],
    ['shared/http/x.ts', "import { ROUTES } from '../../functions/manifest.ts';"],
    ['shared/contract/x.ts', "import { logger } from '../logger.ts';"],
    ['functions/customers/x.ts', "import { startRuntime } from '../../local/runtime.ts';"],
    ['functions/customers/x.ts', "import { z } from 'zod';"],
  ])('refuses %s importing across the boundary', async (file, source) => {
    expect(await violations(file, source)).toHaveLength(1);
  });

  it.each([
    ['console/src/pages/x/Page.tsx', "import { CUSTOMER_CLASSES } from '../../../../shared/contract/customers.ts';"],
    ['shared/http/x.ts', "import { Problem } from '../contract/common.ts';"],
    ['functions/customers/x.ts', "import { ROUTES } from '../manifest.ts';"],
  ])('allows %s importing within the rules', async (file, source) => {
    expect(await violations(file, source)).toEqual([]);
  });
});
