import { describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { addMember, makeAssignment, makeSection, makeUser } from '../testing/factories';
import type { Viewer } from './users';
import { insertContact } from './contacts';
import { insertInterview } from './interviews';
import { listDefaultReflectionQuestions } from './questions';
import {
  decideSubmission,
  ensureAssignmentSubmission,
  ensurePersonalReflection,
  findAssignmentSubmissionForViewer,
  findEarlierAnswers,
  findPersonalReflectionForViewer,
  findSubmissionForViewer,
  insertSubmissionComment,
  listDraftAnswersForViewer,
  listSubmissionCommentsForViewer,
  listSubmissionVersionsForViewer,
  saveAnswers,
  submitAnswers,
} from './submissions';

const NOW = new Date('2026-12-01T10:00:00Z');
const later = (min: number) => new Date(NOW.getTime() + min * 60_000);

function setting() {
  const sectionId = makeSection();
  const student = makeUser('student');
  const counsellor = makeUser('counsellor');
  const instructor = makeUser('instructor');
  addMember(sectionId, student.id, 'student');
  addMember(sectionId, counsellor.id, 'counsellor');
  addMember(sectionId, instructor.id, 'instructor');
  const [q1, q2] = listDefaultReflectionQuestions().map((q) => q.id);
  const assignmentId = makeAssignment(sectionId, [q1, q2]);
  const submissionId = getDb().transaction((tx) => ensureAssignmentSubmission(tx, student, assignmentId, sectionId, NOW));
  return { sectionId, student, counsellor, instructor, q1, q2, assignmentId, submissionId };
}

function interviewOf(owner: Viewer): number {
  const contactId = insertContact(getDb(), owner, { name: 'Dana Li', howFound: 'friend' });
  return insertInterview(getDb(), owner, { contactId, occupationId: null, status: 'scheduled', startsAt: NOW, durationMinutes: 30, mode: 'phone', location: null, calendarUid: crypto.randomUUID() });
}

const snapshot = (answers: Array<[number, string]>) => ({ interviewId: null, late: false, answers: answers.map(([questionId, answer]) => ({ questionId, question: `Q${questionId}`, answer })) });

describe('draft saves carry the version they were loaded from', () => {
  it('a second tab’s save is refused with the stored text, and nothing is overwritten', () => {
    const { student, q1, q2, submissionId } = setting();
    const db = getDb();
    const tabA = saveAnswers(db, student, submissionId, 0, [{ questionId: q1, text: 'From tab A' }], NOW);
    expect(tabA).toMatchObject({ status: 'saved', version: 1 });
    const tabB = saveAnswers(db, student, submissionId, 0, [{ questionId: q1, text: 'From tab B' }, { questionId: q2, text: 'B too' }], later(1));
    expect(tabB).toEqual({ status: 'conflict', version: 1, answers: { [q1]: 'From tab A' } });
    expect(listDraftAnswersForViewer(student, submissionId)).toEqual({ [q1]: 'From tab A' });
    // Tab A goes on from its new version.
    expect(saveAnswers(db, student, submissionId, 1, [{ questionId: q2, text: 'Second answer' }], later(2))).toMatchObject({ status: 'saved', version: 2 });
    expect(listDraftAnswersForViewer(student, submissionId)).toEqual({ [q1]: 'From tab A', [q2]: 'Second answer' });
  });

  it('a personal reflection is made once; two tabs that both started from nothing cannot both win', () => {
    const student = makeUser('student');
    const interviewId = interviewOf(student);
    const [q1] = listDefaultReflectionQuestions().map((q) => q.id);
    const save = (text: string) =>
      getDb().transaction((tx) => saveAnswers(tx, student, ensurePersonalReflection(tx, student, interviewId, NOW), 0, [{ questionId: q1, text }], NOW));
    expect(save('first').status).toBe('saved');
    expect(save('second').status).toBe('conflict');
    expect(findPersonalReflectionForViewer(student, interviewId)?.answers).toEqual({ [q1]: 'first' });
  });
});

describe('submitting', () => {
  it('freezes a version; a double click makes one submission; typing is locked until it is returned', () => {
    const { student, counsellor, q1, q2, submissionId } = setting();
    const db = getDb();
    saveAnswers(db, student, submissionId, 0, [{ questionId: q1, text: 'One' }, { questionId: q2, text: 'Two' }], NOW);
    const first = submitAnswers(db, student, submissionId, 1, snapshot([[q1, 'One'], [q2, 'Two']]), later(1));
    expect(first).toEqual({ status: 'submitted', number: 1, newStatus: 'submitted', version: 2 });
    expect(submitAnswers(db, student, submissionId, 1, snapshot([[q1, 'One'], [q2, 'Two']]), later(1))).toEqual({ status: 'already-submitted', number: 1 });
    expect(listSubmissionVersionsForViewer(counsellor, submissionId)).toHaveLength(1);
    expect(saveAnswers(db, student, submissionId, 2, [{ questionId: q1, text: 'Edited after submit' }], later(2))).toEqual({ status: 'locked', submissionStatus: 'submitted' });

    const header = findSubmissionForViewer(student, submissionId)!;
    expect(header).toMatchObject({ status: 'submitted', attempt: 1, submittedAt: later(1), firstSubmittedAt: later(1) });
  });

  it('return, revise and resubmit: each submit is a version with the decision on the one before', () => {
    const { student, counsellor, q1, q2, submissionId } = setting();
    const db = getDb();
    saveAnswers(db, student, submissionId, 0, [{ questionId: q1, text: 'One' }, { questionId: q2, text: 'Two' }], NOW);
    submitAnswers(db, student, submissionId, 1, snapshot([[q1, 'One'], [q2, 'Two']]), later(1));
    // Only a submitted submission can be decided, and only from the version the reviewer read.
    expect(decideSubmission(db, counsellor, submissionId, 1, 'return', later(2))).toEqual({ status: 'conflict', version: 2 });
    expect(decideSubmission(db, counsellor, submissionId, 2, 'return', later(2))).toEqual({ status: 'decided', newStatus: 'returned' });
    expect(decideSubmission(db, counsellor, submissionId, 3, 'review', later(2))).toEqual({ status: 'not-allowed', current: 'returned' });
    const [v1] = listSubmissionVersionsForViewer(student, submissionId);
    insertSubmissionComment(db, counsellor, { submissionId, versionId: v1.id, questionId: q2, body: 'Say more about the pay.' }, later(2));
    expect(listSubmissionCommentsForViewer(student, submissionId).map((c) => [c.questionId, c.body, c.authorName])).toEqual([[q2, 'Say more about the pay.', counsellor.name]]);

    expect(saveAnswers(db, student, submissionId, 3, [{ questionId: q2, text: 'Two, and the pay is fair.' }], later(3))).toMatchObject({ status: 'saved', version: 4 });
    expect(submitAnswers(db, student, submissionId, 4, snapshot([[q1, 'One'], [q2, 'Two, and the pay is fair.']]), later(4))).toMatchObject({ status: 'submitted', number: 2, newStatus: 'resubmitted' });
    expect(decideSubmission(db, counsellor, submissionId, 5, 'review', later(5))).toEqual({ status: 'decided', newStatus: 'reviewed' });
    const versions = listSubmissionVersionsForViewer(counsellor, submissionId);
    expect(versions.map((v) => [v.number, v.decision, v.answers[1].answer])).toEqual([
      [1, 'returned', 'Two'],
      [2, 'reviewed', 'Two, and the pay is fair.'],
    ]);
  });
});

describe('who sees a submission', () => {
  it('the student and their section’s staff; nobody else; staff never read a draft being typed', () => {
    const { student, counsellor, instructor, q1, submissionId, assignmentId } = setting();
    saveAnswers(getDb(), student, submissionId, 0, [{ questionId: q1, text: 'Draft' }], NOW);
    const outsiders = [makeUser('student'), makeUser('counsellor'), makeUser('instructor'), makeUser('admin')];
    const otherSection = makeSection();
    addMember(otherSection, outsiders[1].id, 'counsellor');
    addMember(otherSection, outsiders[2].id, 'instructor');

    for (const staff of [counsellor, instructor]) {
      expect(findSubmissionForViewer(staff, submissionId)?.id).toBe(submissionId);
      expect(findAssignmentSubmissionForViewer(staff, assignmentId, student.id)?.id).toBe(submissionId);
      expect(listDraftAnswersForViewer(staff, submissionId)).toEqual({});
    }
    expect(listDraftAnswersForViewer(student, submissionId)).toEqual({ [q1]: 'Draft' });
    for (const outsider of outsiders) {
      expect(findSubmissionForViewer(outsider, submissionId)).toBeNull();
      expect(findAssignmentSubmissionForViewer(outsider, assignmentId, student.id)).toBeNull();
      expect(listSubmissionVersionsForViewer(outsider, submissionId)).toEqual([]);
      expect(listSubmissionCommentsForViewer(outsider, submissionId)).toEqual([]);
      expect(listDraftAnswersForViewer(outsider, submissionId)).toEqual({});
    }
  });

  it('a personal reflection is read by the student’s section staff, written only by the student', () => {
    const sectionId = makeSection();
    const student = makeUser('student');
    const counsellor = makeUser('counsellor');
    addMember(sectionId, student.id, 'student');
    addMember(sectionId, counsellor.id, 'counsellor');
    const interviewId = interviewOf(student);
    const [q1] = listDefaultReflectionQuestions().map((q) => q.id);
    const id = getDb().transaction((tx) => ensurePersonalReflection(tx, student, interviewId, NOW));
    saveAnswers(getDb(), student, id, 0, [{ questionId: q1, text: 'Mine' }], NOW);
    expect(findPersonalReflectionForViewer(counsellor, interviewId)?.answers).toEqual({ [q1]: 'Mine' });
    expect(findPersonalReflectionForViewer(makeUser('counsellor'), interviewId)).toBeNull();
    expect(() => saveAnswers(getDb(), counsellor, id, 1, [{ questionId: q1, text: 'Not theirs' }], NOW)).toThrow();
    expect(findPersonalReflectionForViewer(student, interviewId)?.answers).toEqual({ [q1]: 'Mine' });
  });
});

describe('earlier answers about the same interview', () => {
  it('pre-fill the same question, latest first, and only for the student', () => {
    const { student, sectionId, q1, q2 } = setting();
    const interviewId = interviewOf(student);
    const personal = getDb().transaction((tx) => ensurePersonalReflection(tx, student, interviewId, NOW));
    saveAnswers(getDb(), student, personal, 0, [{ questionId: q1, text: 'Older answer' }, { questionId: q2, text: '  ' }], NOW);
    const other = makeAssignment(sectionId, [q1]);
    const sub = getDb().transaction((tx) => ensureAssignmentSubmission(tx, student, other, sectionId, NOW));
    saveAnswers(getDb(), student, sub, 0, [{ questionId: q1, text: 'Newer answer' }], later(5), interviewId);
    expect(findEarlierAnswers(student, interviewId, [q1, q2])).toEqual({ [q1]: 'Newer answer' });
    expect(findEarlierAnswers(makeUser('student'), interviewId, [q1])).toEqual({});
    expect(findEarlierAnswers(makeUser('counsellor'), interviewId, [q1])).toEqual({});
  });
});
