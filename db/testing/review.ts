import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { contacts, interviews } from '../schema';
import { insertContact } from '../queries/contacts';
import { insertInterview, updateInterview } from '../queries/interviews';
import { listDefaultReflectionQuestions } from '../queries/questions';
import { ensureAssignmentSubmission, findSubmissionForViewer, questionTexts, saveAnswers, submitAnswers } from '../queries/submissions';
import type { Viewer } from '../queries/users';
import { addMember, makeAssignment, makeSection, makeUser } from './factories';

/** A section with a student, a counsellor and an instructor, and a published assignment of two default questions. */
export function reviewSetting(opts: { dueAt?: Date } = {}) {
  const sectionId = makeSection();
  const student = makeUser('student');
  const counsellor = makeUser('counsellor');
  const instructor = makeUser('instructor');
  addMember(sectionId, student.id, 'student');
  addMember(sectionId, counsellor.id, 'counsellor');
  addMember(sectionId, instructor.id, 'instructor');
  const [q1, q2] = listDefaultReflectionQuestions().map((q) => q.id);
  const assignmentId = makeAssignment(sectionId, [q1, q2], opts.dueAt ? { dueAt: opts.dueAt } : {});
  return { sectionId, student, counsellor, instructor, q1, q2, assignmentId };
}

/** Another student in the section. */
export function enrol(sectionId: number, name?: string): Viewer {
  const s = makeUser('student', name ? { name } : {});
  addMember(sectionId, s.id, 'student');
  return s;
}

/**
 * The student writes these answers and submits (or, after a return, resubmits) through the data
 * layer, as the answer page does. Returns the submission's id and its version after the submit.
 */
export function submitWork(student: Viewer, assignmentId: number, sectionId: number, answers: Record<number, string>, at: Date, interviewId: number | null = null): { submissionId: number; version: number } {
  const db = getDb();
  return db.transaction((tx) => {
    const submissionId = ensureAssignmentSubmission(tx, student, assignmentId, sectionId, at);
    const current = findSubmissionForViewer(student, submissionId)!;
    const saved = saveAnswers(tx, student, submissionId, current.version, Object.entries(answers).map(([q, text]) => ({ questionId: Number(q), text })), at, interviewId);
    if (saved.status !== 'saved') throw new Error(`submitWork: save ${saved.status}`);
    const texts = questionTexts(tx, Object.keys(answers).map(Number));
    const result = submitAnswers(
      tx,
      student,
      submissionId,
      saved.version,
      { interviewId, late: false, answers: Object.entries(answers).map(([q, answer]) => ({ questionId: Number(q), question: texts.get(Number(q)) ?? '', answer })) },
      at,
    );
    if (result.status !== 'submitted') throw new Error(`submitWork: submit ${result.status}`);
    return { submissionId, version: result.version };
  });
}

/** A completed interview of the student's, with a contact that has a phone and an e-mail. */
export function completedInterviewOf(student: Viewer, at: Date): number {
  const db = getDb();
  const contactId = insertContact(db, student, { name: 'Dana Li', howFound: 'friend', phone: '604 555 0199', email: 'dana@example.test' });
  const id = insertInterview(db, student, { contactId, occupationId: null, status: 'scheduled', startsAt: at, durationMinutes: 30, mode: 'phone', location: null, calendarUid: crypto.randomUUID() });
  updateInterview(db, student, id, { status: 'completed', completedAt: at }, at);
  // Made "at" that time too, so figures such as the last activity do not depend on the clock.
  db.update(contacts).set({ createdAt: at }).where(eq(contacts.id, contactId)).run();
  db.update(interviews).set({ createdAt: at }).where(eq(interviews.id, id)).run();
  return id;
}
