import { eq, is, Placeholder } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, getSqlite } from '../client';
import { assignments, submissions, users } from '../schema';
import { addMember, makeAssignment, makeSection, makeUser } from '../testing/factories';
import { enrol, reviewSetting, submitWork } from '../testing/review';
import { countReviewQueueForViewer, countReviewQueueLive, findLatestVersion, findQueueNeighboursForViewer, findReviewSubmissionForViewer, listReviewAssignmentOptions, listReviewQueueForViewer, listReviewSectionOptions, reviewQueuePageQuery } from './review';
import { decideSubmission, ensureAssignmentSubmission, saveAnswers } from './submissions';
import { PAGE_SIZE } from './pagination';

const T0 = new Date('2026-11-20T10:00:00Z');
const at = (min: number) => new Date(T0.getTime() + min * 60_000);

describe('the review queue', () => {
  it('holds submitted and resubmitted work of the viewer’s sections, oldest first, with counts', () => {
    const { sectionId, student, counsellor, q1, q2, assignmentId } = reviewSetting();
    const b = enrol(sectionId, 'Bea');
    const c = enrol(sectionId, 'Cal');
    const d = enrol(sectionId, 'Dee');
    // Submitted in this order: c, student, b. d only has a draft.
    const sc = submitWork(c, assignmentId, sectionId, { [q1]: 'C1', [q2]: 'C2' }, at(1));
    const ss = submitWork(student, assignmentId, sectionId, { [q1]: 'S1', [q2]: 'S2' }, at(2));
    const sb = submitWork(b, assignmentId, sectionId, { [q1]: 'B1', [q2]: 'B2' }, at(3));
    getDb().transaction((tx) => saveAnswers(tx, d, ensureAssignmentSubmission(tx, d, assignmentId, sectionId, at(4)), 0, [{ questionId: q1, text: 'Draft' }], at(4)));
    // The student's work is returned and resubmitted later: it moves to the back as "resubmitted".
    decideSubmission(getDb(), counsellor, ss.submissionId, ss.version, 'return', at(5));
    submitWork(student, assignmentId, sectionId, { [q1]: 'S1 again', [q2]: 'S2' }, at(6));
    // The first is marked reviewed: it leaves the queue.
    decideSubmission(getDb(), counsellor, sc.submissionId, sc.version, 'review', at(7));

    const queue = listReviewQueueForViewer(counsellor);
    expect(queue.items.map((i) => [i.studentName, i.status, i.attempt])).toEqual([
      ['Bea', 'submitted', 1],
      [student.name, 'resubmitted', 2],
    ]);
    expect(queue.items[0]).toMatchObject({ id: sb.submissionId, assignmentId, sectionId, submittedAt: at(3), late: false });
    expect(queue.total).toBe(2);
    expect(countReviewQueueForViewer(counsellor)).toEqual({ submitted: 1, resubmitted: 1, total: 2 });
    expect(listReviewQueueForViewer(counsellor, { status: 'resubmitted' }).items.map((i) => i.studentName)).toEqual([student.name]);
    // The status filter does not change the counts beside it.
    expect(countReviewQueueForViewer(counsellor, { status: 'resubmitted' })).toEqual({ submitted: 1, resubmitted: 1, total: 2 });
  });

  it('filters by section and by assignment, and pages', () => {
    const { sectionId, counsellor, q1, assignmentId } = reviewSetting();
    const other = makeSection();
    addMember(other, counsellor.id, 'counsellor');
    const otherAssignment = makeAssignment(other, [q1]);
    const second = makeAssignment(sectionId, [q1], { title: 'Second' });
    for (let i = 0; i < PAGE_SIZE + 2; i++) submitWork(enrol(sectionId), assignmentId, sectionId, { [q1]: `A${i}` }, at(10 + i));
    submitWork(enrol(sectionId), second, sectionId, { [q1]: 'second' }, at(1));
    const elsewhere = enrol(other);
    submitWork(elsewhere, otherAssignment, other, { [q1]: 'other' }, at(0));

    const all = listReviewQueueForViewer(counsellor);
    expect(all.total).toBe(PAGE_SIZE + 4);
    expect(all.items).toHaveLength(PAGE_SIZE);
    expect(all.items[0].studentName).toBe(elsewhere.name);
    const page2 = listReviewQueueForViewer(counsellor, { page: 2 });
    expect(page2.items).toHaveLength(4);
    expect(new Set([...all.items, ...page2.items].map((i) => i.id)).size).toBe(PAGE_SIZE + 4);
    const times = [...all.items, ...page2.items].map((i) => i.submittedAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));

    expect(listReviewQueueForViewer(counsellor, { sectionId: other }).items.map((i) => i.studentName)).toEqual([elsewhere.name]);
    expect(listReviewQueueForViewer(counsellor, { assignmentId: second }).total).toBe(1);
    expect(listReviewQueueForViewer(counsellor, { sectionId, assignmentId }).total).toBe(PAGE_SIZE + 2);
    // An assignment of another section under a section filter: nothing.
    expect(listReviewQueueForViewer(counsellor, { sectionId, assignmentId: otherAssignment }).total).toBe(0);
    expect(countReviewQueueForViewer(counsellor, { sectionId: other })).toEqual({ submitted: 1, resubmitted: 0, total: 1 });

    expect(listReviewSectionOptions(counsellor).map((s) => s.id).sort()).toEqual([sectionId, other].sort());
    expect(listReviewAssignmentOptions(counsellor, sectionId).map((a) => a.id).sort()).toEqual([assignmentId, second].sort());
    expect(listReviewAssignmentOptions(counsellor).map((a) => a.id)).toContain(otherAssignment);
  });

  it('shows nothing to staff of another section, students or admins, whatever the filters ask', () => {
    const { sectionId, student, instructor, q1, assignmentId } = reviewSetting();
    const { submissionId } = submitWork(student, assignmentId, sectionId, { [q1]: 'Mine' }, at(1));
    const otherCounsellor = makeUser('counsellor');
    addMember(makeSection(), otherCounsellor.id, 'counsellor');
    for (const outsider of [otherCounsellor, makeUser('instructor'), student, makeUser('admin')]) {
      expect(listReviewQueueForViewer(outsider).total).toBe(0);
      expect(listReviewQueueForViewer(outsider, { sectionId, assignmentId }).total).toBe(0);
      expect(countReviewQueueForViewer(outsider, { sectionId })).toEqual({ submitted: 0, resubmitted: 0, total: 0 });
      expect(findReviewSubmissionForViewer(outsider, submissionId)).toBeNull();
      expect(listReviewSectionOptions(outsider).map((s) => s.id)).not.toContain(sectionId);
      expect(listReviewAssignmentOptions(outsider, sectionId)).toEqual([]);
      expect(findQueueNeighboursForViewer(outsider, { id: submissionId, submittedAt: at(1), status: 'submitted' }, { sectionId }).total).toBe(0);
    }
    // The section's instructor sees it too (they staff it).
    expect(findReviewSubmissionForViewer(instructor, submissionId)?.id).toBe(submissionId);
  });

  it('the review read: only submitted assignment work, with what the page shows beside it', () => {
    const { sectionId, student, counsellor, q1, assignmentId } = reviewSetting();
    const draft = getDb().transaction((tx) => ensureAssignmentSubmission(tx, student, assignmentId, sectionId, at(0)));
    expect(findReviewSubmissionForViewer(counsellor, draft)).toBeNull();
    const { submissionId, version } = submitWork(student, assignmentId, sectionId, { [q1]: 'Mine' }, at(1));
    expect(findReviewSubmissionForViewer(counsellor, submissionId)).toMatchObject({ studentName: student.name, assignmentTitle: 'Reflect on an interview', status: 'submitted', attempt: 1, version, decidedByName: null });
    expect(findLatestVersion(getDb(), submissionId)).toMatchObject({ number: 1 });
    decideSubmission(getDb(), counsellor, submissionId, version, 'review', at(2));
    expect(findReviewSubmissionForViewer(counsellor, submissionId)).toMatchObject({ status: 'reviewed', decidedByName: counsellor.name, decidedAt: at(2) });
  });
});

