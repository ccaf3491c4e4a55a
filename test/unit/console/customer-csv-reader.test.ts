import { CsvParser, detectEncoding, headerOf, parseCsv, readCsv, rowOf } from '../../../console/src/pages/customers/csv.ts';

/** The import wizard's streaming CSV reader (console/src/pages/customers/csv.ts), without a browser. */
const all = async (blob: Blob) => {
  const out: string[][] = [];
  for await (const records of readCsv(blob)) out.push(...records);
  return out;
};

describe('the CSV parser', () => {
  it.each([
    ['plain fields, CRLF', 'a,b,c\r\n1,2,3\r\n', [['a', 'b', 'c'], ['1', '2', '3']]],
    ['LF and CR line ends, no final line end', 'a,b\n1,2\r3,4', [['a', 'b'], ['1', '2'], ['3', '4']]],
    ['quoted fields with commas, "" escapes and line breaks', 'name,note\r\n"王, 芳","他说""你好""\r\n第二行"\r\n', [['name', 'note'], ['王, 芳', '他说"你好"\r\n第二行']]],
    ['empty fields and an empty quoted field', ',"",x\r\n', [['', '', 'x']]],
    ['a blank line in the middle is a record (row numbers stay those of the sheet)', 'a\r\n\r\nb\r\n', [['a'], [''], ['b']]],
    ['a stray quote inside an unquoted field is kept', 'ab"c,d\n', [['ab"c', 'd']]],
    ['an unclosed quote runs to the end', '"abc\n', [['abc\n']]],
  ])('%s', (_, text, records) => {
    expect(parseCsv(text)).toEqual(records);
  });

  it('gives the same records whatever the chunks (a CRLF, a quote or an escape split between two)', () => {
    const text = 'h1,h2\r\n"a ""q"" b","x\r\ny"\r\nplain,"end"\r\n';
    const expected = parseCsv(text);
    for (let size = 1; size <= 7; size++) {
      const parser = new CsvParser();
      const records: string[][] = [];
      for (let i = 0; i < text.length; i += size) records.push(...parser.push(text.slice(i, i + size)));
      records.push(...parser.end());
      expect({ size, records }).toEqual({ size, records: expected });
    }
  });
});

describe('reading a file', () => {
  it('drops a UTF-8 BOM and streams the records', async () => {
    const blob = new Blob(['\uFEFF户号,户名\r\n0001,王芳\r\n0002,"李""强"""\r\n']);
    expect(await all(blob)).toEqual([['户号', '户名'], ['0001', '王芳'], ['0002', '李"强"']]);
  });

  it('reads a GB 18030 file (a Chinese Excel\'s "CSV")', async () => {
    const gbk = new Uint8Array([0xbb, 0xa7, 0xba, 0xc5, 0x2c, 0x61, 0x0d, 0x0a, 0x31, 0x2c, 0x32, 0x0d, 0x0a]); // 户号,a / 1,2
    expect(detectEncoding(gbk)).toBe('gb18030');
    expect(await all(new Blob([gbk]))).toEqual([['户号', 'a'], ['1', '2']]);
  });

  it('keeps UTF-8 when a character is cut at the end of the sniffed head', () => {
    const bytes = new TextEncoder().encode('户号');
    expect(detectEncoding(bytes.slice(0, 4))).toBe('utf-8'); // 户 and half of 号
  });
});

describe('rows for the import API', () => {
  it('drops trailing columns without a header, and empty cells', () => {
    const header = headerOf(['户号', '电话', '', ' ']);
    expect(header).toEqual(['户号', '电话']);
    expect(rowOf(header, ['0001', '', 'x', 'y'])).toEqual({ 户号: '0001' });
    expect(rowOf(header, [''])).toEqual({});
  });
});
