import '../quiet-defaults.ts';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { resetDocumentClient } from '../../shared/db/client.ts';
import { startDynamoLocal } from '../dynamo.ts';
import { isEmptyStore, resetDemoPasswords } from '../seed/demo.ts';

/**
 * The demo's store on the command line (with `npm start` stopped: DynamoDB Local holds the folder):
 *
 *   npm run demo -- reset-password [--password X] [--must-change]
 *
 * gives every demo user (admin, manager, dispatcher, agent, field of `demo` and `north`) a new
 * password — X, or a random one — and prints it; with --must-change their next sign-in asks for a
 * new one of their own. Data folder: GASCARE_DATA_DIR (default .data).
 */
const { positionals, values } = parseArgs({ allowPositionals: true, options: { password: { type: 'string' }, 'must-change': { type: 'boolean' } } });
const say = (message: string) => console.log(`[gascare] ${message}`);

if (positionals[0] !== 'reset-password') {
  console.error('usage: npm run demo -- reset-password [--password X] [--must-change]');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 3000);
const running = await fetch(`http://localhost:${port}/healthz`).then(
  () => true,
  () => false,
);
if (running) {
  console.error(`[gascare] gascare is running on port ${port}: stop it (Ctrl-C) first, it holds the data folder`);
  process.exit(1);
}

const dataDir = process.env.GASCARE_DATA_DIR ?? '.data';
const dynamo = await startDynamoLocal({ dataDir: join(dataDir, 'dynamodb') });
try {
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.TABLE_NAME = 'gascare';
  resetDocumentClient();
  const empty = await isEmptyStore().catch((error: Error) => {
    if (error.name === 'ResourceNotFoundException') return true;
    throw error;
  });
  if (empty) {
    say(`no demo under ${dataDir}: \`npm start\` seeds one (GASCARE_SEED_PASSWORD chooses its password)`);
  } else {
    const password = values.password ?? randomBytes(9).toString('base64url');
    const count = await resetDemoPasswords(password, { mustChange: values['must-change'] });
    say(`${count} demo users now sign in with: ${password}`);
  }
} finally {
  await dynamo.stop();
}