describe('next and previous in the queue', () => {
  it('follow the queue’s order under its filters, also from work that has just left it', () => {
    const { sectionId, counsellor, q1, assignmentId } = reviewSetting();
    const second = makeAssignment(sectionId, [q1], { title: 'Second' });
    const a = submitWork(enrol(sectionId), assignmentId, sectionId, { [q1]: 'a' }, at(1));
    const b = submitWork(enrol(sectionId), second, sectionId, { [q1]: 'b' }, at(2));
    // c and d at the same instant: the id breaks the tie.
    const c = submitWork(enrol(sectionId), assignmentId, sectionId, { [q1]: 'c' }, at(3));
    const d = submitWork(enrol(sectionId), assignmentId, sectionId, { [q1]: 'd' }, at(3));
    const here = (s: { submissionId: number }, submittedAt: Date) => ({ id: s.submissionId, submittedAt, status: 'submitted' as const });

    expect(findQueueNeighboursForViewer(counsellor, here(a, at(1)))).toEqual({ previousId: null, nextId: b.submissionId, position: 1, total: 4 });
    expect(findQueueNeighboursForViewer(counsellor, here(c, at(3)))).toEqual({ previousId: b.submissionId, nextId: d.submissionId, position: 3, total: 4 });
    expect(findQueueNeighboursForViewer(counsellor, here(d, at(3)))).toEqual({ previousId: c.submissionId, nextId: null, position: 4, total: 4 });
    // Filtered to the first assignment, b is skipped.
    expect(findQueueNeighboursForViewer(counsellor, here(c, at(3)), { assignmentId })).toEqual({ previousId: a.submissionId, nextId: d.submissionId, position: 2, total: 3 });
    // b is decided: it has no place in the queue, but its neighbours are still the ones around it.
    decideSubmission(getDb(), counsellor, b.submissionId, b.version, 'review', at(4));
    expect(findQueueNeighboursForViewer(counsellor, { id: b.submissionId, submittedAt: at(2), status: 'reviewed' })).toEqual({ previousId: a.submissionId, nextId: c.submissionId, position: null, total: 3 });
  });
});

