import { parse } from 'csv-parse/sync';
import { csvText, safeCell, unescapeCell } from '../../../functions/customer-files/csv-cells.ts';

/** CSV injection: what a spreadsheet would run as a formula is written as text, and read back as it was. */
describe('safeCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `'=HYPERLINK("http://evil.example","x")`],
    ['=1+1', "'=1+1"],
    ['+cmd|/C calc!A0', "'+cmd|/C calc!A0"],
    ['-1+2', "'-1+2"],
    ['-=1', "'-=1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'=1", "''=1"], // a value that really starts with ' keeps it through the round trip
    // Not formulas, read as written:
    ['-', '-'],
    ['--', '--'],
    ['-12.5', '-12.5'],
    ['+3', '+3'],
    ['1e5', '1e5'],
    ['王芳', '王芳'],
    ['138****5678', '138****5678'],
    ['a=b', 'a=b'],
    ['#示例-0100000001', '#示例-0100000001'],
    ['', ''],
  ])('%j → %j, and back', (cell, written) => {
    expect(safeCell(cell)).toBe(written);
    expect(unescapeCell(written)).toBe(cell);
  });

  it('leaves what a person typed with a leading apostrophe alone unless it guards a formula', () => {
    expect(unescapeCell("'abc")).toBe("'abc");
    expect(unescapeCell("'-5")).toBe("'-5");
    expect(unescapeCell("'+86 138 1234 5678")).toBe('+86 138 1234 5678');
  });

  it('csvText quotes as RFC 4180 with CRLF and neutralises every cell', () => {
    const text = csvText([['户名', '备注'], ['=HYPERLINK("http://evil.example","x")', 'a,b']]);
    expect(text).toBe('户名,备注\r\n"\'=HYPERLINK(""http://evil.example"",""x"")","a,b"\r\n');
    expect((parse(text) as string[][])[1]![0]).toBe(`'=HYPERLINK("http://evil.example","x")`);
  });
});
