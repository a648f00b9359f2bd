import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { addMember, makeAssignment, makeSection, makeUser } from '../testing/factories';
import { findOccupationComparisonForViewer } from './comparison';
import { countContactsForViewer, deleteOwnContact, findContactForViewer, insertContact, listContactInterviewsForViewer, listContactReferralsForViewer, listContactsForViewer, updateOwnContact } from './contacts';
import { exportAllForViewer, exportTableForViewer } from './export';
import {
  appendPlanQuestions,
  countInterviewsForViewer,
  deleteOwnInterview,
  findInterviewForViewer,
  findInterviewStatusForViewer,
  insertInterview,
  listInterviewReferralsForViewer,
  listInterviewsForViewer,
  listInterviewsNeedingActionForViewer,
  listPlanQuestionsForViewer,
  savePlanQuestionNotes,
  updateInterview,
} from './interviews';
import { listReferralLinksForViewer } from './network';
import { findSectionProgressForViewer, listSectionOverviewForViewer } from './overview';
import {
  countUnknownsForViewer,
  deleteOccupation,
  findOccupationForViewer,
  findUnknownForViewer,
  insertOccupation,
  insertUnknown,
  listOccupationContactsForViewer,
  listOccupationInterviewsForViewer,
  listOccupationsForViewer,
  listUnknownsForViewer,
  updateOccupation,
} from './occupations';
import { listContactsInProgressForViewer } from './next-actions';
import { insertAttempt, listAttemptsForViewer, listContactsNeverReachedForViewer, listEmailAttemptsAwaitingReplyForViewer } from './outreach';
import { insertOwnInterviewQuestion, listDefaultReflectionQuestions } from './questions';
import { deleteOwnScript, findScriptForViewer, insertScript, listScriptsForViewer, updateOwnScript } from './scripts';
import { countReviewQueueForViewer, findQueueNeighboursForViewer, findReviewSubmissionForViewer, listReviewQueueForViewer, listStudentSubmissionsForViewer } from './review';
import { listReleasedGradesForViewer, releaseGrades, writeGrade } from './grading';
import { findStudentForViewer } from './sections';
import {
  ensureAssignmentSubmission,
  ensurePersonalReflection,
  findAssignmentSubmissionForViewer,
  findPersonalReflectionForViewer,
  findSubmissionForViewer,
  insertSubmissionComment,
  listDraftAnswersForViewer,
  listSubmissionCommentsForViewer,
  listSubmissionVersionsForViewer,
  saveAnswers,
  submitAnswers,
} from './submissions';
import type { StudentViewer, Viewer } from './users';

/*
 * Every read of a student's records, against every audience: the student and the staff of their
 * section get the record; a classmate, staff of another section, staff of no section and an admin
 * get nothing; and no contact phone or e-mail reaches any staff viewer, under any key.
 * A new read is one line in READS.
 */

