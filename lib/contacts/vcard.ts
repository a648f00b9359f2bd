/**
 * A vCard 4.0 (RFC 6350) for one contact, so a student can keep the person in their phone.
 * This file is built for the student only: contact details are theirs alone.
 */
import { escapeText, formatUtcDateTime, joinContentLines } from '../text/rfc-lines';

export type VCardContact = {
  uid: string;
  name: string;
  jobTitle?: string | null;
  organisation?: string | null;
  email?: string | null;
  phone?: string | null;
  note?: string | null;
  revisedAt?: Date;
};

function present(s: string | null | undefined): s is string {
  return typeof s === 'string' && s.trim().length > 0;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** UID is a URI in vCard 4.0: a UUID becomes urn:uuid:…, anything else a urn of our own. */
export function vcardUid(uid: string): string {
  const clean = uid.replace(/[\u0000-\u0020\u007f]/g, '');
  if (UUID_RE.test(clean)) return `urn:uuid:${clean.toLowerCase()}`;
  if (/^urn:/i.test(clean)) return clean;
  return `urn:horses-mouth:contact:${encodeURIComponent(clean)}`;
}

/**
 * Best-effort structured name. We cannot know which part of a free-text name is the family
 * name, so the last space-separated word is taken as the family name and the rest as given
 * names. Clients rebuild "given family", which reproduces the name as typed for any
 * space-separated name; FN always carries the exact full name.
 */
export function splitName(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { family: '', given: words[0] ?? '' };
  return { family: words[words.length - 1] as string, given: words.slice(0, -1).join(' ') };
}

/** tel: URI (RFC 3966): no spaces; keep only characters legal in a global or local number. */
export function telUri(phone: string): string | null {
  const cleaned = phone.replace(/[^0-9A-Za-z+\-.()*#;=]/g, '');
  return /[0-9]/.test(cleaned) ? `tel:${cleaned}` : null;
}

export function buildVCard(c: VCardContact): string {
  const fullName = c.name.trim().length > 0 ? c.name.trim().replace(/\s+/g, ' ') : 'Unnamed contact';
  const { family, given } = splitName(fullName);
  // Plain (non-compound) properties leave ';' unescaped, as RFC 6350 §3.4 allows.
  const plain = (s: string): string => escapeText(s, { semicolon: false });
  const lines: string[] = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${plain(fullName)}`,
    // N is compound: components are ;-separated, so ';' inside each one must be escaped.
    `N:${escapeText(family)};${escapeText(given)};;;`,
  ];
  // ORG is compound too (name;unit;…): the whole organisation goes in its first component.
  if (present(c.organisation)) lines.push(`ORG:${escapeText(c.organisation.trim())}`);
  if (present(c.jobTitle)) lines.push(`TITLE:${plain(c.jobTitle.trim())}`);
  if (present(c.email)) lines.push(`EMAIL:${plain(c.email.trim())}`);
  if (present(c.phone)) {
    const tel = telUri(c.phone);
    if (tel) lines.push(`TEL;VALUE=uri:${tel}`);
  }
  if (present(c.note)) lines.push(`NOTE:${plain(c.note)}`);
  lines.push(`UID:${vcardUid(c.uid)}`);
  if (c.revisedAt) lines.push(`REV:${formatUtcDateTime(c.revisedAt)}`);
  lines.push('END:VCARD');
  return joinContentLines(lines);
}

/** An ASCII-only file name such as "siobhan-obrien-nguyen.vcf", safe in any header or OS. */
export function vcardFileName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // drop accents: é → e
    .replace(/['\u2019]/g, '') // O'Brien → OBrien, not O-Brien
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${base || 'contact'}.vcf`;
}
