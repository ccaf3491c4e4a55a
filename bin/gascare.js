#!/usr/bin/env node
// The `gascare` command: the TypeScript of local/cli/gascare/ run through tsx, as the npm scripts run theirs.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../local/cli/gascare/main.ts');
await main(process.argv);
