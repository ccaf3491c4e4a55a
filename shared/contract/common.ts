import * as z from 'zod';

/** Small schemas every context reuses, so the same field is validated the same way everywhere. */
export const TenantId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'lowercase letters, digits and "-", 2–32 characters')
  .meta({ examples: ['demo'] });
export const Ulid = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'not an id this API issued')
  .meta({ examples: ['01KB7ZQ4M3X8YF2D6T9N0RHS5C'] });
export const IdParams = z.strictObject({ id: Ulid });
/** An id (or a region id) as a reply shows it: not re-checked on the way out, with the example a reader expects. */
export const IssuedId = z.string().meta({ examples: ['01KB7ZQ4M3X8YF2D6T9N0RHS5C'] });
export const ShownRegionId = z.string().meta({ examples: ['r-east'] });
export const Cursor = z.string().max(2048).meta({ examples: ['eyJwayI6IlQjZGVtbyJ9'] });
/** Largest page a list returns; a list may choose a smaller largest page and its own default. */
export const MAX_PAGE = 200;
export const limitUpTo = (max = MAX_PAGE) => z.coerce.number().int().min(1).max(max);
export const pageQuery = (max = MAX_PAGE) => z.strictObject({ cursor: Cursor.optional(), limit: limitUpTo(max).optional() });
export const IsoDateTime = z.iso.datetime({ offset: true }).meta({ examples: ['2026-03-14T09:30:00+08:00'] });
export const RegionId = z
  .string()
  .regex(/^[A-Za-z0-9-]{1,32}$/, 'a region id such as "r-east"')
  .meta({ examples: ['r-east'] });

/**
 * Text people read (names, addresses, notes, tags, reasons, file names): refused when it holds
 * what a screen, a terminal, a log or a spreadsheet shows differently from what was stored, or
 * not at all; then normalised (NFC, or NFKC where full-width input is folded) and trimmed.
 *
 * Refused, naming the character (the field is the error's path):
 * - control characters, C0 (U+0000–001F, NUL and ANSI escapes included), DEL and C1 (U+007F–009F);
 *   a `multiline` text allows tab and line breaks (CRLF is stored as LF);
 * - bidirectional overrides and isolates (U+202A–202E, U+2066–2069: "Trojan Source");
 * - zero-width characters (U+200B–200D, U+2060, U+FEFF);
 * - unpaired surrogates (not Unicode: no UTF-8 for them).
 */
const CONTROL = /\p{Cc}/u;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u; // with the u flag, only an unpaired half matches
const MULTILINE_ALLOWED = new Set(['\t', '\n', '\r']);

const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text is refused, or undefined when it is fine (the rule of `HumanText`, for tables of cases and other callers). */
export function hostileTextReason(text: string, multiline = false): string | undefined {
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) return `contains an unpaired surrogate (${codePoint(surrogate[0])}): not valid Unicode text`;
  for (const ch of text) {
    if (CONTROL.test(ch) && !(multiline && MULTILINE_ALLOWED.has(ch))) return `contains the control character ${codePoint(ch)}${multiline ? ' (only tab and line breaks are allowed)' : ''}`;
    if (BIDI.test(ch)) return `contains the bidirectional control ${codePoint(ch)}, which reorders how the text is shown`;
    if (ZERO_WIDTH.test(ch)) return `contains the invisible character ${codePoint(ch)}`;
  }
  return undefined;
}

export interface HumanTextOptions {
  /** Characters after normalising and trimming (default 1; 0 allows empty). */
  min?: number;
  max: number;
  /** Tab and line breaks allowed (notes). */
  multiline?: boolean;
  /** NFKC folds full-width letters and digits (names and addresses people type in either); default NFC. */
  form?: 'NFC' | 'NFKC';
  /** The message of `min` (default: "must not be empty" for 1). */
  minMessage?: string;
}

/** The one schema of every human-readable field: see `hostileTextReason`. */
export const HumanText = ({ min = 1, max, multiline = false, form = 'NFC', minMessage }: HumanTextOptions) =>
  z
    .string()
    .superRefine((v, ctx) => {
      const reason = hostileTextReason(v, multiline);
      if (reason) ctx.addIssue({ code: 'custom', message: reason, abort: true });
    })
    .transform((v) => (multiline ? v.replace(/\r\n?/g, '\n') : v).normalize(form).trim())
    .pipe(z.string().min(min, minMessage ?? (min === 1 ? 'must not be empty' : `at least ${min} characters`)).max(max));

/**
 * A number of the domain: finite, within [min, max] (or below `lessThan`), with at most `places`
 * decimals. zod's `multipleOf` lets 5e-324 through (and DynamoDB refuses numbers below 1e-130 or
 * above 1e126, or over 38 digits: a 500 if they got that far), so the decimals are checked here:
 * the value times 10^places is a whole number (to a float's rounding), and not zero unless the value is.
 */
export const decimal = ({ min, max, lessThan, places }: { min: number; max?: number; lessThan?: number; places: number }) => {
  const scale = 10 ** places;
  let schema = z.number().min(min);
  if (max !== undefined) schema = schema.max(max);
  if (lessThan !== undefined) schema = schema.lt(lessThan);
  return schema.refine((v) => {
    const scaled = v * scale;
    const whole = Math.round(scaled);
    return Math.abs(scaled - whole) < 1e-6 && (whole !== 0 || v === 0);
  }, places === 0 ? 'a whole number' : `at most ${places} decimal places`);
};

/**
 * Money: an integer number of fen (1 yuan = 100 fen), never yuan with decimals (CONTRACT.md:
 * money fields end in `Fen`). A safe integer ≥ 0 (the largest a double holds exactly, so no sum
 * of fen is ever rounded); a field narrows it (`Fen.min(1).max(…)`). 12.5 is refused naming the
 * field, like every bad number.
 */
export const Fen = z
  .int({ error: (issue) => (issue.code === 'invalid_type' ? 'an integer number of fen (1 yuan = 100 fen), not yuan with decimals' : undefined) })
  .min(0)
  .meta({ description: 'money in integer fen (1 yuan = 100 fen)', examples: [20000] });

/** Fen as yuan with 2 decimals for text people read (an audit summary): 1235 → "12.35", by integer arithmetic. */
export function fenAsYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A page of a list: the items and the cursor of the next page (null on the last). */
export const Page = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), nextCursor: z.string().nullable().meta({ examples: ['eyJwayI6IlQjZGVtbyJ9'] }) });

/** `{items}` of a short list that is never paged (regions, keys, jobs). */
export const Items = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item) });

/** Who did something: a user, an integrator key or a job. */
export const Actor = z
  .strictObject({ kind: z.string(), id: z.string(), name: z.string() })
  .meta({ examples: [{ kind: 'user', id: 'zhang.wei', name: '张伟' }] });

/** A CSV body (UTF-8; the first chunk starts with a BOM). */
export const CsvText = z.string().meta({ description: 'CSV, UTF-8', examples: ['\uFEFFaccountNumber,name,regionId\r\nGA-2026-000123,张伟,r-east\r\n'] });

/** RFC 9457 problem details, with the stable `code` clients branch on and its parameters. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string().optional(),
  code: z.string().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  instance: z.string().optional(),
  /** The response's `x-correlation-id`: quote it when reporting the error. */
  correlationId: z.string().optional(),
});

/** The version of a mutable object a client read (optimistic locking). */
export const Version = z.int().min(1).max(1_000_000_000).meta({ examples: [3] });
