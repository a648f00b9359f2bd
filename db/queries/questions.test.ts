import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_QUESTIONS, DEFAULT_REFLECTION_QUESTIONS } from '@/lib/questions/defaults';
import { getDb } from '../client';
import { makeUser } from '../testing/factories';
import { findBankQuestion, insertOwnInterviewQuestion, listDefaultReflectionQuestions, listInterviewQuestionBank } from './questions';

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