const PHONE = '604 555 0142';
const EMAIL = 'dana.private@example.org';
const NOW = new Date('2026-10-05T18:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

const f = {} as {
  owner: StudentViewer;
  occupation: number;
  unknown: number;
  contact: number;
  referrer: number;
  neverReached: number;
  script: number;
  interview: number;
  assignment: number;
  submission: number;
  reflection: number;
  section: number;
};

type Read = [name: string, read: (viewer: Viewer) => unknown];

const READS: Read[] = [
  ['findStudentForViewer', (v) => findStudentForViewer(v, f.owner.id)],
  ['listOccupationsForViewer', (v) => listOccupationsForViewer(v, f.owner.id)],
  ['findOccupationForViewer', (v) => findOccupationForViewer(v, f.occupation)],
  ['listUnknownsForViewer', (v) => listUnknownsForViewer(v, f.occupation)],
  ['countUnknownsForViewer', (v) => countUnknownsForViewer(v, f.occupation)],
  ['findUnknownForViewer', (v) => findUnknownForViewer(v, f.unknown)],
  ['listOccupationContactsForViewer', (v) => listOccupationContactsForViewer(v, f.occupation)],
  ['listOccupationInterviewsForViewer', (v) => listOccupationInterviewsForViewer(v, f.occupation)],
  ['findOccupationComparisonForViewer', (v) => findOccupationComparisonForViewer(v, f.occupation)],
  ['listContactsForViewer', (v) => listContactsForViewer(v, f.owner.id)],
  ['findContactForViewer', (v) => findContactForViewer(v, f.contact)],
  ['listContactReferralsForViewer', (v) => listContactReferralsForViewer(v, f.referrer)],
  ['listContactInterviewsForViewer', (v) => listContactInterviewsForViewer(v, f.contact)],
  ['countContactsForViewer', (v) => countContactsForViewer(v, f.owner.id)],
  ['listReferralLinksForViewer', (v) => listReferralLinksForViewer(v, f.owner.id)],
  ['listAttemptsForViewer', (v) => listAttemptsForViewer(v, f.contact)],
  ['listContactsNeverReachedForViewer', (v) => listContactsNeverReachedForViewer(v, f.owner.id, 10)],
  ['listEmailAttemptsAwaitingReplyForViewer', (v) => listEmailAttemptsAwaitingReplyForViewer(v, f.owner.id)],
  ['listContactsInProgressForViewer', (v) => listContactsInProgressForViewer(v, f.owner.id)],
  ['listScriptsForViewer', (v) => listScriptsForViewer(v, f.contact)],
  ['findScriptForViewer', (v) => findScriptForViewer(v, f.contact, f.script)],
  ['findInterviewForViewer', (v) => findInterviewForViewer(v, f.interview)],
  ['findInterviewStatusForViewer', (v) => findInterviewStatusForViewer(v, f.interview)],
  ['listInterviewsForViewer', (v) => listInterviewsForViewer(v, f.owner.id, { now: NOW })],
  ['listInterviewsNeedingActionForViewer', (v) => listInterviewsNeedingActionForViewer(v, f.owner.id)],
  ['countInterviewsForViewer', (v) => countInterviewsForViewer(v, f.owner.id)],
  ['listPlanQuestionsForViewer', (v) => listPlanQuestionsForViewer(v, f.interview)],
  ['listInterviewReferralsForViewer', (v) => listInterviewReferralsForViewer(v, f.interview)],
  ['findPersonalReflectionForViewer', (v) => findPersonalReflectionForViewer(v, f.interview)],
  // Drafts of a personal reflection are the student's notes, readable by their staff.
  ['listDraftAnswersForViewer', (v) => listDraftAnswersForViewer(v, f.reflection)],
  ['findSubmissionForViewer', (v) => findSubmissionForViewer(v, f.submission)],
  ['findAssignmentSubmissionForViewer', (v) => findAssignmentSubmissionForViewer(v, f.assignment, f.owner.id)],
  ['listSubmissionVersionsForViewer', (v) => listSubmissionVersionsForViewer(v, f.submission)],
  ['listSubmissionCommentsForViewer', (v) => listSubmissionCommentsForViewer(v, f.submission)],
  ['exportTableForViewer', (v) => exportTableForViewer(v, f.owner.id, 'contacts')],
  ['exportAllForViewer', (v) => exportAllForViewer(v, f.owner.id)],
  ['listStudentSubmissionsForViewer', (v) => listStudentSubmissionsForViewer(v, f.owner.id)],
  ['listReleasedGradesForViewer', (v) => listReleasedGradesForViewer(v, f.owner.id)],
];

/**
 * Reads for the staff of a section alone (the review queue, the overview): its counsellor and
 * instructor get the record, everyone else (the student included) nothing, and no staff viewer a
 * contact's phone or e-mail.
 */
const STAFF_READS: Read[] = [
  ['listReviewQueueForViewer', (v) => listReviewQueueForViewer(v)],
  ['countReviewQueueForViewer', (v) => countReviewQueueForViewer(v, { sectionId: f.section })],
  ['findReviewSubmissionForViewer', (v) => findReviewSubmissionForViewer(v, f.submission)],
  ['findQueueNeighboursForViewer', (v) => findQueueNeighboursForViewer(v, { id: f.submission, submittedAt: NOW, status: 'submitted' }).total],
  ['listSectionOverviewForViewer', (v) => listSectionOverviewForViewer(v, f.section, { now: NOW })],
  ['findSectionProgressForViewer', (v) => findSectionProgressForViewer(v, f.section).students],
];

/** ForViewer reads that are not of a student's records (tested in their own files). */
const NOT_STUDENT_RECORDS = [
  'listSectionsForViewer',
  'findSectionForViewer',
  // Assignments are a section's, not a student's: db/queries/assignments.test.ts holds their audiences.
  'findAssignmentForViewer',
  'listSectionAssignmentsForViewer',
  'listStudentAssignmentsForViewer',
  'listAssignmentsNeedingActionForViewer',
  'listAssignmentStudentsForViewer',
  'findExtensionForViewer',
  // Admin only: the mail queue.
  'listOutboxForViewer',
  'findOutboxItemForViewer',
  // Each person's own notifications: db/queries/notifications.test.ts and lib/notifications/actions.test.ts.
  'listNotificationsForViewer',
  'findNotificationForViewer',
];

/** What a read handed over, as a list: nothing is [] (null, an empty list or page, zero counts). */
function received(result: unknown): unknown[] {
  if (result === null || result === undefined || result === 0) return [];
  if (typeof result === 'number') return [result];
  if (Array.isArray(result)) return result;
  const o = result as Record<string, unknown>;
  if (Array.isArray(o.items)) return o.items; // a page, or { items, total }
  if (Array.isArray(o.links)) return o.links;
  if (Array.isArray(o.columns) && Array.isArray(o.rows)) return o.rows; // one export table
  const values = Object.values(o);
  if (values.every((v) => typeof v === 'number')) return values.some((v) => v !== 0) ? [o] : []; // counts
  if (values.every(Array.isArray)) return values.flat(); // every export table
  return [o];
}

/** Every key anywhere in the value (objects inside lists and objects included). */
function keysDeep(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysDeep(v, into));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysDeep(v, into);
    }
  }
  return into;
}

