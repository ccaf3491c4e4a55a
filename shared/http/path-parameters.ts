import type { APIGatewayProxyEvent } from 'aws-lambda';
import { Problem } from './problems.ts';

/**
 * A path whose percent-encoding does not decode (`%FF`, `%E0%A4%A`) is the caller's mistake: 400
 * naming the path, never a 500 further down (a key DynamoDB refuses, a decode that throws).
 */
export const undecodablePath = (path: string, parameter?: string) =>
  new Problem(400, 'bad-path', 'Bad request', `The path is not valid percent-encoded UTF-8: ${path}`, [
    { field: parameter ? `path.${parameter}` : 'path', message: 'broken percent-encoding' },
  ]);

/** The decoded path, or undefined when it does not decode. */
export function decodePath(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** What no valid encoding decodes to: U+FFFD (a decoder's replacement) and lone surrogates. */
const UNDECODED = /\uFFFD|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A parameter left (partly) undecoded, or decoded into what no valid encoding produces. */
const isBroken = (value: string) => UNDECODED.test(value) || (value.includes('%') && decodePath(value) === undefined);

/** In AWS, API Gateway hands path parameters over decoded as far as it could: refuse what it could not. */
export function assertDecodablePathParameters(event: APIGatewayProxyEvent): void {
  for (const [name, value] of Object.entries(event.pathParameters ?? {})) {
    if (typeof value === 'string' && isBroken(value)) throw undecodablePath(event.path ?? value, name);
  }
}
