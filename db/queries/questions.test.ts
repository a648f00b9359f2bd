import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_QUESTIONS, DEFAULT_REFLECTION_QUESTIONS } from '@/lib/questions/defaults';
import { getDb } from '../client';
import { makeAssignment, makeSection, makeUser } from '../testing/factories';
import { findBankQuestion, findOwnStaffQuestion, insertOwnInterviewQuestion, insertStaffQuestion, listDefaultReflectionQuestions, listInterviewQuestionBank, listOwnStaffQuestions } from './questions';

describe('question banks', () => {
  it('every database starts with the seed’s questions, word for word', () => {
    const student = makeUser('student');
    const bank = listInterviewQuestionBank(student);
    expect(bank.map((q) => [q.position, q.category, q.text])).toEqual(DEFAULT_INTERVIEW_QUESTIONS.map((q) => [q.number, q.category, q.text]));
    expect(listDefaultReflectionQuestions().map((q) => q.text)).toEqual(DEFAULT_REFLECTION_QUESTIONS.map((q) => q.text));
  });

  it('a student’s own question is theirs alone', () => {
    const a = makeUser('student');
    const b = makeUser('student');
    const id = insertOwnInterviewQuestion(getDb(), a, 'What does a day on call feel like?');
    expect(listInterviewQuestionBank(a).at(-1)?.id).toBe(id);
    expect(listInterviewQuestionBank(b).some((q) => q.id === id)).toBe(false);
    expect(findBankQuestion(b, id)).toBeNull();
    expect(findBankQuestion(a, id)?.text).toBe('What does a day on call feel like?');
  });
});

describe('staff questions', () => {
  it('say how many assignments ask each of them', () => {
    const db = getDb();
    const counsellor = makeUser('counsellor');
    const asked = insertStaffQuestion(db, counsellor, { bank: 'reflection', category: null, text: 'What surprised you?' }, new Date());
    const unasked = insertStaffQuestion(db, counsellor, { bank: 'reflection', category: null, text: 'What would you ask next time?' }, new Date());
    const section = makeSection();
    for (let i = 0; i < 2; i++) makeAssignment(section, [asked]);
    expect(findOwnStaffQuestion(counsellor, asked)?.usedInAssignments).toBe(2);
    expect(listOwnStaffQuestions(counsellor, 'reflection').map((q) => [q.id, q.usedInAssignments])).toEqual([
      [asked, 2],
      [unasked, 0],
    ]);
  });
});