const viewers = {} as Record<'classmate' | 'counsellor' | 'instructor' | 'otherCounsellor' | 'otherInstructor' | 'unassigned' | 'admin', Viewer>;

beforeAll(() => {
  const db = getDb();
  const s10 = makeSection();
  const s20 = makeSection();
  f.section = s10;
  const owner = makeUser('student', { name: 'Aroha Ngata' });
  f.owner = owner;
  viewers.classmate = makeUser('student');
  viewers.counsellor = makeUser('counsellor');
  viewers.instructor = makeUser('instructor');
  viewers.otherCounsellor = makeUser('counsellor');
  viewers.otherInstructor = makeUser('instructor');
  viewers.unassigned = makeUser('counsellor');
  viewers.admin = makeUser('admin');
  addMember(s10, owner.id, 'student');
  addMember(s10, viewers.classmate.id, 'student');
  addMember(s10, viewers.counsellor.id, 'counsellor');
  addMember(s10, viewers.instructor.id, 'instructor');
  addMember(s20, viewers.otherCounsellor.id, 'counsellor');
  addMember(s20, viewers.otherInstructor.id, 'instructor');

  f.occupation = insertOccupation(db, owner, { title: 'Medical laboratory technologist', whyInterested: null, researchNotes: 'Shift work', sources: null, status: 'exploring' });
  f.unknown = insertUnknown(db, owner, f.occupation, 'Are nights compulsory?');
  f.referrer = insertContact(db, owner, { name: 'Jo Referrer', howFound: 'friend', phone: '604 555 0199', email: 'jo@example.org' });
  f.contact = insertContact(db, owner, {
    name: 'Dana Li',
    jobTitle: 'Technologist',
    organisation: 'Surrey Memorial Hospital',
    phone: PHONE,
    email: EMAIL,
    notes: 'Prefers mornings.',
    occupationId: f.occupation,
    howFound: 'referral',
    referredByContactId: f.referrer,
  });
  f.neverReached = insertContact(db, owner, { name: 'Sam Never', howFound: 'neighbour', phone: '604 555 0111', email: 'sam@example.org' });
  insertAttempt(db, owner, f.contact, { attemptedAt: new Date(NOW.getTime() - 5 * DAY), channel: 'email', outcome: 'awaiting-reply', notes: null });
  // Agreed and not yet interviewed: a contact in progress.
  insertAttempt(db, owner, f.referrer, { attemptedAt: new Date(NOW.getTime() - 6 * DAY), channel: 'phone', outcome: 'agreed', notes: null });
  f.script = insertScript(db, owner, f.contact, { kind: 'phone', title: 'Call Dana', body: 'Hello, my name is Aroha…' });
  // A phone interview: its location is the contact's own number, as students write it.
  f.interview = insertInterview(db, owner, {
    contactId: f.contact,
    occupationId: f.occupation,
    status: 'scheduled',
    startsAt: new Date(NOW.getTime() - 2 * DAY),
    durationMinutes: 30,
    mode: 'phone',
    location: PHONE,
    calendarUid: crypto.randomUUID(),
  });
  updateInterview(db, owner, f.interview, { status: 'completed', completedAt: new Date(NOW.getTime() - 2 * DAY), generalNotes: 'Loves the lab.' }, NOW);
  appendPlanQuestions(db, owner, f.interview, [{ questionId: insertOwnInterviewQuestion(db, owner, 'What surprised you?'), text: 'What surprised you?' }]);
  const [planned] = listPlanQuestionsForViewer(owner, f.interview);
  savePlanQuestionNotes(db, owner, f.interview, planned.id, 'The night shifts', true);
  const [q1, q2] = listDefaultReflectionQuestions();
  f.reflection = ensurePersonalReflection(db, owner, f.interview, NOW);
  saveAnswers(db, owner, f.reflection, 0, [{ questionId: q1.id, text: 'Yes, the lab suits me.' }], NOW);
  f.assignment = makeAssignment(s10, [q1.id, q2.id]);
  f.submission = ensureAssignmentSubmission(db, owner, f.assignment, s10, NOW);
  saveAnswers(db, owner, f.submission, 0, [{ questionId: q1.id, text: 'Yes.' }, { questionId: q2.id, text: 'Shifts.' }], NOW, f.interview);
  submitAnswers(db, owner, f.submission, 1, { interviewId: f.interview, answers: [{ questionId: q1.id, question: q1.text, answer: 'Yes.' }, { questionId: q2.id, question: q2.text, answer: 'Shifts.' }], late: false }, NOW);
  insertSubmissionComment(db, viewers.counsellor, { submissionId: f.submission, versionId: null, questionId: q1.id, body: 'Say more about why.' }, NOW);
  insertContact(db, owner, { name: 'Lee Referred', howFound: 'referral', referredByContactId: f.contact, referredInInterviewId: f.interview, phone: '604 555 0123', email: 'lee@example.org' });
  const target = { assignmentId: f.assignment, studentId: owner.id, sectionId: s10, submissionId: f.submission };
  writeGrade(db, viewers.instructor, target, 0, { points: 8, latePenaltyPercent: 0, overridePoints: null, overrideReason: null, finalPoints: 8, feedback: 'Good.', criteria: [] }, NOW);
  releaseGrades(db, viewers.instructor, { id: f.assignment, sectionId: s10 }, [owner.id], NOW);
});

