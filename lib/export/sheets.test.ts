import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { insertContact } from '@/db/queries/contacts';
import { exportAllForViewer, exportTableForViewer, type ExportTable } from '@/db/queries/export';
import { appendPlanQuestions, insertInterview, listPlanQuestionsForViewer, savePlanQuestionNotes, updateInterview } from '@/db/queries/interviews';
import { insertOccupation } from '@/db/queries/occupations';
import { listDefaultReflectionQuestions } from '@/db/queries/questions';
import { ensurePersonalReflection, saveAnswers } from '@/db/queries/submissions';
import type { StudentViewer, Viewer } from '@/db/queries/users';
import { addMember, makeSection, makeUser } from '@/db/testing/factories';
import { CONTACT_CRITERIA, CONTACT_CRITERIA_LABELS } from '@/lib/contacts/vocabulary';
import { toCsv } from '@/lib/csv';
import { sheetDateTime, toSheet } from './sheets';

// The CSVs a student downloads read as a record: names and labels, not ids and codes; one column
// per criterion; one row per reflection answer with its question; dates in the student's zone.

const ZONE = 'America/Vancouver';
// 18:00 UTC on 5 October 2026 is 11:00 in Vancouver (PDT).
const AT = new Date('2026-10-05T18:00:00Z');

let me: StudentViewer;
let counsellor: Viewer;
let occupationId: number;
let contactId: number;

const sheet = (viewer: Viewer, table: ExportTable) => toSheet(table, exportTableForViewer(viewer, me.id, table), ZONE);

beforeAll(() => {
  const db = getDb();
  const section = makeSection();
  me = makeUser('student', { name: 'Aroha Ngata' });
  counsellor = makeUser('counsellor');
  addMember(section, me.id, 'student');
  addMember(section, counsellor.id, 'counsellor');
  occupationId = insertOccupation(db, me, { title: 'Dental hygienist', whyInterested: null, researchNotes: null, sources: null, status: 'considering' });
  const referrer = insertContact(db, me, { name: 'Dr. Patel', howFound: 'professional' });
  contactId = insertContact(db, me, {
    name: 'Dana Li',
    occupationId,
    howFound: 'referral',
    referredByContactId: referrer,
    criteria: ['works-in-occupation', 'setting-i-like'],
    phone: '604 555 0142',
    email: 'dana@example.org',
    notes: '=HYPERLINK("http://evil","click")',
  });
  const interview = insertInterview(db, me, { contactId, occupationId, status: 'scheduled', startsAt: AT, durationMinutes: 30, mode: 'in-person', location: 'Clinic', calendarUid: crypto.randomUUID() });
  updateInterview(db, me, interview, { status: 'completed', completedAt: AT, checklist: { research: true, questions: true } }, AT);
  appendPlanQuestions(db, me, interview, [{ questionId: null, text: 'What is a typical day?' }]);
  savePlanQuestionNotes(db, me, interview, listPlanQuestionsForViewer(me, interview)[0].id, 'Mornings are calm.', true);
  insertContact(db, me, { name: 'Lee Referred', howFound: 'referral', referredByContactId: contactId, referredInInterviewId: interview });
  const [q1, q2] = listDefaultReflectionQuestions();
  saveAnswers(db, me, ensurePersonalReflection(db, me, interview, AT), 0, [{ questionId: q1.id, text: 'Yes.' }, { questionId: q2.id, text: 'Patients.' }], AT);
});

