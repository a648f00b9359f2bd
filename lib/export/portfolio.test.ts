import { describe, expect, it } from 'vitest';
import { buildPortfolio } from './portfolio';

const at = (day: number) => new Date(Date.UTC(2026, 9, day, 18));

describe('buildPortfolio', () => {
  const portfolio = buildPortfolio({
    occupations: [{ id: 1, title: 'Baker', status: 'exploring', whyInterested: 'Early mornings', researchNotes: '', sources: null }],
    unknowns: [{ id: 1, occupationId: 1, text: 'Is it all night shifts?' }],
    contacts: [
      { id: 10, name: 'Dana Li', referredInInterviewId: null },
      { id: 11, name: 'Sam Referred', referredInInterviewId: 101 },
    ],
    interviews: [
      { id: 102, contactName: 'Later Person', status: 'scheduled', startsAt: at(20), durationMinutes: 30, mode: 'phone', completedAt: null, thankYouSentAt: null },
      { id: 101, contactName: 'Dana Li', occupationTitle: 'Baker', status: 'completed', startsAt: at(5), durationMinutes: 25, mode: 'in-person', completedAt: at(5), thankYouSentAt: at(6), thankYouChannel: 'card', thankYouText: 'Thank you!' },
      { id: 103, contactName: 'Called Off', status: 'cancelled', startsAt: at(1), durationMinutes: 30, mode: 'video', completedAt: null, thankYouSentAt: null },
    ],
    interview_questions: [
      { interviewId: 101, position: 2, text: 'Second?', notes: 'B', interesting: false, mustAsk: false },
      { interviewId: 101, position: 1, text: 'First?', notes: 'A', interesting: true, mustAsk: true },
    ],
    reflections: [
      { submissionId: 7, interviewId: 101, assignment: null, status: 'draft', question: 'Would you consider it?', answer: 'Yes.' },
      { submissionId: 7, interviewId: 101, assignment: null, status: 'draft', question: 'Unanswered?', answer: '' },
      { submissionId: 8, interviewId: null, assignment: 'Week 3 reflection', status: 'submitted', question: 'How did it feel?', answer: 'Nervous, then fine.' },
    ],
  });

  it('puts completed interviews first, drops cancelled ones, and orders questions as planned', () => {
    expect(portfolio.interviews.map((i) => i.contactName)).toEqual(['Dana Li', 'Later Person']);
    expect(portfolio.interviews[0].questions.map((q) => q.text)).toEqual(['First?', 'Second?']);
    expect(portfolio.interviews[0].referrals).toEqual(['Sam Referred']);
    expect(portfolio.interviews[0].thankYou).toEqual({ channel: 'card', sentAt: at(6), text: 'Thank you!' });
  });

  it('keeps only answered questions, under the interview they are about, and the rest apart', () => {
    expect(portfolio.interviews[0].reflections).toEqual([{ title: 'Reflection', status: 'draft', answers: [{ question: 'Would you consider it?', answer: 'Yes.' }] }]);
    expect(portfolio.otherReflections).toEqual([{ title: 'Week 3 reflection', status: 'submitted', answers: [{ question: 'How did it feel?', answer: 'Nervous, then fine.' }] }]);
  });

  it('gathers each occupation’s unknowns and counts what was done', () => {
    expect(portfolio.occupations[0]).toMatchObject({ title: 'Baker', researchNotes: null, unknowns: ['Is it all night shifts?'] });
    expect(portfolio.counts).toEqual({ occupations: 1, completed: 1, thankYous: 1, referrals: 1 });
  });
});
