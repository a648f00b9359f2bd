import { describe, expect, it } from 'vitest';
import { sourceLines } from './sources';

describe('sourceLines', () => {
  it('links web addresses and keeps other lines as text', () => {
    expect(sourceLines('https://www.jobbank.gc.ca/marketreport/outlook\r\n\n  BC Dental Hygienists’ Association, 2025 report  \nhttp://example.org/a?b=1')).toEqual([
      { text: 'https://www.jobbank.gc.ca/marketreport/outlook', href: 'https://www.jobbank.gc.ca/marketreport/outlook' },
      { text: 'BC Dental Hygienists’ Association, 2025 report', href: null },
      { text: 'http://example.org/a?b=1', href: 'http://example.org/a?b=1' },
    ]);
  });

  it('never links another scheme or a malformed address', () => {
    expect(sourceLines('javascript:alert(1)\nftp://files.example\nhttps://\nhttps://a b.example\n<a href="x">x</a>').map((l) => l.href)).toEqual([null, null, null, null, null]);
  });

  it('is empty for nothing', () => {
    expect(sourceLines(null)).toEqual([]);
    expect(sourceLines('\n  \n')).toEqual([]);
  });
});
