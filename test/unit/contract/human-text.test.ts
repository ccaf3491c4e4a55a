import * as z from 'zod';
import { HumanText, hostileTextReason } from '../../../shared/contract/common.ts';
import { CreateCustomerBody } from '../../../shared/contract/customers.ts';

/** The rule of every human-readable field: what is refused, what is normalised. */
describe('hostileTextReason', () => {
  it.each([
    ['NUL', 'a\u0000b', 'U+0000'],
    ['an ANSI escape', '\u001b[31mred\u001b[0m', 'U+001B'],
    ['a bell', 'ding\u0007', 'U+0007'],
    ['DEL', 'a\u007f', 'U+007F'],
    ['a C1 control (CSI)', 'a\u009bb', 'U+009B'],
    ['a tab in a single line', 'a\tb', 'U+0009'],
    ['a line break in a single line', 'a\nb', 'U+000A'],
    ['a right-to-left override', 'evil\u202Etxt.exe', 'U+202E'],
    ['a left-to-right embedding', '\u202Aabc', 'U+202A'],
    ['a first-strong isolate', 'a\u2068b\u2069', 'U+2068'],
    ['a pop directional isolate', 'a\u2069', 'U+2069'],
    ['a zero-width space', '王\u200B芳', 'U+200B'],
    ['a zero-width joiner', 'a\u200Db', 'U+200D'],
    ['a word joiner', 'a\u2060b', 'U+2060'],
    ['a BOM inside', 'a\uFEFFb', 'U+FEFF'],
    ['an unpaired high surrogate', 'a\uD800b', 'U+D800'],
    ['an unpaired low surrogate', '\uDC00', 'U+DC00'],
  ])('refuses %s', (_what, text, named) => {
    expect(hostileTextReason(text)).toContain(named);
  });

  it.each([
    ['Chinese', '幸福路88号3栋2单元501室'],
    ['an emoji (a surrogate pair)', '王芳 😀'],
    ['Arabic, right to left by itself', 'مرحبا'],
    ['a formula-looking name (the CSV export neutralises it)', '=HYPERLINK("http://evil.example","x")'],
    ['quotes, apostrophes and symbols', `O'Brien & "Sons" <ltd>`],
  ])('accepts %s', (_what, text) => {
    expect(hostileTextReason(text)).toBeUndefined();
  });

  it('allows tab and line breaks only in multi-line text', () => {
    expect(hostileTextReason('line 1\r\nline 2\tend', true)).toBeUndefined();
    expect(hostileTextReason('line 1\u0000', true)).toContain('U+0000');
    expect(hostileTextReason('a\u202Eb', true)).toContain('U+202E');
  });
});

describe('HumanText', () => {
  const Name = HumanText({ max: 5 });
  it('normalises to NFC and trims, then bounds the length', () => {
    expect(Name.parse('  e\u0301  ')).toBe('\u00e9'); // e + combining acute → é
    expect(Name.safeParse('      ').success).toBe(false);
    expect(Name.safeParse('abcdef').success).toBe(false);
    expect(HumanText({ max: 10, form: 'NFKC' }).parse('ＡＢＣ１２３')).toBe('ABC123');
    expect(HumanText({ min: 0, max: 20, multiline: true }).parse('a\r\nb\rc\n')).toBe('a\nb\nc');
  });

  it('names the field and the character in the error', () => {
    const result = CreateCustomerBody.pick({ name: true, address: true }).safeParse({ name: 'a\u202Eb', address: '幸福路\u0000' });
    expect(result.success).toBe(false);
    const issues = z.treeifyError(result.error!).properties!;
    expect(issues.name!.errors[0]).toContain('U+202E');
    expect(issues.address!.errors[0]).toContain('U+0000');
  });
});
