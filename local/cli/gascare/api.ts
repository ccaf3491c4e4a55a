import createClient from 'openapi-fetch';
import type { paths } from '../../../console/src/api/schema.d.ts';
import type { StoredLogin } from './config.ts';

/**
 * The CLI's API client: openapi-fetch typed from the console's generated schema
 * (`npm run openapi`), so a path or a field the API no longer has fails `npm run typecheck`.
 * Every refusal becomes a `CliError` with a one-line message (401: "not signed in").
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const NOT_SIGNED_IN = 'not signed in: run gascare login';

interface Problem {
  title?: string;
  detail?: string;
  code?: string;
  errors?: { field: string; message: string }[];
}

/** One line for a refused request. */
export async function problemLine(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  let problem: Problem = {};
  try {
    problem = JSON.parse(text) as Problem;
  } catch {
    problem = { detail: text.slice(0, 200) };
  }
  const fields = problem.errors?.map((e) => `${e.field}: ${e.message}`).join('; ');
  return `HTTP ${res.status}: ${[problem.detail ?? problem.title ?? res.statusText, fields].filter(Boolean).join(' — ')}`;
}

export const authHeaders = (login: Pick<StoredLogin, 'apiKey' | 'token'>): Record<string, string> =>
  login.apiKey ? { 'x-api-key': login.apiKey } : login.token ? { authorization: `Bearer ${login.token}` } : {};

/** fetch that turns network failures and non-2xx answers into CliErrors. */
const strictFetch =
  (baseUrl: string, authenticated: boolean) =>
  async (request: Request): Promise<Response> => {
    let res: Response;
    try {
      res = await fetch(request);
    } catch (error) {
      throw new CliError(`cannot reach ${baseUrl}: ${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}`);
    }
    if (res.ok) return res;
    if (res.status === 401 && authenticated) throw new CliError(NOT_SIGNED_IN);
    if (res.status === 403) throw new CliError(`not allowed: ${await problemLine(res)}`);
    throw new CliError(await problemLine(res));
  };

export function apiClient(login: Pick<StoredLogin, 'url' | 'apiKey' | 'token'>) {
  const baseUrl = login.url.replace(/\/+$/, '');
  const headers = authHeaders(login);
  return createClient<paths>({ baseUrl, headers, fetch: strictFetch(baseUrl, Object.keys(headers).length > 0) });
}

export type ApiClient = ReturnType<typeof apiClient>;
