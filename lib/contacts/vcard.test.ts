import { describe, it, expect } from 'vitest';
import ICAL from 'ical.js';
import { buildVCard, splitName, telUri, vcardFileName, vcardUid, type VCardContact } from './vcard';

const full: VCardContact = {
  uid: '3F1C1A7E-1111-4222-8333-444455556666',
  name: "Siobhán O'Brien-Nguyễn",
  jobTitle: 'Registered dental technician; lab lead',
  organisation: 'Smile Lab, Inc; West',
  email: 'siobhan@smile.example',
  phone: '+1 (604) 555 0100',
  note: 'Referred by Dana,\nprefers calls; mornings \\ weekdays',
  revisedAt: new Date('2025-01-02T03:04:05.678Z'),
};

function parse(vcf: string): ICAL.Component {
  const comp = new ICAL.Component(ICAL.parse(vcf));
  expect(comp.name).toBe('vcard');
  return comp;
}

function physicalLines(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
}

describe('buildVCard', () => {
  it('round-trips the essential fields through ical.js', () => {
    const card = parse(buildVCard(full));
    expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(card.getFirstPropertyValue('fn')).toBe(full.name);
    expect(card.getFirstPropertyValue('n')).toEqual(["O'Brien-Nguyễn", 'Siobhán', '', '', '']);
    expect(card.getFirstPropertyValue('title')).toBe(full.jobTitle);
    expect(card.getFirstPropertyValue('email')).toBe(full.email);
    expect(card.getFirstPropertyValue('note')).toBe(full.note);
    expect(card.getFirstPropertyValue('uid')).toBe('urn:uuid:3f1c1a7e-1111-4222-8333-444455556666');
    const tel = card.getFirstProperty('tel');
    expect(tel?.type).toBe('uri');
    expect(tel?.getFirstValue()).toBe('tel:+1(604)5550100');
    const rev = card.getFirstPropertyValue('rev');
    expect(rev instanceof ICAL.Time ? rev.toJSDate().getTime() : null).toBe(Date.UTC(2025, 0, 2, 3, 4, 5));
  });

  it('escapes compound ORG and N components and plain properties textually', () => {
    const vcf = buildVCard(full);
    expect(vcf).toContain('\r\nORG:Smile Lab\\, Inc\\; West\r\n');
    expect(vcf).toContain("\r\nN:O'Brien-Nguyễn;Siobhán;;;\r\n");
    expect(vcf).toContain('\r\nNOTE:Referred by Dana\\,\\nprefers calls; mornings \\\\ weekdays\r\n');
    expect(vcf).toContain('\r\nTEL;VALUE=uri:tel:+1(604)5550100\r\n');
    expect(vcf).toContain('\r\nREV:20250102T030405Z\r\n');
    expect(vcf.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
  });

  it('keeps a semicolon inside a name component from splitting N', () => {
    const card = parse(buildVCard({ uid: 'u1', name: 'Ana;Maria Lopez' }));
    expect(card.getFirstPropertyValue('fn')).toBe('Ana;Maria Lopez');
    const n = card.getFirstPropertyValue('n');
    expect(Array.isArray(n) ? n.slice(0, 2) : n).toEqual(['Lopez', 'Ana;Maria']);
  });

  it('omits optional properties that are empty or blank', () => {
    const vcf = buildVCard({ uid: 'u2', name: 'Dana', jobTitle: null, organisation: ' ', email: '', phone: 'n/a', note: undefined });
    for (const prop of ['ORG', 'TITLE', 'EMAIL', 'TEL', 'NOTE', 'REV']) {
      expect(vcf).not.toMatch(new RegExp(`\\r\\n${prop}[:;]`));
    }
    expect(vcf).toContain('\r\nN:;Dana;;;\r\n');
    expect(vcf).toContain('\r\nUID:urn:horses-mouth:contact:u2\r\n');
  });

  it('uses a placeholder name rather than an empty FN (FN is required)', () => {
    expect(parse(buildVCard({ uid: 'u3', name: '   ' })).getFirstPropertyValue('fn')).toBe('Unnamed contact');
  });

  it('folds a long note into ≤75-octet lines and still round-trips', () => {
    const note = 'Talked about the lab, shifts; pay and the outlook for técnicos dentales — '.repeat(8);
    const vcf = buildVCard({ ...full, note });
    const lines = physicalLines(vcf);
    for (const l of lines) {
      expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
      expect(Buffer.from(l, 'utf8').toString('utf8')).toBe(l);
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(parse(vcf).getFirstPropertyValue('note')).toBe(note);
  });

  it('cannot be broken by line breaks in single-line fields', () => {
    const vcf = buildVCard({ uid: 'x\r\nEND:VCARD', name: 'Eve\r\nEMAIL:evil@example.com', email: 'a@b.example\nTEL:1' });
    expect(vcf.match(/\r\nEND:VCARD/g)).toHaveLength(1);
    expect(vcf).not.toMatch(/\r\nEMAIL:evil/);
    expect(vcf).not.toMatch(/\r\nTEL:/);
    expect(parse(vcf).getAllProperties('email')).toHaveLength(1);
  });
});

describe('splitName', () => {
  it('takes the last word as the family name', () => {
    expect(splitName('Dana Li')).toEqual({ family: 'Li', given: 'Dana' });
    expect(splitName('  Ludwig   van Beethoven ')).toEqual({ family: 'Beethoven', given: 'Ludwig van' });
    expect(splitName('Cher')).toEqual({ family: '', given: 'Cher' });
    expect(splitName('')).toEqual({ family: '', given: '' });
  });
});

describe('telUri', () => {
  it('strips spaces and illegal characters, keeps + - . ( ) and extensions', () => {
    expect(telUri('+1 604 555 0100')).toBe('tel:+16045550100');
    expect(telUri('604-555-0100 ;ext=12')).toBe('tel:604-555-0100;ext=12');
    expect(telUri('604.555.0100,,')).toBe('tel:604.555.0100');
    expect(telUri('call me')).toBeNull();
    expect(telUri('')).toBeNull();
  });
});

describe('vcardUid', () => {
  it('wraps UUIDs as urn:uuid, keeps urns, and encodes anything else', () => {
    expect(vcardUid('3F1C1A7E-1111-4222-8333-444455556666')).toBe('urn:uuid:3f1c1a7e-1111-4222-8333-444455556666');
    expect(vcardUid('urn:isbn:123')).toBe('urn:isbn:123');
    expect(vcardUid('42')).toBe('urn:horses-mouth:contact:42');
    expect(vcardUid('a/b c')).toBe('urn:horses-mouth:contact:a%2Fbc');
  });
});

describe('vcardFileName', () => {
  it('makes an ASCII slug ending in .vcf', () => {
    expect(vcardFileName("Siobhán O'Brien-Nguyễn")).toBe('siobhan-obrien-nguyen.vcf');
    expect(vcardFileName('Dana Li')).toBe('dana-li.vcf');
    expect(vcardFileName('Đặng Văn Lâm')).toBe('dang-van-lam.vcf');
  });

  it('never returns path separators, dots or an empty name', () => {
    expect(vcardFileName('../../etc/passwd')).toBe('etc-passwd.vcf');
    expect(vcardFileName('日本語')).toBe('contact.vcf');
    expect(vcardFileName('')).toBe('contact.vcf');
    expect(vcardFileName('"; filename=evil.exe')).toBe('filename-evil-exe.vcf');
  });

  it('caps the length without leaving a trailing hyphen', () => {
    const name = vcardFileName('a'.repeat(59) + ' bcd ' + 'e'.repeat(100));
    expect(name.length).toBeLessThanOrEqual(64);
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.vcf$/);
    expect(name).toBe('a'.repeat(59) + '.vcf');
  });
});
