import { randomBytes } from 'node:crypto';

/** The retrying caller lives in test/support; re-exported for the customer tests that import it from here. */
export { caller } from '../support/retry.ts';

/** Shared by the customer archive's integration tests. */
export const uniq = () => randomBytes(4).toString('hex');

/** A mobile number no seeded customer has (seeds use 13x/15x/18x). */
export const testPhone = () => `199${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

export const newCustomer = (overrides: Record<string, unknown> = {}) => ({
  accountNumber: `IT-${uniq()}`,
  name: '王芳',
  class: 'residential',
  phone: testPhone(),
  address: '幸福路88号3栋2单元501室',
  regionId: 'r-east',
  ...overrides,
});

/** A valid 18-character ID number (GB 11643 check character). */
export function idNumber(first17 = `110105${1940 + Math.floor(Math.random() * 60)}0101${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}