describe('the contacts sheet', () => {
  it('names the occupation and the referrer instead of their ids, and has one yes/blank column per criterion', () => {
    const { columns, rows } = sheet(me, 'contacts');
    for (const c of CONTACT_CRITERIA) expect(columns).toContain(`Why: ${CONTACT_CRITERIA_LABELS[c]}`);
    expect(columns).not.toContain('criteria');
    expect(columns.some((c) => /id$/i.test(c))).toBe(false);
    const dana = rows.find((r) => r.Name === 'Dana Li')!;
    expect(dana.Occupation).toBe('Dental hygienist');
    expect(dana['Referred by']).toBe('Dr. Patel');
    expect(dana['How I found them']).toBe('Referred by another contact');
    expect(dana[`Why: ${CONTACT_CRITERIA_LABELS['works-in-occupation']}`]).toBe('yes');
    expect(dana[`Why: ${CONTACT_CRITERIA_LABELS['setting-i-like']}`]).toBe('yes');
    expect(dana[`Why: ${CONTACT_CRITERIA_LABELS['shares-interest']}`]).toBe('');
    const lee = rows.find((r) => r.Name === 'Lee Referred')!;
    expect(lee['Referred by']).toBe('Dana Li');
    expect(lee['Referred in the interview with']).toBe('Dana Li, 2026-10-05 11:00');
  });

  it('writes a CSV without JSON or ids, and neutralises a formula typed into a cell', () => {
    const { columns, rows } = sheet(me, 'contacts');
    const csv = toCsv(columns, rows);
    expect(csv).not.toContain('["');
    expect(csv).not.toMatch(new RegExp(`,${occupationId},`));
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csv).toContain('Dental hygienist');
  });

  it('leaves out the phone, e-mail and notes columns for the staff of the student’s section', () => {
    const { columns, rows } = sheet(counsellor, 'contacts');
    expect(rows.map((r) => r.Name)).toContain('Dana Li');
    expect(columns).not.toContain('E-mail');
    expect(columns).not.toContain('Phone');
    expect(columns).not.toContain('Notes');
    expect(JSON.stringify(rows)).not.toContain('604 555 0142');
  });
});

describe('the interview sheets', () => {
  it('name the contact and occupation, show labels and local dates, and a column per checklist item', () => {
    const { columns, rows } = sheet(me, 'interviews');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ With: 'Dana Li', Occupation: 'Dental hygienist', Status: 'Completed', When: '2026-10-05 11:00', How: 'In person', Where: 'Clinic' });
    expect(columns.filter((c) => c.startsWith('Checklist: '))).toHaveLength(5);
    expect(rows[0]['Checklist: Questions written down']).toBe('yes');
    expect(rows[0]['Checklist: Appointment confirmed']).toBe('');
  });

  it('give each planned question its interview by name, with the notes', () => {
    const { rows } = sheet(me, 'interview_questions');
    expect(rows).toEqual([
      { Interview: 'Dana Li, 2026-10-05 11:00', Order: 1, Question: 'What is a typical day?', 'Must ask': '', Notes: 'Mornings are calm.', 'Particularly interesting': 'yes' },
    ]);
  });

  it('put one reflection answer on each row, beside its question', () => {
    const [q1, q2] = listDefaultReflectionQuestions();
    const { columns, rows } = sheet(me, 'reflections');
    expect(columns).toEqual(['Interview', 'Assignment', 'Status', 'Question', 'Answer', 'Last saved']);
    expect(rows.map((r) => [r.Question, r.Answer])).toEqual([
      [q1.text, 'Yes.'],
      [q2.text, 'Patients.'],
    ]);
    expect(rows[0]).toMatchObject({ Interview: 'Dana Li, 2026-10-05 11:00', Assignment: 'Personal reflection', Status: 'Draft' });
  });
});

describe('the JSON keeps the raw rows', () => {
  it('still holds ids and criteria as stored, with the names added beside them', () => {
    const all = exportAllForViewer(me, me.id);
    const dana = all.contacts.find((c) => c.name === 'Dana Li')!;
    expect(dana.occupationId).toBe(occupationId);
    expect(dana.criteria).toEqual(['works-in-occupation', 'setting-i-like']);
    expect(dana.occupationTitle).toBe('Dental hygienist');
  });
});

describe('sheetDateTime', () => {
  it('reads as a local date and time, or nothing', () => {
    expect(sheetDateTime(AT, ZONE)).toBe('2026-10-05 11:00');
    expect(sheetDateTime(AT.getTime(), 'Europe/London')).toBe('2026-10-05 19:00');
    expect(sheetDateTime(null, ZONE)).toBe('');
    expect(sheetDateTime(new Date('nope'), ZONE)).toBe('');
  });
});
