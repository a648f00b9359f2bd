/**
 * The spreadsheet of each table of a student's records: what a person reads, not what the database
 * holds. Names instead of ids (the export's rows carry them), labels instead of codes, one column
 * per contact criterion and per checklist item, dates in the student's time zone as
 * "2026-10-05 14:30" (a spreadsheet reads it as a date, and it sorts). The JSON download keeps the
 * raw rows. Pure: the route hands it the rows of db/queries/export.ts and a time zone.
 */
import { CONTACT_CRITERIA, CONTACT_CRITERIA_LABELS, CONTACT_SOURCE_LABELS, type ContactCriterion, type ContactSource } from '@/lib/contacts/vocabulary';
import { CHECKLIST_ITEMS, INTERVIEW_MODE_LABELS, INTERVIEW_STATUS_LABELS, THANK_YOU_CHANNEL_LABELS, type Checklist, type InterviewMode, type InterviewStatus, type ThankYouChannel } from '@/lib/interviews/vocabulary';
import { OCCUPATION_STATUS_LABELS, type OccupationStatus } from '@/lib/occupations/vocabulary';
import { OUTREACH_CHANNEL_LABELS, OUTREACH_OUTCOME_LABELS, SCRIPT_KIND_LABELS, type OutreachChannel, type OutreachOutcome, type ScriptKind } from '@/lib/outreach/vocabulary';
import { INTERVIEW_QUESTION_CATEGORIES, OWN_QUESTION_CATEGORY, OWN_QUESTION_CATEGORY_LABEL, QUESTION_BANK_LABELS, type QuestionBank } from '@/lib/questions/vocabulary';
import { SUBMISSION_STATUS_LABELS, type SubmissionStatus } from '@/lib/submissions/vocabulary';
import { toLocalInputValue } from '@/lib/time';

export type Row = Record<string, unknown>;
export type Sheet = { columns: string[]; rows: Array<Record<string, unknown>> };
type Column = readonly [header: string, value: (row: Row) => unknown];
type SheetColumn = Column & { needs?: string };

/** A column shown only when the rows have `key` (the staff's column sets leave some out). */
const onlyWith = (key: string, column: Column): SheetColumn => Object.assign([...column] as unknown as Column, { needs: key });

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const yes = (v: unknown): string => (v === true || v === 1 ? 'yes' : '');
const label = <K extends string>(labels: Readonly<Record<K, string>>) => (v: unknown): string => (typeof v === 'string' ? (labels[v as K] ?? v) : '');

/** "2026-10-05 14:30" in the zone, or empty. */
export function sheetDateTime(value: unknown, timeZone: string): string {
  const d = value instanceof Date ? value : typeof value === 'number' ? new Date(value) : null;
  return d && !Number.isNaN(d.getTime()) ? toLocalInputValue(d, timeZone).replace('T', ' ') : '';
}

/** Which interview a row is about, as a person would say it: "Dana Li, 2026-10-05 14:30". */
function interviewName(row: Row, timeZone: string): string {
  const who = text(row.interviewWith);
  if (!who) return '';
  const when = sheetDateTime(row.interviewAt, timeZone);
  return when ? `${who}, ${when}` : who;
}

const CATEGORY_LABELS: Record<string, string> = {
  ...Object.fromEntries(INTERVIEW_QUESTION_CATEGORIES.map((c) => [c.key, c.label])),
  [OWN_QUESTION_CATEGORY]: OWN_QUESTION_CATEGORY_LABEL,
};

function criteriaOf(row: Row): ContactCriterion[] {
  const v = row.criteria;
  if (Array.isArray(v)) return v as ContactCriterion[];
  if (typeof v === 'string') {
    try {
      const parsed: unknown = JSON.parse(v);
      return Array.isArray(parsed) ? (parsed as ContactCriterion[]) : [];
    } catch {
      return [];
    }
  }
  return [];
}

function checklistOf(row: Row): Checklist {
  const v = row.checklist;
  if (v && typeof v === 'object') return v as Checklist;
  if (typeof v === 'string') {
    try {
      return JSON.parse(v) as Checklist;
    } catch {
      return {};
    }
  }
  return {};
}