describe('the query plan at bench size', () => {
  it('reads the queue through submissions_queue_idx, one staffed section at a time', () => {
    const { counsellor } = reviewSetting();
    const values: Record<string, unknown> = { viewerId: counsellor.id, limit: PAGE_SIZE, offset: PAGE_SIZE };
    for (const first of [true, false]) {
      const query = reviewQueuePageQuery(getDb(), '---', first).toSQL();
      const params = query.params.map((p) => (is(p, Placeholder) ? values[p.name] : p));
      const plan = (getSqlite().prepare(`explain query plan ${query.sql}`).all(...params) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
      // The page's ids come from the queue index alone (covering), then 25 rows are joined.
      expect(plan).toMatch(/SEARCH submissions USING COVERING INDEX submissions_queue_idx \(section_id=\? AND status=\?\)/);
      expect(plan).toMatch(/SEARCH submissions USING INTEGER PRIMARY KEY/);
      expect(plan).not.toMatch(/SCAN submissions/);
    }
  });
});


describe('the review-queue counts kept on each section', () => {
  it('agree with the submissions after every kind of write: submit, return, resubmit, review, a move, deletes and cascades', () => {
    const { sectionId, counsellor, q1, assignmentId } = reviewSetting();
    const other = makeSection();
    addMember(other, counsellor.id, 'counsellor');
    const otherAssignment = makeAssignment(other, [q1]);
    const db = getDb();
    // The kept counts (no assignment filter) against the submissions counted (the live query).
    const agree = (expected: { here: [number, number]; there: [number, number] }) => {
      for (const [section, [submitted, resubmitted]] of [[sectionId, expected.here], [other, expected.there]] as const) {
        expect(countReviewQueueForViewer(counsellor, { sectionId: section })).toEqual(countReviewQueueLive(counsellor, { sectionId: section }));
        expect(countReviewQueueForViewer(counsellor, { sectionId: section })).toEqual({ submitted, resubmitted, total: submitted + resubmitted });
      }
      expect(countReviewQueueForViewer(counsellor)).toEqual(countReviewQueueLive(counsellor));
      expect(listReviewQueueForViewer(counsellor).total).toBe(countReviewQueueLive(counsellor).total);
    };
    agree({ here: [0, 0], there: [0, 0] });

    const [a, b, c] = [enrol(sectionId), enrol(sectionId), enrol(sectionId)];
    const sa = submitWork(a, assignmentId, sectionId, { [q1]: 'a' }, at(1));
    const sb = submitWork(b, assignmentId, sectionId, { [q1]: 'b' }, at(2));
    const sc = submitWork(c, assignmentId, sectionId, { [q1]: 'c' }, at(3));
    // A draft waits for nobody.
    const drafting = enrol(sectionId);
    db.transaction((tx) => saveAnswers(tx, drafting, ensureAssignmentSubmission(tx, drafting, assignmentId, sectionId, at(3)), 0, [{ questionId: q1, text: 'Draft' }], at(3)));
    agree({ here: [3, 0], there: [0, 0] });

    decideSubmission(db, counsellor, sa.submissionId, sa.version, 'return', at(4));
    agree({ here: [2, 0], there: [0, 0] });
    submitWork(a, assignmentId, sectionId, { [q1]: 'a again' }, at(5));
    agree({ here: [2, 1], there: [0, 0] });
    decideSubmission(db, counsellor, sb.submissionId, sb.version, 'review', at(6));
    agree({ here: [1, 1], there: [0, 0] });

    // Moved to the other section (and its assignment): both sections' counts follow.
    db.update(submissions).set({ sectionId: other, assignmentId: otherAssignment }).where(eq(submissions.id, sc.submissionId)).run();
    agree({ here: [0, 1], there: [1, 0] });
    // Deleted outright; an account deleted takes its waiting work with it; so does an assignment.
    db.delete(submissions).where(eq(submissions.id, sc.submissionId)).run();
    agree({ here: [0, 1], there: [0, 0] });
    const d = enrol(other);
    submitWork(d, otherAssignment, other, { [q1]: 'd' }, at(7));
    // Written in one insert, as an import or a restore would.
    db.insert(submissions).values({ studentId: enrol(other).id, assignmentId: otherAssignment, sectionId: other, status: 'submitted', attempt: 1, submittedAt: at(8) }).run();
    agree({ here: [0, 1], there: [2, 0] });
    db.delete(users).where(eq(users.id, d.id)).run();
    agree({ here: [0, 1], there: [1, 0] });
    db.delete(assignments).where(eq(assignments.id, otherAssignment)).run();
    agree({ here: [0, 1], there: [0, 0] });
    db.delete(users).where(eq(users.id, a.id)).run();
    agree({ here: [0, 0], there: [0, 0] });
  });
});
