import { describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { assignmentExtensions, contacts, interviews, occupations, outreachAttempts, sectionMembers, submissionAnswers, submissions, users } from '../schema';
import { addMember, makeAssignment, makeSection, makeUser } from '../testing/factories';
import { completedInterviewOf, enrol, reviewSetting, submitWork } from '../testing/review';
import { insertContact } from './contacts';
import { ensureAssignmentSubmission, ensurePersonalReflection, decideSubmission, saveAnswers } from './submissions';
import { listSectionOverviewForViewer, findSectionProgressForViewer } from './overview';
import { PAGE_SIZE } from './pagination';
import { listDefaultReflectionQuestions } from './questions';
import { and, eq, sql } from 'drizzle-orm';
import { METHOD_STEPS, type MethodStep } from '@/lib/overview/vocabulary';
import { deleteOwnContact } from './contacts';
import { deleteOwnInterview } from './interviews';
import { deleteOccupation } from './occupations';

const NOW = new Date('2026-12-10T12:00:00Z');
const HOUR = 3_600_000;
const ago = (h: number) => new Date(NOW.getTime() - h * HOUR);

describe('the section overview, per student', () => {
  it('counts interviews, overdue thank-yous, missing / returned / waiting / reviewed work and the last activity', () => {
    // The first assignment was due 5 days ago; the second is due tomorrow (not missing yet).
    const { sectionId, student, counsellor, q1, assignmentId } = reviewSetting({ dueAt: ago(120) });
    const later = makeAssignment(sectionId, [q1], { title: 'Later', dueAt: new Date(NOW.getTime() + 24 * HOUR) });
    const third = makeAssignment(sectionId, [q1], { title: 'Third', dueAt: ago(48) });
    makeAssignment(sectionId, [q1], { title: 'Draft one', status: 'draft', dueAt: ago(48) });

    // Ann: two completed interviews, one thanked, one finished 49 hours ago without a thank-you
    // (overdue), one finished 47 hours ago (not yet); submitted the first assignment (waiting).
    const ann = enrol(sectionId, 'Ann');
    const thanked = completedInterviewOf(ann, ago(100));
    getDb().update(interviews).set({ thankYouSentAt: ago(90) }).where(eq(interviews.id, thanked)).run();
    completedInterviewOf(ann, ago(49));
    completedInterviewOf(ann, ago(47));
    submitWork(ann, assignmentId, sectionId, { [q1]: 'Answer' }, ago(10));
    // Bo: nothing at all; two assignments missing (the draft one and the one not due do not count).
    enrol(sectionId, 'Bo');
    // Cy: an extension on the third past now (not missing), the first reviewed, and later returned.
    const cy = enrol(sectionId, 'Cy');
    getDb().insert(assignmentExtensions).values({ assignmentId: third, studentId: cy.id, dueAt: new Date(NOW.getTime() + HOUR) }).run();
    const first = submitWork(cy, assignmentId, sectionId, { [q1]: 'A' }, ago(30));
    decideSubmission(getDb(), counsellor, first.submissionId, first.version, 'review', ago(20));
    const second = submitWork(cy, later, sectionId, { [q1]: 'B' }, ago(5));
    decideSubmission(getDb(), counsellor, second.submissionId, second.version, 'return', ago(4));

    const page = listSectionOverviewForViewer(counsellor, sectionId, { now: NOW });
    const rows = Object.fromEntries(page.items.map((r) => [r.name, r]));
    expect(page.items.map((r) => r.name)).toEqual(['Ann', 'Bo', 'Cy', student.name]);
    expect(rows.Ann).toMatchObject({ contacts: 3, interviewsCompleted: 3, thankYousOverdue: 1, reflectionsMissing: 1, reflectionsReturned: 0, reflectionsWaiting: 1, reflectionsReviewed: 0 });
    expect(rows.Ann.lastActivityAt).toEqual(ago(10));
    expect(rows.Bo).toMatchObject({ contacts: 0, interviewsCompleted: 0, thankYousOverdue: 0, reflectionsMissing: 2, reflectionsWaiting: 0, reflectionsReviewed: 0, lastActivityAt: null });
    expect(rows.Cy).toMatchObject({ reflectionsMissing: 0, reflectionsReturned: 1, reflectionsWaiting: 0, reflectionsReviewed: 1 });
    expect(rows.Cy.lastActivityAt).toEqual(ago(4));
  });

  it('sorts by any column (ties by name), pages, searches by name', () => {
    const { sectionId, counsellor } = reviewSetting();
    const names = Array.from({ length: PAGE_SIZE + 5 }, (_, i) => `Student ${String(i).padStart(2, '0')}`);
    const people = names.map((n) => enrol(sectionId, n));
    // Student 07 has 2 completed interviews, Student 03 one.
    completedInterviewOf(people[7], ago(10));
    completedInterviewOf(people[7], ago(10));
    completedInterviewOf(people[3], ago(10));
    const byInterviews = listSectionOverviewForViewer(counsellor, sectionId, { sort: 'interviews', dir: 'desc', now: NOW });
    expect(byInterviews.items.slice(0, 3).map((r) => [r.name, r.interviewsCompleted])).toEqual([
      ['Student 07', 2],
      ['Student 03', 1],
      // the rest tie at 0: by name
      [byInterviews.items[2].name, 0],
    ]);
    expect(byInterviews.total).toBe(PAGE_SIZE + 6);
    expect(byInterviews.items).toHaveLength(PAGE_SIZE);
    const asc = listSectionOverviewForViewer(counsellor, sectionId, { sort: 'interviews', dir: 'asc', now: NOW, page: 2 });
    expect(asc.items.at(-1)?.name).toBe('Student 07');
    const page2 = listSectionOverviewForViewer(counsellor, sectionId, { now: NOW, page: 2 });
    expect(page2.items).toHaveLength(6);
    expect(listSectionOverviewForViewer(counsellor, sectionId, { now: NOW, q: 'ent 1' }).items.map((r) => r.name)).toEqual(names.filter((n) => n.startsWith('Student 1')));
  });

  it('is empty for anyone who does not staff the section', () => {
    const { sectionId, student } = reviewSetting();
    const other = makeUser('counsellor');
    addMember(makeSection(), other.id, 'counsellor');
    for (const viewer of [other, student, makeUser('admin'), makeUser('instructor')]) {
      expect(listSectionOverviewForViewer(viewer, sectionId, { now: NOW }).total).toBe(0);
      expect(findSectionProgressForViewer(viewer, sectionId).students).toBe(0);
    }
  });
});

describe('the section’s progress through the method', () => {
  it('counts the students who have done each step at least once', () => {
    const { sectionId, counsellor, q1, assignmentId } = reviewSetting();
    const [a, b, c] = [enrol(sectionId), enrol(sectionId), enrol(sectionId)];
    // a: a contact only. b: contact, outreach, interview, thank-you, personal reflection.
    insertContact(getDb(), a, { name: 'X', howFound: 'friend' });
    const bInterview = completedInterviewOf(b, ago(30));
    const bContact = getDb().select({ id: interviews.contactId }).from(interviews).where(eq(interviews.id, bInterview)).get()!.id;
    getDb().insert(outreachAttempts).values({ contactId: bContact, studentId: b.id, attemptedAt: ago(40), channel: 'phone', outcome: 'agreed' }).run();
    getDb().update(interviews).set({ thankYouSentAt: ago(20) }).where(eq(interviews.id, bInterview)).run();
    const reflectionIds = listDefaultReflectionQuestions().map((q) => q.id);
    const [r1] = reflectionIds;
    getDb().transaction((tx) => saveAnswers(tx, b, ensurePersonalReflection(tx, b, bInterview, NOW), 0, reflectionIds.map((questionId) => ({ questionId, text: 'Thoughts' })), NOW));
    // c: an interview and submitted work that was reviewed. An empty personal reflection counts for nothing.
    const cInterview = completedInterviewOf(c, ago(30));
    getDb().transaction((tx) => saveAnswers(tx, c, ensurePersonalReflection(tx, c, cInterview, NOW), 0, [{ questionId: r1, text: '   ' }], NOW));
    const s = submitWork(c, assignmentId, sectionId, { [q1]: 'Done' }, ago(10));
    decideSubmission(getDb(), counsellor, s.submissionId, s.version, 'review', ago(5));
    // d: a personal reflection with 4 of its questions answered is not yet a reflection written.
    const d = enrol(sectionId);
    const dInterview = completedInterviewOf(d, ago(30));
    getDb().transaction((tx) => saveAnswers(tx, d, ensurePersonalReflection(tx, d, dInterview, NOW), 0, reflectionIds.slice(0, 4).map((questionId) => ({ questionId, text: 'Some' })), NOW));

    expect(findSectionProgressForViewer(counsellor, sectionId)).toEqual({
      students: 5,
      steps: { 'found-contact': 4, 'reached-out': 1, interviewed: 3, thanked: 1, reflected: 2, reviewed: 1 },
    });
  });
});

/**
 * The steps asked of the records themselves, student by student: what the flags kept by the
 * triggers (drizzle/0014_method_progress_triggers.sql) must always agree with.
 */
function progressFromRecords(sectionId: number): Record<MethodStep, number> {
  const personalComplete = `exists (select 1 from submissions s where s.student_id = m.user_id and s.assignment_id is null
    and (select count(distinct a.question_id) from submission_answers a join questions q on q.id = a.question_id
         where a.submission_id = s.id and q.bank = 'reflection' and q.is_default = 1 and trim(a.text) <> '')
      >= (select count(*) from questions q where q.bank = 'reflection' and q.is_default = 1 and q.archived_at is null))`;
  const has: Record<MethodStep, string> = {
    'found-contact': 'exists (select 1 from contacts c where c.student_id = m.user_id)',
    'reached-out': 'exists (select 1 from outreach_attempts o where o.student_id = m.user_id)',
    interviewed: "exists (select 1 from interviews i where i.student_id = m.user_id and i.status = 'completed')",
    thanked: "exists (select 1 from interviews i where i.student_id = m.user_id and i.status = 'completed' and i.thank_you_sent_at is not null)",
    reflected: `(exists (select 1 from submissions s where s.student_id = m.user_id and s.section_id = m.section_id and s.attempt > 0) or ${personalComplete})`,
    reviewed: "exists (select 1 from submissions s where s.student_id = m.user_id and s.section_id = m.section_id and s.status = 'reviewed')",
  };
  const columns = METHOD_STEPS.map((step) => `coalesce(sum(${has[step]}), 0) as "${step}"`).join(', ');
  return getDb().get<Record<MethodStep, number>>(sql.raw(`select ${columns} from section_members m where m.section_id = ${Number(sectionId)} and m.role = 'student'`));
}

describe('the method-progress flags kept on each membership', () => {
  it('agree with the records after every kind of write: adding, editing, deleting, enrolling later, changing role, deleting an account', () => {
    const { sectionId, counsellor, q1, assignmentId } = reviewSetting();
    const otherSection = makeSection();
    const otherCounsellor = makeUser('counsellor');
    addMember(otherSection, otherCounsellor.id, 'counsellor');
    const agree = (expected: Partial<Record<MethodStep, number>>) => {
      for (const [section, viewer] of [[sectionId, counsellor], [otherSection, otherCounsellor]] as const) {
        expect(findSectionProgressForViewer(viewer, section).steps).toEqual(progressFromRecords(section));
      }
      expect(findSectionProgressForViewer(counsellor, sectionId).steps).toMatchObject(expected);
    };
    const db = getDb();
    const reflectionIds = listDefaultReflectionQuestions().map((q) => q.id);

    // Records made before joining the section count once the student joins.
    const early = makeUser('student');
    const earlyInterview = completedInterviewOf(early, ago(60));
    agree({ 'found-contact': 0, interviewed: 0 });
    addMember(sectionId, early.id, 'student');
    agree({ 'found-contact': 1, interviewed: 1, thanked: 0 });

    // Thanked, then the thank-you taken back; completed, then reopened; deleted.
    db.update(interviews).set({ thankYouSentAt: ago(50) }).where(eq(interviews.id, earlyInterview)).run();
    agree({ thanked: 1 });
    db.update(interviews).set({ thankYouSentAt: null }).where(eq(interviews.id, earlyInterview)).run();
    agree({ thanked: 0, interviewed: 1 });
    db.update(interviews).set({ status: 'scheduled' }).where(eq(interviews.id, earlyInterview)).run();
    agree({ interviewed: 0 });
    db.update(interviews).set({ status: 'completed', thankYouSentAt: ago(40) }).where(eq(interviews.id, earlyInterview)).run();
    agree({ interviewed: 1, thanked: 1 });
    db.transaction((tx) => deleteOwnInterview(tx, early, earlyInterview));
    agree({ interviewed: 0, thanked: 0, 'found-contact': 1 });

    // Outreach logged, then the contact (and with it the attempt) deleted.
    const contactId = db.select({ id: sql<number>`id` }).from(sql`contacts`).where(sql`student_id = ${early.id}`).get()!.id;
    db.insert(outreachAttempts).values({ contactId, studentId: early.id, attemptedAt: ago(30), channel: 'email', outcome: 'no-answer' }).run();
    agree({ 'reached-out': 1 });
    expect(db.transaction((tx) => deleteOwnContact(tx, early, contactId))).toBe(true);
    agree({ 'found-contact': 0, 'reached-out': 0 });

    // A personal reflection counts when all ten are answered, and stops when one is emptied.
    const later = enrol(sectionId);
    const laterInterview = completedInterviewOf(later, ago(30));
    const personal = db.transaction((tx) => ensurePersonalReflection(tx, later, laterInterview, NOW));
    db.transaction((tx) => saveAnswers(tx, later, personal, 0, reflectionIds.map((questionId) => ({ questionId, text: 'Thoughts' })), NOW));
    agree({ reflected: 1 });
    db.update(submissionAnswers).set({ text: '  ' }).where(and(eq(submissionAnswers.submissionId, personal), eq(submissionAnswers.questionId, reflectionIds[3]))).run();
    agree({ reflected: 0 });
    db.update(submissionAnswers).set({ text: 'Back again' }).where(and(eq(submissionAnswers.submissionId, personal), eq(submissionAnswers.questionId, reflectionIds[3]))).run();
    agree({ reflected: 1 });
    db.delete(submissionAnswers).where(and(eq(submissionAnswers.submissionId, personal), eq(submissionAnswers.questionId, reflectionIds[0]))).run();
    agree({ reflected: 0 });

    // Work submitted in this section counts here only; reviewed, returned and resubmitted.
    const both = enrol(sectionId);
    addMember(otherSection, both.id, 'student');
    const first = submitWork(both, assignmentId, sectionId, { [q1]: 'Done' }, ago(10));
    agree({ reflected: 1 });
    expect(findSectionProgressForViewer(otherCounsellor, otherSection).steps.reflected).toBe(0);
    decideSubmission(db, counsellor, first.submissionId, first.version, 'review', ago(5));
    agree({ reviewed: 1 });
    expect(findSectionProgressForViewer(otherCounsellor, otherSection).steps.reviewed).toBe(0);

    // A staff member made a student brings their records; an account deleted takes its flags with it.
    const turned = makeUser('student');
    addMember(sectionId, turned.id, 'counsellor');
    insertContact(db, turned, { name: 'Lee', howFound: 'friend' });
    agree({ 'found-contact': 1 });
    db.update(sectionMembers).set({ role: 'student' }).where(and(eq(sectionMembers.sectionId, sectionId), eq(sectionMembers.userId, turned.id))).run();
    agree({ 'found-contact': 2 });
    db.delete(users).where(eq(users.id, both.id)).run();
    agree({ reviewed: 0, reflected: 0 });
    expect(findSectionProgressForViewer(counsellor, sectionId).students).toBe(4);
  });
});

/**
 * Each student's latest write, asked of the records themselves: what the last activity kept by the
 * triggers (drizzle/0020_last_activity_triggers.sql) must always agree with.
 */
function activityFromRecords(sectionId: number): Record<number, number | null> {
  const latest = (table: string, column: string) => `coalesce((select max(${column}) from ${table} where student_id = m.user_id), 0)`;
  const rows = getDb().all<{ id: number; at: number }>(
    sql.raw(`select m.user_id id, max(${latest('occupations', 'coalesce(updated_at, created_at)')}, ${latest('contacts', 'coalesce(updated_at, created_at)')},
      ${latest('outreach_attempts', 'created_at')}, ${latest('interviews', 'coalesce(updated_at, created_at)')}, ${latest('submissions', 'coalesce(updated_at, created_at)')}) at
      from section_members m where m.section_id = ${Number(sectionId)} and m.role = 'student'`),
  );
  return Object.fromEntries(rows.map((r) => [r.id, r.at || null]));
}

describe('the last activity kept on each membership', () => {
  it('agrees with the records after every kind of write: adding, editing and deleting each kind of record, enrolling later, deleting an account', () => {
    const { sectionId, counsellor, assignmentId } = reviewSetting();
    const db = getDb();
    let clock = NOW.getTime();
    const tick = () => new Date((clock += 60_000));
    const agree = () => {
      const kept = Object.fromEntries(listSectionOverviewForViewer(counsellor, sectionId, { now: NOW }).items.map((r) => [r.studentId, r.lastActivityAt?.getTime() ?? null]));
      expect(kept).toEqual(activityFromRecords(sectionId));
      return kept;
    };
    // Each step writes the student's latest record, so each trigger alone decides what follows it.
    const ada = enrol(sectionId);
    const latest = (at: Date | null) => expect(agree()[ada.id]).toBe(at ? at.getTime() : null);
    const occupationAt = tick();
    const occupation = db.insert(occupations).values({ studentId: ada.id, title: 'Archivist', createdAt: occupationAt }).returning({ id: occupations.id }).get().id;
    latest(occupationAt);
    const occupationEdited = tick();
    db.update(occupations).set({ updatedAt: occupationEdited }).where(eq(occupations.id, occupation)).run();
    latest(occupationEdited);
    const contactAt = tick();
    const contactId = db.insert(contacts).values({ studentId: ada.id, name: 'Lee', howFound: 'friend', createdAt: contactAt }).returning({ id: contacts.id }).get().id;
    latest(contactAt);
    const contactEdited = tick();
    db.update(contacts).set({ updatedAt: contactEdited }).where(eq(contacts.id, contactId)).run();
    latest(contactEdited);
    const attempt = db.insert(outreachAttempts).values({ contactId, studentId: ada.id, attemptedAt: NOW, channel: 'email', outcome: 'no-answer', createdAt: tick() }).returning({ id: outreachAttempts.id }).get().id;
    latest(new Date(clock));
    db.update(outreachAttempts).set({ createdAt: tick() }).where(eq(outreachAttempts.id, attempt)).run();
    latest(new Date(clock));
    db.delete(outreachAttempts).where(eq(outreachAttempts.id, attempt)).run();
    latest(contactEdited);
    const interviewAt = tick();
    const interview = db.insert(interviews).values({ studentId: ada.id, contactId, calendarUid: `uid-${interviewAt.getTime()}`, createdAt: interviewAt }).returning({ id: interviews.id }).get().id;
    latest(interviewAt);
    const interviewEdited = tick();
    db.update(interviews).set({ updatedAt: interviewEdited }).where(eq(interviews.id, interview)).run();
    latest(interviewEdited);
    const started = tick();
    const work = db.transaction((tx) => ensureAssignmentSubmission(tx, ada, assignmentId, sectionId, started));
    latest(started);
    db.update(submissions).set({ updatedAt: tick() }).where(eq(submissions.id, work)).run(); // a draft saved
    latest(new Date(clock));
    db.delete(submissions).where(eq(submissions.id, work)).run();
    latest(interviewEdited);
    db.transaction((tx) => deleteOwnInterview(tx, ada, interview));
    latest(contactEdited);
    expect(db.transaction((tx) => deleteOwnContact(tx, ada, contactId))).toBe(true);
    latest(occupationEdited);
    expect(db.transaction((tx) => deleteOccupation(tx, ada, occupation))).toBe(true);
    latest(null);

    // Records written before joining the section count once the student joins; another student's
    // records move nobody else's; an account deleted leaves the rest exact.
    const bo = makeUser('student');
    const boAt = tick();
    db.insert(occupations).values({ studentId: bo.id, title: 'Baker', createdAt: boAt }).run();
    addMember(sectionId, bo.id, 'student');
    expect(agree()[bo.id]).toBe(boAt.getTime());
    latest(null);
    db.delete(users).where(eq(users.id, bo.id)).run();
    agree();
  });
});
