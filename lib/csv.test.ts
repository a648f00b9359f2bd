import { describe, it, expect } from 'vitest';
import { cellText, neutraliseCell, toCsv, UTF8_BOM } from './csv';

describe('neutraliseCell', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('prefixes an apostrophe when the cell starts with %j', (ch) => {
    expect(neutraliseCell(`${ch}SUM(A1:A2)`)).toBe(`'${ch}SUM(A1:A2)`);
  });

  it('prefixes the classic payloads', () => {
    expect(neutraliseCell('=HYPERLINK("http://evil","x")')).toBe('\'=HYPERLINK("http://evil","x")');
    expect(neutraliseCell('@SUM(1)')).toBe("'@SUM(1)");
    expect(neutraliseCell('-2+3')).toBe("'-2+3");
  });

  it('leaves safe strings, empty strings and dangerous chars not in first position alone', () => {
    expect(neutraliseCell('')).toBe('');
    expect(neutraliseCell('Dana Li')).toBe('Dana Li');
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(neutraliseCell(' =1')).toBe(' =1');
    expect(neutraliseCell("'already")).toBe("'already");
    expect(neutraliseCell('\n=1')).toBe('\n=1');
  });
});

describe('cellText', () => {
  it('renders null and undefined as empty', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
  });

  it('renders numbers as-is, including negatives, which are not neutralised', () => {
    expect(cellText(-5)).toBe('-5');
    expect(cellText(0)).toBe('0');
    expect(cellText(12.5)).toBe('12.5');
    expect(cellText(Number.NaN)).toBe('');
    expect(cellText(Number.POSITIVE_INFINITY)).toBe('');
    expect(cellText(10n)).toBe('10');
  });

  it('neutralises a negative number given as a string', () => {
    expect(cellText('-5')).toBe("'-5");
  });

  it('renders booleans and dates', () => {
    expect(cellText(true)).toBe('true');
    expect(cellText(false)).toBe('false');
    expect(cellText(new Date('2025-01-02T03:04:05.006Z'))).toBe('2025-01-02T03:04:05.006Z');
    expect(cellText(new Date('invalid'))).toBe('');
  });

  it('stringifies objects as JSON and neutralises them', () => {
    expect(cellText({ a: 1 })).toBe('{"a":1}');
    expect(cellText(['=1'])).toBe('["=1"]');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(cellText(cyclic)).toBe('[object Object]');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and uses CRLF after every row', () => {
    const csv = toCsv(['a', 'b'], [{ a: 1, b: 2 }]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFa,b\r\n1,2\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('neutralises and quotes header cells too', () => {
    expect(toCsv(['=x', 'a,b'], [])).toBe('\uFEFF\'=x,"a,b"\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(['Student', 'Points'], [])).toBe('\uFEFFStudent,Points\r\n');
  });

  it('follows column order, ignores extra keys and leaves missing keys empty', () => {
    const csv = toCsv(['b', 'a', 'c'], [{ a: 'x', b: 'y', z: 'ignored' }]);
    expect(csv).toBe('\uFEFFb,a,c\r\ny,x,\r\n');
  });

  it('does not read inherited properties', () => {
    const row = Object.create({ a: 'inherited' }) as Record<string, unknown>;
    expect(toCsv(['a'], [row])).toBe('\uFEFFa\r\n\r\n');
  });

  it('quotes embedded newlines, commas and quotes, and keeps accents', () => {
    const csv = toCsv(['name', 'note'], [{ name: 'Siobhán "Shiv" O\'Brien', note: 'Line 1\r\nLine 2, more' }]);
    expect(csv).toBe('\uFEFFname,note\r\n"Siobhán ""Shiv"" O\'Brien","Line 1\r\nLine 2, more"\r\n');
  });

  it('quotes a field with a space at either end, so a spreadsheet keeps the space', () => {
    expect(toCsv(['x', 'y'], [{ x: ' lead', y: 'trail ' }])).toBe('\uFEFFx,y\r\n" lead","trail "\r\n');
  });

  it('neutralises then quotes a formula that also needs quoting', () => {
    const csv = toCsv(['x'], [{ x: '=cmd|" /C calc"!A0' }]);
    expect(csv).toBe('\uFEFFx\r\n"\'=cmd|"" /C calc""!A0"\r\n');
  });

  it('neutralises a cell starting with CR and quotes it', () => {
    expect(toCsv(['x'], [{ x: '\r=1' }])).toBe('\uFEFFx\r\n"\'\r=1"\r\n');
  });

  it('renders mixed types in one row', () => {
    const csv = toCsv(
      ['n', 'neg', 'flag', 'when', 'none', 'text'],
      [{ n: 3, neg: -5, flag: false, when: new Date('2024-02-29T00:00:00Z'), none: null, text: '+1 555' }],
    );
    expect(csv).toBe('\uFEFFn,neg,flag,when,none,text\r\n3,-5,false,2024-02-29T00:00:00.000Z,,\'+1 555\r\n');
  });
});
