/**
 * Search keys: the one normalisation every indexed lookup goes through, at write time (building
 * index attributes and guard keys) and at read time (the `q` of a search), so both sides agree.
 *
 * Rules: Unicode NFKC (full-width "ＡＢ１２" → "AB12", compatibility ideographs folded), trim,
 * whitespace runs collapsed to one space, Latin letters lowercased. Chinese text is otherwise kept
 * as typed: name and address prefixes match character by character.
 */
export function normalizeSearchKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** Identifiers (account numbers, meter serials): the search key without any spaces or dashes. */
export function normalizeIdentifier(text: string): string {
  return normalizeSearchKey(text).replace(/[\s-]+/gu, '');
}

/**
 * A phone number as digits only: spaces, dashes, dots and brackets dropped, and the mainland
 * country code (+86 / 0086) removed, so "+86 138-0013-8000" and "13800138000" are the same key.
 * Returns undefined when the text is not a phone number (7–15 digits after normalising).
 */
export function normalizePhone(text: string): string | undefined {
  let digits = text.normalize('NFKC').trim().replace(/[\s\-.()（）]/gu, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('+')) digits = digits.slice(1);
  else if (/^861\d{10}$/.test(digits)) digits = digits.slice(2);
  return /^\d{7,15}$/.test(digits) ? digits : undefined;
}
