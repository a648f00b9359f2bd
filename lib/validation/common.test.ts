import { describe, expect, it } from 'vitest';
import { idParam, isCanonicalId, optionalMultilineText, optionalText, parseId, parsePage, requiredMultilineText, requiredText, searchText } from './common';

describe('single-line text', () => {
  const name = requiredText('Name', 50);
  it('refuses C0 controls, DEL, C1 (U+0085 among them) and the Unicode line separators', () => {
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\tb', 'a\nb', 'a\rb', 'a\u001fb', 'a\u007fb', 'a\u0085b', 'a\u009fb', 'a\u2028b', 'a\u2029b']) {
      const r = name.safeParse(bad);
      expect(r.success, JSON.stringify(bad)).toBe(false);
      expect(r.error?.issues[0]?.message).toBe('Name must be one line of text, without line breaks or control characters.');
    }
  });
  it('accepts any other text, trimmed', () => {
    expect(name.parse('  Zoë O’Connor-Ngata 李  ')).toBe('Zoë O’Connor-Ngata 李');
    expect(optionalText('Title', 10).parse('')).toBeNull();
    expect(optionalText('Title', 10).safeParse('x\u0000').success).toBe(false);
  });
});

describe('multi-line text', () => {
  const notes = optionalMultilineText('Notes', 100);
  it('turns a browser’s CRLF (and a lone CR) into LF, and keeps tabs', () => {
    expect(notes.parse('one\r\ntwo\rthree\n\tfour')).toBe('one\ntwo\nthree\n\tfour');
  });
  it('refuses every other control character', () => {
    for (const bad of ['a\u0000b', 'a\u0007b', 'a\u000bb', 'a\u000cb', 'a\u001bb', 'a\u007fb', 'a\u0085b', 'a\u2028b', 'a\u2029b']) {
      expect(notes.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
  it('counts the length after normalising, and requires text when required', () => {
    expect(optionalMultilineText('Notes', 3).safeParse('a\r\nb').success).toBe(true);
    expect(requiredMultilineText('Script', 10).safeParse(' \r\n ').success).toBe(false);
  });
});

describe('ids', () => {
  it('are canonical decimals only', () => {
    for (const ok of ['1', '9', '10', '9007199254740991']) expect(isCanonicalId(ok), ok).toBe(true);
    for (const bad of ['0', '09', '0x9', '9.0', '9e0', '+9', '-9', ' 9', '9 ', '', '9\u0000', '９', '9007199254740992', '1'.repeat(17)]) {
      expect(isCanonicalId(bad), JSON.stringify(bad)).toBe(false);
      expect(parseId(bad)).toBeNull();
    }
    expect(parseId('42')).toBe(42);
  });
  it('a bound id is a positive safe integer; its text form is canonical', () => {
    expect(idParam.parse(7)).toBe(7);
    expect(idParam.parse('7')).toBe(7);
    for (const bad of [0, -1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1, '07', true, null, undefined, [7], { id: 7 }]) {
      expect(idParam.safeParse(bad).success, String(bad)).toBe(false);
    }
  });
  it('a page number is canonical too, or page 1', () => {
    expect(parsePage('3')).toBe(3);
    expect(parsePage('03')).toBe(1);
    expect(parsePage('0x3')).toBe(1);
    expect(parsePage(undefined)).toBe(1);
  });
});

describe('searchText', () => {
  it('is one line of at most 100 characters', () => {
    expect(searchText('  zo\u0000e\r\n ')).toBe('zo e');
    expect(searchText('x'.repeat(300))).toHaveLength(100);
  });
});
