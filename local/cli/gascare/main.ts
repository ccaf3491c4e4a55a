import { existsSync, statSync } from 'node:fs';
import { Command, Option } from 'commander';
import { ImportRequestFailed } from '../../../shared/contract/customer-import-client.ts';
import { exportCsv, importCsv } from '../customers.ts';
import { apiClient, CliError, NOT_SIGNED_IN } from './api.ts';
import { configPath, forgetLogin, readLogin, saveLogin, type StoredLogin } from './config.ts';
import { tailEvents } from './events.ts';
import { runJob } from './jobs.ts';
import { promptPassword } from './prompt.ts';
import { summaryLines, uploadReadings } from './readings.ts';
import { testWebhook } from './webhooks.ts';

/**
 * `gascare`: the command line of integrators and operators (README "Command line"). Sign in once
 * (`gascare login`), then customers import/export (the same code as `npm run customers`), readings
 * upload, jobs run (with --follow), events tail and webhooks test. Failures: a one-line message on
 * stderr and exit 1 (3: an import or upload done with rejected rows).
 */
async function signedIn(): Promise<StoredLogin> {
  const login = await readLogin();
  if (!login || (!login.apiKey && !login.token)) throw new CliError(NOT_SIGNED_IN);
  return login;
}

const stdout = (line: string) => process.stdout.write(`${line}\n`);

