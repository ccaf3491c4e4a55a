import './quiet-defaults.ts'; // first: sets log defaults before any module creates its logger
import { resolve } from 'node:path';
import { startRuntime } from './runtime.ts';

/**
 * `npm start`: the whole product on this machine, with the demo on an empty store.
 * PORT (default 3000), HOST (default 127.0.0.1; 0.0.0.0 opens the API to the network), GASCARE_DATA_DIR (default .data), GASCARE_SEED=none, GASCARE_SEED_PASSWORD,
 * GASCARE_CONSOLE_URL (the address links in texts point to: survey links, set-up links; default http://localhost:PORT).
 */

const say = (message: string) => console.log(`[gascare] ${message}`);

process.env.GASCARE_CONSOLE_URL ??= `http://localhost:${process.env.PORT ?? 3000}`;

try {
  const runtime = await startRuntime({
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST || '127.0.0.1',
    dataDir: process.env.GASCARE_DATA_DIR ?? '.data',
    seed: process.env.GASCARE_SEED === 'none' ? 'none' : 'demo',
    consoleDir: resolve('console/dist'),
    scheduler: true,
    onProgress: say,
  });
  say(`ready: console and API at ${runtime.url} (API docs: ${runtime.url}/openapi.json)`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: stopping…`);
    await runtime.stop();
    say('stopped; data kept');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  console.error(`[gascare] cannot start: ${(error as Error).message}`);
  process.exit(1);
}
