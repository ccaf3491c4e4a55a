import { stringify } from 'csv-stringify/sync';

/**
 * Every CSV this product writes (the customer export, the import error report, the template, the
 * demo's generated files) goes through `csvText`, so no cell reaches a spreadsheet as a formula
 * (CSV injection, OWASP: https://owasp.org/www-community/attacks/CSV_Injection).
 *
 * The rule: a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return — after any
 * number of `'` — is written with one more `'` in front, which Excel and LibreOffice show as text
 * and never evaluate. Except what cannot be a formula and people must read as written:
 * - a plain number (`-12.5`, `+3`, `1e5`): a spreadsheet reads it as that number;
 * - a cell of dashes only (`-`, `--`): the "none" of a yes/no column, or an empty phone.
 *
 * The import undoes exactly this (`unescapeCell`: one leading `'` before such a start is dropped),
 * so an exported file imports back unchanged, and a value that really starts with `'=` survives the
 * round trip too (it is written `''=`).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const DASHES = /^-+$/;

const inert = (cell: string) => PLAIN_NUMBER.test(cell) || DASHES.test(cell);

/** A cell as written to a CSV: `'` in front of what a spreadsheet would run as a formula. */
export const safeCell = (cell: string): string => (FORMULA_START.test(cell) && !inert(cell.replace(/^'+/, '')) ? `'${cell}` : cell);

/** A cell as read from a CSV this product wrote: the `'` of `safeCell` dropped. */
export const unescapeCell = (cell: string): string => (ESCAPED.test(cell) && !inert(cell.replace(/^'+/, '')) ? cell.slice(1) : cell);

/** Rows as CSV text (RFC 4180 quoting, CRLF line ends), every cell through `safeCell`. No BOM: the caller adds it to a file's first chunk. */
export const csvText = (rows: readonly (readonly string[])[]): string => stringify(rows.map((r) => r.map(safeCell)), { record_delimiter: 'windows' });