describe.each(READS)('%s', (_name, read) => {
  it('gives the student their own, and the same to the counsellor and the instructor of their section', () => {
    const own = received(read(f.owner));
    expect(own.length).toBeGreaterThan(0);
    expect(received(read(viewers.counsellor))).toHaveLength(own.length);
    expect(received(read(viewers.instructor))).toHaveLength(own.length);
  });

  it('gives nothing to a classmate, to staff of another section or of none, or to an admin', () => {
    for (const who of ['classmate', 'otherCounsellor', 'otherInstructor', 'unassigned', 'admin'] as const) {
      expect(received(read(viewers[who])), who).toEqual([]);
    }
  });

  it('never hands staff a contact’s phone or e-mail, under any key', () => {
    for (const who of ['counsellor', 'instructor'] as const) {
      const result = read(viewers[who]);
      const keys = keysDeep(result);
      expect(keys.has('phone'), who).toBe(false);
      expect(keys.has('email'), who).toBe(false);
      const text = JSON.stringify(result ?? null);
      expect(text, who).not.toContain(PHONE);
      expect(text, who).not.toContain(EMAIL);
    }
  });
});

describe.each(STAFF_READS)('%s (staff only)', (_name, read) => {
  it('gives the counsellor and the instructor of the section the same', () => {
    const counsellor = received(read(viewers.counsellor));
    expect(counsellor.length).toBeGreaterThan(0);
    expect(received(read(viewers.instructor))).toHaveLength(counsellor.length);
  });

  it('gives nothing to the student, a classmate, staff of another section or of none, or an admin', () => {
    for (const who of ['classmate', 'otherCounsellor', 'otherInstructor', 'unassigned', 'admin'] as const) {
      expect(received(read(viewers[who])), who).toEqual([]);
    }
    expect(received(read(f.owner)), 'owner').toEqual([]);
  });

  it('never hands staff a contact’s phone or e-mail, under any key', () => {
    for (const who of ['counsellor', 'instructor'] as const) {
      const result = read(viewers[who]);
      expect(keysDeep(result).has('phone'), who).toBe(false);
      expect(keysDeep(result).has('email'), who).toBe(false);
      const text = JSON.stringify(result ?? null);
      expect(text, who).not.toContain(PHONE);
      expect(text, who).not.toContain(EMAIL);
    }
  });
});

