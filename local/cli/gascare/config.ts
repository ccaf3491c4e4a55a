import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Where `gascare login` keeps the credentials: `$GASCARE_CONFIG`, else
 * `~/.config/gascare/config.json`; the file is the user's alone (mode 0600, its folder 0700).
 */
export interface StoredLogin {
  url: string;
  /** An integrator API key (`gck_…`), sent as `x-api-key`. */
  apiKey?: string;
  /** A user's session token, sent as `Authorization: Bearer`. */
  token?: string;
  tenant?: string;
  user?: string;
  savedAt: string;
}

export const configPath = () => process.env.GASCARE_CONFIG || join(homedir(), '.config', 'gascare', 'config.json');

export async function readLogin(): Promise<StoredLogin | undefined> {
  try {
    return JSON.parse(await readFile(configPath(), 'utf8')) as StoredLogin;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`cannot read ${configPath()}: ${(error as Error).message}`);
  }
}

export async function saveLogin(login: StoredLogin): Promise<string> {
  const path = configPath();
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
  await chmod(path, 0o600); // an existing file keeps its mode on write
  return path;
}

/** Whether there was a login to forget. */
export async function forgetLogin(): Promise<boolean> {
  const existed = (await readLogin()) !== undefined;
  await rm(configPath(), { force: true });
  return existed;
}
