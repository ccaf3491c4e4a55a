import type { ApiResponse, TestApp } from './app.ts';

/** An API call as `TestApp.api` makes it (token: a bearer token, an API key, or none). */
export type Call = <T = any>(token: string | null, method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<ApiResponse<T>>;

/**
 * The local gateway throttles per credential like a usage plan; a test that makes many calls waits
 * when told to (429 + Retry-After) and calls again, as a well-behaved client would.
 */
export async function throttledRetry<R extends { status: number; headers: Headers }>(attempt: () => Promise<R>): Promise<R> {
  for (;;) {
    const res = await attempt();
    if (res.status !== 429) return res;
    await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 1)));
  }
}

/** The app's API calls, each retried while throttled. */
export function caller(app: TestApp): Call {
  return <T = any>(token: string | null, method: string, path: string, body?: unknown, headers?: Record<string, string>) => throttledRetry(() => app.api<T>(token, method, path, body, headers));
}
