import { lookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { addressAllowed } from './endpoint-policy.ts';

/**
 * One POST of a delivery to its endpoint: connects only to an address endpoint-policy allows (the
 * name is resolved and checked by the socket's own lookup, so a DNS answer cannot change between
 * check and connect), follows no redirect (a 3xx is a failure: the subscriber fixes the URL), stops
 * at the timeout, and keeps a short excerpt of the reply for the delivery log.
 */
export const POST_TIMEOUT_MS = 10_000;
const EXCERPT_BYTES = 300;

export interface PostResult {
  status: number | null;
  error: string | null;
  durationMs: number;
}

export type Poster = (url: string, body: string, headers: Record<string, string>) => Promise<PostResult>;

const guardedLookup =
  (allowLoopback: boolean): LookupFunction =>
  (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((a) => !addressAllowed(a.address, { allowLoopback }));
      if (refused || !addresses.length) {
        const e = Object.assign(new Error(`${hostname} resolves to ${refused?.address ?? 'nothing'}, an address webhooks may not reach`), { code: 'EADDRNOTALLOWED' });
        return callback(e, '', 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };

export function httpPoster(options: { allowLoopback: boolean; timeoutMs?: number }): Poster {
  const timeoutMs = options.timeoutMs ?? POST_TIMEOUT_MS;
  return (url, body, headers) =>
    new Promise((resolve) => {
      const started = Date.now();
      const done = (status: number | null, error: string | null) => resolve({ status, error, durationMs: Date.now() - started });
      const target = new URL(url);
      // An IP literal is connected to without a lookup: check it here.
      const literal = target.hostname.replace(/^\[|\]$/g, '');
      if (isIP(literal) && !addressAllowed(literal, { allowLoopback: options.allowLoopback })) return done(null, `${literal} is an address webhooks may not reach`);
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        target,
        { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }, lookup: guardedLookup(options.allowLoopback), timeout: timeoutMs },
        (res: IncomingMessage) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            if (size < EXCERPT_BYTES) chunks.push(chunk);
            size += chunk.length;
          });
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) return done(status, null);
            const excerpt = Buffer.concat(chunks).toString('utf8').slice(0, EXCERPT_BYTES).replace(/\s+/g, ' ').trim();
            done(status, `HTTP ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}${excerpt ? `: ${excerpt}` : ''}`);
          });
          res.on('error', (e) => done(res.statusCode ?? null, e.message));
        },
      );
      req.on('timeout', () => req.destroy(Object.assign(new Error(`no reply within ${timeoutMs / 1000} s`), { code: 'ETIMEDOUT' })));
      req.on('error', (e: NodeJS.ErrnoException) => done(null, e.code === 'ETIMEDOUT' || e.code === 'EADDRNOTALLOWED' ? e.message : `${e.code ?? 'error'}: ${e.message}`));
      req.end(body);
    });
}
