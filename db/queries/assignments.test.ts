import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { eq } from 'drizzle-orm';
import { submissions } from '../schema';
import { addMember, makeAssignment, makeSection, makeUser } from '../testing/factories';
import {
  findAssignmentForViewer,
  findExtensionForViewer,
  insertAssignment,
  listAssignmentStudentsForViewer,
  listAssignmentsNeedingActionForViewer,
  listSectionAssignmentsForViewer,
  listStudentAssignmentsForViewer,
  publishAssignment,
  updateAssignment,
  upsertExtension,
} from './assignments';
import { listDefaultReflectionQuestions } from './questions';
import { ensureAssignmentSubmission, saveAnswers } from './submissions';
import type { Viewer } from './users';

const NOW = new Date('2026-11-20T18:00:00Z');
const f = {} as { s10: number; published: number; draft: number; student: Viewer; classmate: Viewer; counsellor: Viewer; other: Viewer; outsider: Viewer; admin: Viewer; q: number[] };

beforeAll(() => {
  f.s10 = makeSection();
  const s20 = makeSection();
  f.student = makeUser('student');
  f.classmate = makeUser('student');
  f.counsellor = makeUser('counsellor');
  f.other = makeUser('instructor');
  f.outsider = makeUser('student');
  f.admin = makeUser('admin');
  addMember(f.s10, f.student.id, 'student');
  addMember(f.s10, f.classmate.id, 'student');
  addMember(f.s10, f.counsellor.id, 'counsellor');
  addMember(s20, f.other.id, 'instructor');
  addMember(s20, f.outsider.id, 'student');
  f.q = listDefaultReflectionQuestions().map((q) => q.id);
  f.published = makeAssignment(f.s10, [f.q[0], f.q[1]], { dueAt: new Date(NOW.getTime() + 86_400_000) });
  f.draft = makeAssignment(f.s10, [f.q[0]], { status: 'draft' });
});

describe('who sees an assignment', () => {
  it('the section’s staff see drafts and published ones; its students only the published; anyone else nothing', () => {
    expect(findAssignmentForViewer(f.counsellor, f.draft)?.id).toBe(f.draft);
    expect(findAssignmentForViewer(f.student, f.published)?.questions.map((q) => q.questionId)).toEqual([f.q[0], f.q[1]]);
    expect(findAssignmentForViewer(f.student, f.draft)).toBeNull();
    for (const v of [f.other, f.outsider, f.admin]) {
      expect(findAssignmentForViewer(v, f.published)).toBeNull();
      expect(listSectionAssignmentsForViewer(v, f.s10).items).toEqual([]);
      expect(listAssignmentStudentsForViewer(v, f.published).items).toEqual([]);
      expect(findExtensionForViewer(v, f.published, f.student.id)).toBeNull();
    }
    expect(listSectionAssignmentsForViewer(f.student, f.s10).items).toEqual([]);
    expect(listSectionAssignmentsForViewer(f.counsellor, f.s10).total).toBe(2);
    expect(listStudentAssignmentsForViewer(f.student).items.map((a) => a.id)).toEqual([f.published]);
    expect(listStudentAssignmentsForViewer(f.outsider).items).toEqual([]);
    expect(listStudentAssignmentsForViewer(f.counsellor).items).toEqual([]);
    expect(listAssignmentsNeedingActionForViewer(f.student, NOW).map((a) => a.id)).toEqual([f.published]);
    expect(listAssignmentStudentsForViewer(f.counsellor, f.published).items.map((s) => s.studentId).sort()).toEqual([f.student.id, f.classmate.id].sort());
  });

  it('a section’s assignments count their own questions and their own work waiting and reviewed', () => {
    const db = getDb();
    const id = makeAssignment(f.s10, [f.q[0], f.q[1], f.q[2]]);
    const waiting = ensureAssignmentSubmission(db, f.student, id, f.s10, NOW);
    const reviewed = ensureAssignmentSubmission(db, f.classmate, id, f.s10, NOW);
    db.update(submissions).set({ status: 'submitted' }).where(eq(submissions.id, waiting)).run();
    db.update(submissions).set({ status: 'reviewed' }).where(eq(submissions.id, reviewed)).run();
    const rows = listSectionAssignmentsForViewer(f.counsellor, f.s10).items;
    expect(rows.find((a) => a.id === id)).toMatchObject({ questionCount: 3, awaitingReview: 1, reviewed: 1 });
    expect(rows.find((a) => a.id === f.published)).toMatchObject({ questionCount: 2, awaitingReview: 0, reviewed: 0 });
  });

  it('a student sees only their own extension', () => {
    const id = makeAssignment(f.s10, [f.q[0]]);
    upsertExtension(getDb(), f.counsellor, id, f.student.id, { dueAt: new Date('2027-01-10T00:00:00Z'), reason: 'Illness' }, NOW);
    expect(findAssignmentForViewer(f.student, id)?.extension?.reason).toBe('Illness');
    expect(findAssignmentForViewer(f.classmate, id)?.extension).toBeNull();
    expect(findExtensionForViewer(f.counsellor, id, f.outsider.id)).toBeNull();
    expect(() => upsertExtension(getDb(), f.other, id, f.student.id, { dueAt: NOW, reason: 'x' }, NOW)).toThrow();
  });
});

describe('writes', () => {
  const values = { title: 'T', instructions: null, dueAt: NOW, closesAt: null, requiresInterview: false, pointsPossible: null, resubmissionsAllowed: 1 };

  it('only the section’s staff create; an edit from a stale version is refused and writes nothing', () => {
    expect(() => insertAssignment(getDb(), f.other, f.s10, values, [f.q[0]], NOW)).toThrow();
    const id = insertAssignment(getDb(), f.counsellor, f.s10, values, [f.q[0], f.q[2]], NOW);
    expect(updateAssignment(getDb(), f.counsellor, id, 1, { ...values, title: 'New' }, [f.q[2], f.q[0]], NOW)).toEqual({ status: 'saved', version: 2 });
    expect(updateAssignment(getDb(), f.counsellor, id, 1, { ...values, title: 'Stale' }, [f.q[0]], NOW)).toEqual({ status: 'conflict', version: 2 });
    const now = findAssignmentForViewer(f.counsellor, id)!;
    expect([now.title, now.questions.map((q) => q.questionId)]).toEqual(['New', [f.q[2], f.q[0]]]);
    expect(() => updateAssignment(getDb(), f.other, id, 2, values, [f.q[0]], NOW)).toThrow();
  });

  it('removing a question a student has answered is refused; an unanswered one may go', () => {
    const id = insertAssignment(getDb(), f.counsellor, f.s10, values, [f.q[0], f.q[1], f.q[2]], NOW);
    expect(publishAssignment(getDb(), f.counsellor, id, 1, NOW)).toEqual({ status: 'published' });
    const sub = ensureAssignmentSubmission(getDb(), f.student, id, f.s10, NOW);
    saveAnswers(getDb(), f.student, sub, 0, [{ questionId: f.q[0], text: 'Written.' }, { questionId: f.q[1], text: '   ' }], NOW);
    expect(updateAssignment(getDb(), f.counsellor, id, 2, values, [f.q[1]], NOW)).toEqual({ status: 'answered-questions-removed', questionIds: [f.q[0]] });
    expect(findAssignmentForViewer(f.counsellor, id)?.questions).toHaveLength(3);
    expect(updateAssignment(getDb(), f.counsellor, id, 2, values, [f.q[0]], NOW)).toEqual({ status: 'saved', version: 3 });
  });
});
