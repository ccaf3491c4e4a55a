/** One HTTP call to a runtime, its body parsed when it is JSON: what every test's API calls come down to. */
export async function rawCall(url: string, method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${url}${path}`, { method, body: init.body, headers: init.headers });
  const text = await res.text();
  let body: unknown = text;
  if ((res.headers.get('content-type') ?? '').includes('json') && text) body = JSON.parse(text);
  return { status: res.status, headers: res.headers, body };
}

/** A JSON call: the body sent as JSON (with its content type) when there is one. */
export const jsonCall = (url: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  rawCall(url, method, path, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
  });
