/** Pure, browser-safe: the console checks an ID number with the same rule as the API. */
/**
 * Resident ID numbers (GB 11643): 18 characters with the ISO 7064 MOD 11-2 check character, or the
 * old 15-digit form without one.
 */
export function isValidIdNumber(idNumber: string): boolean {
  if (/^\d{15}$/.test(idNumber)) return true;
  if (!/^\d{17}[\dX]$/.test(idNumber)) return false;
  return idNumberCheckChar(idNumber.slice(0, 17)) === idNumber[17];
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character of the first 17 digits of an ID number. */
export function idNumberCheckChar(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return CHECK[sum % 11]!;
}
