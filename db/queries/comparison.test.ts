import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '../client';
import { contacts, interviewQuestions, interviews, questions } from '../schema';
import { makeUser } from '../testing/factories';
import { alignSharedQuestions, COMPARISON_INTERVIEW_LIMIT, findOccupationComparisonForViewer } from './comparison';
import { insertOccupation } from './occupations';
import type { Viewer } from './users';

function defaultQuestion(position: number): { id: number; text: string } {
  return getDb()
    .select({ id: questions.id, text: questions.text })
    .from(questions)
    .where(and(eq(questions.bank, 'interview'), eq(questions.isDefault, true), eq(questions.position, position)))
    .get()!;
}

let n = 0;
/** An interview about the occupation, with notes against each planned question (questionId null = typed only here). */
function interviewWith(viewer: Viewer, occupationId: number, contactName: string, day: number, plan: { questionId: number | null; text: string; notes: string | null }[]) {
  n += 1;
  const db = getDb();
  const contactId = db.insert(contacts).values({ studentId: viewer.id, name: contactName, occupationId }).returning().get().id;
  const interviewId = db
    .insert(interviews)
    .values({ studentId: viewer.id, contactId, occupationId, calendarUid: `cmp-${n}-${Math.random()}@test`, status: 'completed', startsAt: new Date(Date.UTC(2026, 2, day, 18)) })
    .returning()
    .get().id;
  plan.forEach((q, position) => db.insert(interviewQuestions).values({ interviewId, studentId: viewer.id, questionId: q.questionId, text: q.text, notes: q.notes, position }).run());
  return interviewId;
}

const occupation = (viewer: Viewer, title: string) => insertOccupation(getDb(), viewer, { title, whyInterested: null, researchNotes: null, sources: null, status: 'exploring' });

describe('findOccupationComparisonForViewer', () => {
  it('lines up the answers to the same bank question across interviews, with "not asked" gaps', () => {
    const student = makeUser('student');
    const occ = occupation(student, 'Dental hygienist');
    const q1 = defaultQuestion(1);
    const q2 = defaultQuestion(2);
    const q5 = defaultQuestion(5);
    const older = interviewWith(student, occ, 'Ana', 3, [
      { questionId: q2.id, text: q2.text, notes: 'Best: patients. Worst: posture.' },
      { questionId: q1.id, text: q1.text, notes: 'Eight cleanings a day.' },
      { questionId: null, text: 'Do you wear loupes?', notes: 'Yes, always.' },
    ]);
    const newer = interviewWith(student, occ, 'Ben', 10, [
      { questionId: q1.id, text: q1.text, notes: 'Mostly periodontal work.' },
      { questionId: q5.id, text: q5.text, notes: null },
    ]);

    const c = findOccupationComparisonForViewer(student, occ)!;
    expect(c.occupation).toEqual({ id: occ, title: 'Dental hygienist', status: 'exploring' });
    expect(c.interviews.map((i) => [i.id, i.contactName])).toEqual([
      [newer, 'Ben'],
      [older, 'Ana'],
    ]);
    expect(c.totalInterviews).toBe(2);
    // The question both were asked comes first; each cell is that interview's notes or null ("not asked").
    expect(c.rows).toEqual([
      { questionId: q1.id, text: q1.text, cells: [{ notes: 'Mostly periodontal work.', interesting: false }, { notes: 'Eight cleanings a day.', interesting: false }] },
      { questionId: q2.id, text: q2.text, cells: [null, { notes: 'Best: patients. Worst: posture.', interesting: false }] },
      { questionId: q5.id, text: q5.text, cells: [{ notes: null, interesting: false }, null] },
    ]);
    expect(c.ownQuestions).toEqual([{ interviewId: older, items: [{ text: 'Do you wear loupes?', notes: 'Yes, always.' }] }]);
  });

  it('is null for another student’s occupation, and never shows their interviews linked to mine', () => {
    const owner = makeUser('student');
    const other = makeUser('student');
    const occ = occupation(owner, 'Pilot');
    const q1 = defaultQuestion(1);
    interviewWith(owner, occ, 'Captain', 1, [{ questionId: q1.id, text: q1.text, notes: 'Owner’s notes' }]);
    expect(findOccupationComparisonForViewer(other, occ)).toBeNull();
    expect(findOccupationComparisonForViewer(makeUser('counsellor'), occ)).toBeNull();

    // A row of someone else's that points at my occupation id is not mine to see.
    const mine = occupation(other, 'Mine');
    interviewWith(owner, mine, 'Intruder', 2, [{ questionId: q1.id, text: q1.text, notes: 'Not yours' }]);
    const c = findOccupationComparisonForViewer(other, mine)!;
    expect(c.interviews).toEqual([]);
    expect(c.rows).toEqual([]);
  });

  it(`keeps the ${COMPARISON_INTERVIEW_LIMIT} most recent interviews and says how many there are`, () => {
    const student = makeUser('student');
    const occ = occupation(student, 'Electrician');
    const q1 = defaultQuestion(1);
    for (let day = 1; day <= COMPARISON_INTERVIEW_LIMIT + 2; day++) interviewWith(student, occ, `Person ${day}`, day, [{ questionId: q1.id, text: q1.text, notes: `Day ${day}` }]);
    const c = findOccupationComparisonForViewer(student, occ)!;
    expect(c.interviews).toHaveLength(COMPARISON_INTERVIEW_LIMIT);
    expect(c.totalInterviews).toBe(COMPARISON_INTERVIEW_LIMIT + 2);
    expect(c.interviews[0].contactName).toBe(`Person ${COMPARISON_INTERVIEW_LIMIT + 2}`);
    expect(c.rows[0].cells.map((cell) => cell?.notes)).toEqual(c.interviews.map((i) => `Day ${i.contactName.split(' ')[1]}`));
  });
});

describe('alignSharedQuestions', () => {
  it('puts the questions asked about both occupations first, in the same order in each grid', () => {
    const student = makeUser('student');
    const [q1, q2, q3, q4] = [1, 2, 3, 4].map(defaultQuestion);
    const a = occupation(student, 'Nurse');
    const b = occupation(student, 'Paramedic');
    interviewWith(student, a, 'N1', 1, [
      { questionId: q1.id, text: q1.text, notes: 'a1' },
      { questionId: q2.id, text: q2.text, notes: 'a2' },
      { questionId: q3.id, text: q3.text, notes: 'a3' },
    ]);
    interviewWith(student, b, 'P1', 1, [
      { questionId: q4.id, text: q4.text, notes: 'b4' },
      { questionId: q3.id, text: q3.text, notes: 'b3' },
      { questionId: q1.id, text: q1.text, notes: 'b1' },
    ]);
    const aligned = alignSharedQuestions(findOccupationComparisonForViewer(student, a)!, findOccupationComparisonForViewer(student, b)!);
    expect(aligned.sharedCount).toBe(2);
    expect(aligned.a.rows.map((r) => r.questionId)).toEqual([q1.id, q3.id, q2.id]);
    expect(aligned.b.rows.map((r) => r.questionId)).toEqual([q1.id, q3.id, q4.id]);
    expect(aligned.b.rows[0].cells).toEqual([{ notes: 'b1', interesting: false }]);
  });
});