export function program(): Command {
  const cli = new Command('gascare')
    .description('gascare from the command line: customers CSV, readings CSV, jobs, events, webhooks')
    .configureOutput({ outputError: (text, write) => write(text) });

  cli
    .command('login')
    .description(`sign in with an integrator API key or a user; the credentials go to $GASCARE_CONFIG or ~/.config/gascare/config.json (mode 0600)`)
    .addOption(new Option('--url <base>', 'the API, e.g. https://api.example.com or http://localhost:3000').env('GASCARE_URL').makeOptionMandatory())
    .addOption(new Option('--api-key <key>', 'an integrator key (gck_…)').conflicts(['tenant', 'user', 'password']))
    .option('--tenant <tenant>', 'the tenant of the user')
    .option('--user <username>', 'the user name')
    .option('--password <password>', 'the password (asked for when not given)')
    .action(async (o: { url: string; apiKey?: string; tenant?: string; user?: string; password?: string }) => {
      const url = o.url.replace(/\/+$/, '');
      let login: StoredLogin;
      if (o.apiKey) {
        try {
          const { data: me } = await apiClient({ url, apiKey: o.apiKey }).GET('/v1/me');
          login = { url, apiKey: o.apiKey, tenant: me?.tenant, savedAt: new Date().toISOString() };
        } catch (error) {
          if ((error as Error).message === NOT_SIGNED_IN) throw new CliError('login failed: the API key was refused');
          throw error;
        }
      } else {
        if (!o.tenant || !o.user) throw new CliError('login: give --api-key, or --tenant and --user');
        const password = o.password ?? (await promptPassword());
        const res = await fetch(`${url}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tenant: o.tenant, username: o.user, password }) }).catch(
          (error: Error & { cause?: Error }) => {
            throw new CliError(`cannot reach ${url}: ${error.cause?.message ?? error.message}`);
          },
        );
        if (res.status === 401) throw new CliError('login failed: wrong tenant, user or password');
        // Typed call for everything else (the 2xx body, a refusal as one line).
        const { data } = res.ok ? { data: (await res.json()) as { token: string } } : await apiClient({ url }).POST('/v1/auth/login', { body: { tenant: o.tenant, username: o.user, password } });
        if (!data?.token) throw new CliError('login failed: no session token in the answer');
        login = { url, token: data.token, tenant: o.tenant, user: o.user, savedAt: new Date().toISOString() };
      }
      const path = await saveLogin(login);
      stdout(`signed in to ${url} as ${login.apiKey ? `an API key of ${login.tenant ?? 'its tenant'}` : `${login.tenant}/${login.user}`} (${path})`);
    });

  cli
    .command('logout')
    .description('forget the stored credentials')
    .action(async () => {
      stdout((await forgetLogin()) ? `signed out (${configPath()} removed)` : 'not signed in');
    });

  const customers = cli.command('customers').description('the customer CSV: import and export (as npm run customers)');
  customers
    .command('import <file>')
    .description('import a customer CSV: streamed in batches, progress bar, rejected rows into <file>.errors.csv; exit 3 when rows were rejected')
    .option('--parallel <n>', 'batches in flight', '2')
    .option('--batch <rows>', 'rows per batch (at most 500)', '500')
    .option('--json', 'the summary as JSON on stdout')
    .option('--quiet', 'no progress bar')
    .action(async (file: string, o: { parallel: string; batch: string; json?: boolean; quiet?: boolean }) => {
      if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`no file ${file}`);
      const login = await signedIn();
      const summary = await importCsv({ ...login, file, progress: !o.quiet, parallel: Number(o.parallel), batchSize: Number(o.batch) });
      if (o.json) stdout(JSON.stringify(summary));
      if (summary.counts.rejected) process.exitCode = 3;
    });
  customers
    .command('export')
    .description('export the customers into a CSV (UTF-8 with BOM), with progress')
    .option('--out <file>', 'the CSV to write', 'customers.csv')
    .option('--region <id>', 'one region only')
    .option('--class <class>', 'one customer class only')
    .option('--json', 'the result as JSON on stdout')
    .option('--quiet', 'no progress bar')
    .action(async (o: { out: string; region?: string; class?: string; json?: boolean; quiet?: boolean }) => {
      const login = await signedIn();
      const result = await exportCsv({ ...login, file: o.out, regionId: o.region, class: o.class, progress: !o.quiet });
      if (o.json) stdout(JSON.stringify(result));
    });

  const readings = cli.command('readings').description('meter readings from a CSV (admin, manager, field, dispatcher; a key with readings:write)');
  readings
    .command('upload <file>')
    .description('upload a readings CSV (columns meterId,value,readAt[,source,cardBalanceFen,purchases,photoRef]; cardBalanceFen in integer fen): rows checked here, sent in batches with an Idempotency-Key of the file and batch (a re-run applies nothing twice), a summary; exit 3 when rows were rejected')
    .option('--batch <rows>', 'readings per batch (at most 500)', '500')
    .option('--json', 'the summary as JSON on stdout')
    .option('--quiet', 'no progress bar')
    .action(async (file: string, o: { batch: string; json?: boolean; quiet?: boolean }) => {
      if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`no file ${file}`);
      const batch = Number(o.batch);
      if (!Number.isInteger(batch) || batch < 1 || batch > 500) throw new CliError(`--batch: "${o.batch}" is not a number of rows from 1 to 500`);
      const summary = await uploadReadings(await signedIn(), { file, batchSize: batch, progress: !o.quiet });
      if (o.json) stdout(JSON.stringify(summary));
      else for (const line of summaryLines(summary)) stdout(line);
      if (summary.rejected.length) process.exitCode = 3;
    });

  const jobs = cli.command('jobs').description('scheduled jobs (admin)');
  jobs
    .command('run <name>')
    .description('run a job now as of a date; --follow shows its progress until it ends (exit 1 if the run fails)')
    .requiredOption('--as-of <date>', 'the date or time the run is as of (2026-12-01 is midnight UTC)')
    .option('--follow', 'poll the run with a progress bar until it has ended')
    .option('--quiet', 'no progress bar')
    .action(async (name: string, o: { asOf: string; follow?: boolean; quiet?: boolean }) => {
      await runJob(apiClient(await signedIn()), name, { asOf: o.asOf, follow: o.follow, progress: !o.quiet });
    });

  const events = cli.command('events').description('the event feed (GET /v1/events; admin or a key with events:read)');
  events
    .command('tail')
    .description('print each new event as one JSON line (as a webhook delivers it), polling from where the last page ended; Ctrl-C stops (exit 0)')
    .option('--types <list>', 'comma-separated event types, families or "*", as a webhook subscribes (customer.created,ticket.*)')
    .option('--since <time>', 'start at this time: ISO (2026-12-01T08:00:00+08:00) or back from now (30m, 2h, 1d; at most 7 days); default an hour ago')
    .option('--once', 'print what is there and exit')
    .option('--interval <seconds>', 'seconds between polls', '2')
    .addOption(new Option('--format <format>', 'one JSON line per event, or a readable line').choices(['json', 'text']).default('json'))
    .action(async (o: { types?: string; since?: string; once?: boolean; interval: string; format: 'json' | 'text' }) => {
      const interval = Number(o.interval);
      if (!Number.isFinite(interval) || interval < 0.2 || interval > 3600) throw new CliError(`--interval: "${o.interval}" is not a number of seconds from 0.2 to 3600`);
      const api = apiClient(await signedIn());
      const stop = new AbortController();
      const onInterrupt = () => stop.abort();
      process.once('SIGINT', onInterrupt);
      process.once('SIGTERM', onInterrupt);
      try {
        await tailEvents(api, { types: o.types, since: o.since, once: o.once, intervalMs: interval * 1000, format: o.format, signal: stop.signal });
      } finally {
        process.off('SIGINT', onInterrupt);
        process.off('SIGTERM', onInterrupt);
      }
    });

  const webhooks = cli.command('webhooks').description('webhook endpoints');
  webhooks
    .command('test <id>')
    .description('send a webhook.test event to the endpoint and print the delivery result (exit 1 if it failed)')
    .option('--no-wait', 'print the queued delivery, do not wait for its first attempt')
    .option('--json', 'the delivery as JSON on stdout')
    .action(async (id: string, o: { wait: boolean; json?: boolean }) => {
      await testWebhook(apiClient(await signedIn()), id, { wait: o.wait, json: o.json });
    });

  return cli;
}

/** A failure as one line: what the API refused, or what went wrong here. */
export function failureLine(error: unknown): string {
  if (error instanceof ImportRequestFailed && error.status === 401) return NOT_SIGNED_IN;
  return (error as Error).message;
}

export async function main(argv = process.argv): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (error) {
    process.stderr.write(`gascare: ${failureLine(error)}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  }
}