describe('the column sets differ by audience', () => {
  it('the student receives their contact’s phone and e-mail and the interview’s location; staff receive neither', () => {
    const mine = findContactForViewer(f.owner, f.contact)!;
    expect([mine.phone, mine.email, mine.notes]).toEqual([PHONE, EMAIL, 'Prefers mornings.']);
    expect(findInterviewForViewer(f.owner, f.interview)?.location).toBe(PHONE);
    expect(JSON.stringify(exportAllForViewer(f.owner, f.owner.id))).toContain(EMAIL);
    const staffContact = findContactForViewer(viewers.counsellor, f.contact)!;
    expect(Object.keys(staffContact)).not.toEqual(expect.arrayContaining(['notes']));
    expect(staffContact).toMatchObject({ name: 'Dana Li', jobTitle: 'Technologist', organisation: 'Surrey Memorial Hospital', referredBy: { name: 'Jo Referrer' }, occupationTitle: 'Medical laboratory technologist' });
    expect(Object.keys(findInterviewForViewer(viewers.instructor, f.interview)!)).not.toContain('location');
  });

  it('lists are of the one student asked for', () => {
    expect(listContactsForViewer(viewers.counsellor, viewers.classmate.id).items).toEqual([]);
    expect(listContactsForViewer(f.owner, viewers.classmate.id).items).toEqual([]);
    expect(listContactsForViewer(viewers.counsellor, f.owner.id).total).toBe(4);
  });
});

describe('writes stay the student’s alone', () => {
  it('the staff of the section, who may read, change nothing', () => {
    const db = getDb();
    for (const who of ['counsellor', 'instructor'] as const) {
      const v = viewers[who];
      expect(updateOwnContact(db, v, f.contact, { name: 'Changed', howFound: 'other' }, NOW, 1)).toEqual({ ok: false });
      expect(deleteOwnContact(db, v, f.contact)).toBe(false);
      expect(updateOccupation(db, v, f.occupation, { title: 'Changed', whyInterested: null, researchNotes: null, sources: null, status: 'chosen' }, 1)).toEqual({ ok: false });
      expect(deleteOccupation(db, v, f.occupation)).toBe(false);
      expect(updateOwnScript(db, v, f.script, { kind: 'email', title: 'Changed', body: 'x' }, NOW, 1)).toEqual({ ok: false });
      expect(deleteOwnScript(db, v, f.script)).toBe(false);
      updateInterview(db, v, f.interview, { generalNotes: 'Changed' }, NOW);
      deleteOwnInterview(db, v, f.interview);
    }
    expect(findContactForViewer(f.owner, f.contact)?.name).toBe('Dana Li');
    expect(findOccupationForViewer(f.owner, f.occupation)?.status).toBe('exploring');
    expect(findScriptForViewer(f.owner, f.contact, f.script)?.title).toBe('Call Dana');
    expect(findInterviewForViewer(f.owner, f.interview)?.generalNotes).toBe('Loves the lab.');
  });
});

describe('the table', () => {
  it('holds every …ForViewer read in db/queries', () => {
    const dir = path.dirname(new URL(import.meta.url).pathname);
    const declared = fs
      .readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) => [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/export function (\w+ForViewer)\b/g)].map((m) => m[1]));
    const covered = new Set([...READS.map(([name]) => name), ...STAFF_READS.map(([name]) => name), ...NOT_STUDENT_RECORDS]);
    expect([...new Set(declared)].filter((name) => !covered.has(name))).toEqual([]);
  });
});
