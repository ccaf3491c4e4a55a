import { normalizeIdentifier, normalizePhone, normalizeSearchKey } from '../../../shared/contract/search-key.ts';
import { compareKeys } from '../../../functions/customers/search.ts';

describe('search-key normalisation', () => {
  it.each([
    ['  王芳 ', '王芳'],
    ['ＡＢＣ　幸福路', 'abc 幸福路'], // full-width Latin and the ideographic space folded (NFKC)
    ['Zhang   San', 'zhang san'],
    ['幸福路８８号', '幸福路88号'],
    ['\t东城区\n幸福路', '东城区 幸福路'],
  ])('key %p → %p', (text, key) => {
    expect(normalizeSearchKey(text)).toBe(key);
  });

  it.each([
    ['AB-1234-5678', 'ab12345678'],
    [' ab 1234 ', 'ab1234'],
    ['ＪＭ０１２３', 'jm0123'],
  ])('identifier %p → %p', (text, key) => {
    expect(normalizeIdentifier(text)).toBe(key);
  });

  it.each([
    ['13812345678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['(0571) 8888-6666', '057188886666'],
    ['１３８１２３４５６７８', '13812345678'],
    ['王芳', undefined],
    ['12345', undefined],
    ['1381234567a', undefined],
  ])('phone %p → %p', (text, key) => {
    expect(normalizePhone(text)).toBe(key);
  });
});

describe('key order', () => {
  it('is DynamoDB’s UTF-8 byte order, not JavaScript’s UTF-16 order', () => {
    const bmpHigh = '\uFF21'; // full-width A, U+FF21: 3 bytes in UTF-8
    const astral = '\u{20000}'; // CJK extension B: 4 bytes, a surrogate pair in UTF-16
    expect(bmpHigh < astral).toBe(false); // UTF-16 puts the surrogate (D840) first
    expect(compareKeys(bmpHigh, astral)).toBeLessThan(0); // UTF-8 puts EF… before F0…
    expect(compareKeys('N#王', 'N#王芳')).toBeLessThan(0);
  });
});
