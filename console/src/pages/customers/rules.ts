/**
 * The API's input rules (functions/customers/routes.ts), checked in the browser so a mistake is
 * shown under its field before anything is sent. The server checks again and has the last word;
 * its field errors land under the same fields.
 */
const nfkcTrim = (v: string) => v.normalize('NFKC').trim();

/** Account numbers and meter serials: 3–40 letters, digits or dashes (full-width folded). */
export const isIdentifier = (v: string) => /^[0-9A-Za-z][0-9A-Za-z-]{2,39}$/.test(nfkcTrim(v));

/** Digits of a phone number: separators and a +86 / 0086 country code dropped. */
export function phoneDigits(v: string): string {
  let digits = nfkcTrim(v).replace(/[\s\-.()（）]/gu, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  return digits;
}

/**
 * An 11-digit mobile number (1[3-9]…), or a landline: 7–8 digits, with an area code (0 and 2–3
 * digits) or without, or a 400/800 service number. Stricter than the API (7–15 digits), so what
 * passes here passes there.
 */
export function isPhone(v: string): boolean {
  const d = phoneDigits(v);
  return /^1[3-9]\d{9}$/.test(d) || /^(0\d{2,3})?[2-9]\d{6,7}$/.test(d) || /^[48]00\d{7}$/.test(d);
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** An 18-character resident ID number with its check character (GB 11643). */
export function isIdNumber(v: string): boolean {
  const id = nfkcTrim(v).toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return CHECK[sum % 11] === id[17];
}

export const lengthBetween = (v: string, min: number, max: number) => {
  const n = [...nfkcTrim(v)].length;
  return n >= min && n <= max;
};

/** `body.phone` → `phone`; `body.specialCare.elderly` → `specialCare`; `rows[3].tags` → `tags`. */
export const formFieldOf = (field: string) => field.replace(/^(body|query|path)\./, '').split(/[.[]/)[0] ?? field;
