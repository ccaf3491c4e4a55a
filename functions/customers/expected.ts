import { expectedVersion } from '../../shared/http/handler.ts';
import type { Expected } from './archive.ts';

/** The client's precondition: `If-Match` (a failure is 412) wins over a `version` in the body (409). */
export function expectedFrom(headers: Record<string, string | undefined>, bodyVersion: number | undefined): Expected | undefined {
  const version = expectedVersion(headers, bodyVersion);
  if (version === undefined) return undefined;
  return { version, via: headers['if-match'] ? 'if-match' : 'body' };
}
