/**
 * An .ics file for one information interview, so the student can put it in any calendar.
 * Times are written in UTC so no VTIMEZONE block is needed and every client agrees on the
 * instant; the client shows it in the user's own zone.
 */
import { escapeText, formatUtcDateTime, joinContentLines } from '../text/rfc-lines';

export type InterviewIcsEvent = {
  uid: string;
  /** Bumped on every change so calendars replace the old copy instead of adding a second. */
  sequence: number;
  dtstamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location?: string | null;
  description?: string | null;
  url?: string | null;
  method?: 'PUBLISH';
};

export const ICS_PRODID = "-//Horse's Mouth//Interviews//EN";

// UID and URL are not TEXT, so escaping does not apply; strip anything that could break
// the line structure instead.
function stripLineBreaks(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, '');
}

function present(s: string | null | undefined): s is string {
  return typeof s === 'string' && s.trim().length > 0;
}

export function buildInterviewIcs(e: InterviewIcsEvent): string {
  if (!Number.isInteger(e.sequence) || e.sequence < 0) {
    throw new RangeError('buildInterviewIcs: sequence must be a non-negative integer');
  }
  const uid = stripLineBreaks(e.uid).trim();
  if (uid.length === 0) throw new RangeError('buildInterviewIcs: uid is required');
  // RFC 5545 §3.6.1: DTEND must be later than DTSTART.
  if (!(e.end.getTime() > e.start.getTime())) {
    throw new RangeError('buildInterviewIcs: end must be after start');
  }

  const summary = e.summary.trim().length > 0 ? e.summary.trim() : 'Information interview';
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${e.method ?? 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${formatUtcDateTime(e.dtstamp)}`,
    `DTSTART:${formatUtcDateTime(e.start)}`,
    `DTEND:${formatUtcDateTime(e.end)}`,
    `SEQUENCE:${e.sequence}`,
    `SUMMARY:${escapeText(summary)}`,
  ];
  if (present(e.location)) lines.push(`LOCATION:${escapeText(e.location.trim())}`);
  if (present(e.description)) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (present(e.url)) lines.push(`URL:${stripLineBreaks(e.url).trim()}`);
  lines.push(
    'STATUS:CONFIRMED',
    // A reminder an hour ahead leaves time to reread the questions and get there.
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT1H',
    `DESCRIPTION:${escapeText(summary)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  );
  return joinContentLines(lines);
}

/** A download name such as "interview-2025-03-04.ics" (the date is the UTC start date). */
export function icsFileName(start: Date, prefix = 'interview'): string {
  const safePrefix = prefix.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'interview';
  return `${safePrefix}-${start.toISOString().slice(0, 10)}.ics`;
}

const PURPOSE = 'You are not looking for a job. You are simply looking for information.';

export type CalendarInterview = {
  calendarUid: string;
  calendarSequence: number;
  startsAt: Date;
  durationMinutes: number;
  contactName: string;
  location: string | null;
  /** "In person", "Phone", "Video". */
  modeLabel: string;
};

/**
 * The one .ics of an interview, the same from the download link and a reminder e-mail: the same
 * UID every time, SEQUENCE raised on each reschedule, the must-ask questions in the description.
 */
export function interviewCalendarFile(i: CalendarInterview, mustAsk: readonly string[], dtstamp: Date): string {
  const description = [PURPOSE, mustAsk.length ? `Must ask:\n${mustAsk.map((q, n) => `${n + 1}. ${q}`).join('\n')}` : null, `${i.modeLabel}, ${i.durationMinutes} minutes.`]
    .filter(Boolean)
    .join('\n\n');
  return buildInterviewIcs({
    uid: `${i.calendarUid}@horses-mouth`,
    sequence: i.calendarSequence,
    dtstamp,
    start: i.startsAt,
    end: new Date(i.startsAt.getTime() + i.durationMinutes * 60_000),
    summary: `Information interview with ${i.contactName}`,
    location: i.location,
    description,
  });
}