/** The columns of each table's sheet, in reading order. A column whose key the rows lack (a contact's phone for staff) is left out. */
function columnsFor(table: string, timeZone: string): SheetColumn[] {
  const when = (key: string) => (row: Row) => sheetDateTime(row[key], timeZone);
  switch (table) {
    case 'occupations':
      return [
        ['Occupation', (r) => r.title],
        ['Status', (r) => label<OccupationStatus>(OCCUPATION_STATUS_LABELS)(r.status)],
        ['Why it interests me', (r) => r.whyInterested],
        ['Research notes', (r) => r.researchNotes],
        ['Sources', (r) => r.sources],
        ['Added', when('createdAt')],
        ['Last changed', when('updatedAt')],
      ];
    case 'unknowns':
      return [
        ['Occupation', (r) => r.occupationTitle],
        ['What I still don’t know', (r) => r.text],
        ['Made into a question', (r) => (r.questionId ? 'yes' : '')],
        ['Added', when('createdAt')],
      ];
    case 'contacts':
      return [
        ['Name', (r) => r.name],
        ['Job title', (r) => r.jobTitle],
        ['Organisation', (r) => r.organisation],
        ['Occupation', (r) => r.occupationTitle],
        onlyWith('email', ['E-mail', (r) => r.email]),
        onlyWith('phone', ['Phone', (r) => r.phone]),
        ['How I found them', (r) => label<ContactSource>(CONTACT_SOURCE_LABELS)(r.howFound)],
        ['How found: details', (r) => r.howFoundDetail],
        ...CONTACT_CRITERIA.map((c): Column => [`Why: ${CONTACT_CRITERIA_LABELS[c]}`, (r) => (criteriaOf(r).includes(c) ? 'yes' : '')]),
        ['Referred by', (r) => r.referredByName],
        ['Referred in the interview with', (r) => interviewName({ interviewWith: r.referredInInterviewWith, interviewAt: r.referredInInterviewAt }, timeZone)],
        onlyWith('notes', ['Notes', (r) => r.notes]),
        ['Added', when('createdAt')],
        ['Last changed', when('updatedAt')],
      ];
    case 'outreach_attempts':
      return [
        ['Contact', (r) => r.contactName],
        ['When', when('attemptedAt')],
        ['Channel', (r) => label<OutreachChannel>(OUTREACH_CHANNEL_LABELS)(r.channel)],
        ['Outcome', (r) => label<OutreachOutcome>(OUTREACH_OUTCOME_LABELS)(r.outcome)],
        ['Notes', (r) => r.notes],
      ];
    case 'scripts':
      return [
        ['Contact', (r) => r.contactName],
        ['Kind', (r) => label<ScriptKind>(SCRIPT_KIND_LABELS)(r.kind)],
        ['Title', (r) => r.title],
        ['Script', (r) => r.body],
        ['Added', when('createdAt')],
        ['Last changed', when('updatedAt')],
      ];
    case 'interviews':
      return [
        ['With', (r) => r.contactName],
        ['Occupation', (r) => r.occupationTitle],
        ['Status', (r) => label<InterviewStatus>(INTERVIEW_STATUS_LABELS)(r.status)],
        ['When', when('startsAt')],
        ['Minutes', (r) => r.durationMinutes],
        ['How', (r) => label<InterviewMode>(INTERVIEW_MODE_LABELS)(r.mode)],
        onlyWith('location', ['Where', (r) => r.location]),
        ...CHECKLIST_ITEMS.map((item): Column => [`Checklist: ${item.label}`, (r) => yes(checklistOf(r)[item.key])]),
        ['General notes', (r) => r.generalNotes],
        ['Completed', when('completedAt')],
        ['Thank-you by', (r) => label<ThankYouChannel>(THANK_YOU_CHANNEL_LABELS)(r.thankYouChannel)],
        ['Thank-you sent', when('thankYouSentAt')],
        ['Thank-you text', (r) => r.thankYouText],
      ];
    case 'interview_questions':
      return [
        ['Interview', (r) => interviewName(r, timeZone)],
        ['Order', (r) => r.position],
        ['Question', (r) => r.text],
        ['Must ask', (r) => yes(r.mustAsk)],
        ['Notes', (r) => r.notes],
        ['Particularly interesting', (r) => yes(r.interesting)],
      ];
    case 'reflections':
      return [
        ['Interview', (r) => interviewName(r, timeZone)],
        ['Assignment', (r) => text(r.assignment) ?? 'Personal reflection'],
        ['Status', (r) => label<SubmissionStatus>(SUBMISSION_STATUS_LABELS)(r.status)],
        ['Question', (r) => r.question],
        ['Answer', (r) => r.answer],
        ['Last saved', when('updatedAt')],
      ];
    case 'own_questions':
      return [
        ['Bank', (r) => label<QuestionBank>(QUESTION_BANK_LABELS)(r.bank)],
        ['Category', (r) => (typeof r.category === 'string' ? (CATEGORY_LABELS[r.category] ?? r.category) : '')],
        ['Question', (r) => r.text],
        ['Archived', when('archivedAt')],
        ['Added', when('createdAt')],
      ];
    default:
      throw new Error(`no sheet for ${table}`);
  }
}

/** The readable sheet of one export table (see db/queries/export.ts exportTableForViewer). */
export function toSheet(table: string, data: { columns: string[]; rows: Row[] }, timeZone: string): Sheet {
  const present = new Set(data.columns);
  const columns = columnsFor(table, timeZone).filter((c) => !c.needs || present.has(c.needs));
  return {
    columns: columns.map((c) => c[0]),
    rows: data.rows.map((row) => Object.fromEntries(columns.map(([header, value]) => [header, value(row)]))),
  };
}
