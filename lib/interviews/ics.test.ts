import { describe, it, expect } from 'vitest';
import ICAL from 'ical.js';
import { buildInterviewIcs, icsFileName, ICS_PRODID, type InterviewIcsEvent } from './ics';

const base: InterviewIcsEvent = {
  uid: 'interview-42@horses-mouth.example',
  sequence: 3,
  dtstamp: new Date('2025-02-20T10:00:00.000Z'),
  start: new Date('2025-03-04T17:00:00.000Z'),
  end: new Date('2025-03-04T17:30:00.000Z'),
  summary: 'Information interview with Dana Li',
};

function parse(ics: string): { cal: ICAL.Component; vevent: ICAL.Component; event: ICAL.Event } {
  const cal = new ICAL.Component(ICAL.parse(ics));
  const vevent = cal.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { cal, vevent, event: new ICAL.Event(vevent) };
}

function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  // Drop the empty string after the final CRLF.
  return ics.slice(0, -2).split('\r\n');
}

describe('buildInterviewIcs', () => {
  it('produces a calendar ical.js can read, with the calendar properties', () => {
    const { cal } = parse(buildInterviewIcs(base));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toBe(ICS_PRODID);
    expect(ICS_PRODID).toBe("-//Horse's Mouth//Interviews//EN");
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(cal.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  it('round-trips uid, sequence, summary and the start/end instants in UTC', () => {
    const { event, vevent } = parse(buildInterviewIcs(base));
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(3);
    expect(event.summary).toBe(base.summary);
    expect(event.startDate.toJSDate().getTime()).toBe(base.start.getTime());
    expect(event.endDate.toJSDate().getTime()).toBe(base.end.getTime());
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    const stamp = vevent.getFirstPropertyValue('dtstamp');
    expect(stamp instanceof ICAL.Time ? stamp.toJSDate().getTime() : null).toBe(base.dtstamp.getTime());
  });

  it('writes the times in UTC basic format textually', () => {
    const ics = buildInterviewIcs({ ...base, start: new Date('2025-12-31T23:45:59.900-08:00'), end: new Date('2026-01-01T08:15:00Z') });
    expect(ics).toContain('\r\nDTSTART:20260101T074559Z\r\n');
    expect(ics).toContain('\r\nDTEND:20260101T081500Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20250220T100000Z\r\n');
    expect(ics).toContain('\r\nSEQUENCE:3\r\n');
  });

  it('round-trips commas, semicolons, backslashes, newlines and accents', () => {
    const location = 'Suite 4, Main St; Room "B" \\ back door';
    const description = 'Questions:\n1. Typical day?\r\n2. Pay, hours; benefits\nWith Siobhán O\u2019Brien-Nguyễn 🐴';
    const summary = 'Interview: Dana Li, RDT; lab';
    const { event } = parse(buildInterviewIcs({ ...base, summary, location, description }));
    expect(event.summary).toBe(summary);
    expect(event.location).toBe(location);
    // CRLF inside the description comes back as a plain newline.
    expect(event.description).toBe(description.replace(/\r\n/g, '\n'));
  });

  it('escapes TEXT textually and never emits raw breaks inside a value', () => {
    const ics = buildInterviewIcs({ ...base, summary: 'a,b;c\\d\ne' });
    expect(ics).toContain('SUMMARY:a\\,b\\;c\\\\d\\ne\r\n');
  });

  it('folds a 300-character description into ≤75-octet CRLF lines that round-trip', () => {
    const description = ('Remember to ask about training, pay; and outlook — café. ').repeat(6).slice(0, 300);
    expect(description).toHaveLength(300);
    const ics = buildInterviewIcs({ ...base, description });
    const lines = physicalLines(ics);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n]/);
    }
    // It really was folded: several continuation lines start with a space.
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThanOrEqual(4);
    expect(parse(ics).event.description).toBe(description);
  });

  it('folds multi-byte text without splitting characters', () => {
    const summary = 'Entrevue avec Nguyễn Thị Hồng Nhung — 日本語のテキスト '.repeat(5).trim();
    const ics = buildInterviewIcs({ ...base, summary });
    for (const line of physicalLines(ics)) {
      const bytes = Buffer.from(line, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(bytes.toString('utf8')).toBe(line);
      expect(line).not.toContain('\uFFFD');
    }
    expect(parse(ics).event.summary).toBe(summary);
  });

  it('uses CRLF for every line and no bare LF or CR', () => {
    const ics = buildInterviewIcs({ ...base, description: 'x\ny' });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('adds a DISPLAY alarm one hour before', () => {
    const { vevent } = parse(buildInterviewIcs(base));
    const alarm = vevent.getFirstSubcomponent('valarm');
    expect(alarm).not.toBeNull();
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    const trigger = alarm?.getFirstPropertyValue('trigger');
    expect(trigger instanceof ICAL.Duration ? trigger.toSeconds() : null).toBe(-3600);
    expect(alarm?.getFirstPropertyValue('description')).toBe(base.summary);
  });

  it('includes URL, LOCATION, DESCRIPTION only when given', () => {
    const without = buildInterviewIcs({ ...base, location: null, description: '   ', url: undefined });
    expect(without).not.toMatch(/\r\n(LOCATION|URL):/);
    // The only DESCRIPTION is the alarm's.
    expect(without.match(/\r\nDESCRIPTION:/g)).toHaveLength(1);

    const withUrl = buildInterviewIcs({ ...base, url: 'https://hm.example/interviews/42' });
    expect(parse(withUrl).vevent.getFirstPropertyValue('url')).toBe('https://hm.example/interviews/42');
    expect(withUrl).toContain('\r\nURL:https://hm.example/interviews/42\r\n');
  });

  it('strips line breaks from UID and URL so they cannot inject properties', () => {
    const ics = buildInterviewIcs({ ...base, uid: 'abc\r\nATTENDEE:mailto:x@y', url: 'https://x.example/\r\nORGANIZER:evil' });
    expect(ics).not.toMatch(/\r\nATTENDEE/);
    expect(ics).not.toMatch(/\r\nORGANIZER/);
    expect(parse(ics).event.uid).toBe('abcATTENDEE:mailto:x@y');
  });

  it('falls back to a default summary when blank', () => {
    expect(parse(buildInterviewIcs({ ...base, summary: '  ' })).event.summary).toBe('Information interview');
  });

  it('rejects invalid input', () => {
    expect(() => buildInterviewIcs({ ...base, end: base.start })).toThrow(RangeError);
    expect(() => buildInterviewIcs({ ...base, end: new Date(base.start.getTime() - 1) })).toThrow(RangeError);
    expect(() => buildInterviewIcs({ ...base, sequence: -1 })).toThrow(RangeError);
    expect(() => buildInterviewIcs({ ...base, sequence: 1.5 })).toThrow(RangeError);
    expect(() => buildInterviewIcs({ ...base, uid: ' ' })).toThrow(RangeError);
    expect(() => buildInterviewIcs({ ...base, start: new Date('x') })).toThrow(RangeError);
  });

  it('allows a one-second event', () => {
    const end = new Date(base.start.getTime() + 1000);
    expect(parse(buildInterviewIcs({ ...base, end })).event.endDate.toJSDate().getTime()).toBe(end.getTime());
  });
});

describe('icsFileName', () => {
  it('names the file by UTC start date with a safe prefix', () => {
    expect(icsFileName(new Date('2025-03-04T23:30:00-08:00'))).toBe('interview-2025-03-05.ics');
    expect(icsFileName(base.start, 'Dana Li/../x')).toBe('Dana-Li-x-2025-03-04.ics');
    expect(icsFileName(base.start, '***')).toBe('interview-2025-03-04.ics');
  });
});
