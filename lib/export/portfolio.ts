/**
 * The printable portfolio: a student's occupations, interviews with their questions and notes,
 * thank-yous, referrals and reflections, grouped the way a reader meets them. Built from the rows
 * of db/queries/export.ts (exportAllForViewer), so it holds exactly what the viewer may read.
 * Pure: no database, no time zone (the page formats dates).
 */
import type { OccupationStatus } from '@/lib/occupations/vocabulary';
import type { InterviewMode, InterviewStatus, ThankYouChannel } from '@/lib/interviews/vocabulary';
import type { SubmissionStatus } from '@/lib/submissions/vocabulary';

type Row = Record<string, unknown>;

export type PortfolioOccupation = {
  id: number;
  title: string;
  status: OccupationStatus;
  whyInterested: string | null;
  researchNotes: string | null;
  sources: string | null;
  unknowns: string[];
};

export type PortfolioAnswer = { question: string; answer: string };
export type PortfolioReflection = { title: string; status: SubmissionStatus; answers: PortfolioAnswer[] };

export type PortfolioInterview = {
  id: number;
  contactName: string;
  occupationTitle: string | null;
  status: InterviewStatus;
  startsAt: Date | null;
  durationMinutes: number;
  mode: InterviewMode;
  completedAt: Date | null;
  generalNotes: string | null;
  questions: Array<{ text: string; notes: string | null; interesting: boolean; mustAsk: boolean }>;
  referrals: string[];
  thankYou: { channel: ThankYouChannel | null; sentAt: Date; text: string | null } | null;
  reflections: PortfolioReflection[];
};

export type Portfolio = {
  occupations: PortfolioOccupation[];
  /** Completed interviews first (oldest first, as they happened), then those still to come. */
  interviews: PortfolioInterview[];
  /** Reflections not about one of the interviews above. */
  otherReflections: PortfolioReflection[];
  counts: { occupations: number; completed: number; thankYous: number; referrals: number };
};

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const date = (v: unknown): Date | null => (v instanceof Date ? v : typeof v === 'number' ? new Date(v) : null);
const time = (d: Date | null) => d?.getTime() ?? Number.MAX_SAFE_INTEGER;

function groupBy<T>(rows: Row[], key: string, map: (r: Row) => T): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const k = r[key];
    if (typeof k !== 'number') continue;
    const list = out.get(k) ?? [];
    list.push(map(r));
    out.set(k, list);
  }
  return out;
}

/** Reflections, one per submission, keeping only the questions answered; in the order the rows came (by submission, then question). */
function reflectionsOf(rows: Row[]): Array<PortfolioReflection & { interviewId: number | null }> {
  const bySubmission = new Map<number, PortfolioReflection & { interviewId: number | null }>();
  for (const r of rows) {
    const id = num(r.submissionId);
    let reflection = bySubmission.get(id);
    if (!reflection) {
      reflection = { title: str(r.assignment) ?? 'Reflection', status: r.status as SubmissionStatus, answers: [], interviewId: typeof r.interviewId === 'number' ? r.interviewId : null };
      bySubmission.set(id, reflection);
    }
    const answer = str(r.answer);
    if (answer) reflection.answers.push({ question: String(r.question), answer });
  }
  return [...bySubmission.values()].filter((r) => r.answers.length > 0);
}

export function buildPortfolio(all: Record<'occupations' | 'unknowns' | 'contacts' | 'interviews' | 'interview_questions' | 'reflections', Row[]>): Portfolio {
  const unknowns = groupBy(all.unknowns, 'occupationId', (r) => String(r.text));
  const occupations: PortfolioOccupation[] = all.occupations.map((o) => ({
    id: num(o.id),
    title: String(o.title),
    status: o.status as OccupationStatus,
    whyInterested: str(o.whyInterested),
    researchNotes: str(o.researchNotes),
    sources: str(o.sources),
    unknowns: unknowns.get(num(o.id)) ?? [],
  }));

  const questions = groupBy(all.interview_questions, 'interviewId', (q) => ({
    position: num(q.position),
    text: String(q.text),
    notes: str(q.notes),
    interesting: q.interesting === true,
    mustAsk: q.mustAsk === true,
  }));
  const referrals = groupBy(all.contacts, 'referredInInterviewId', (c) => String(c.name));
  const reflections = reflectionsOf(all.reflections);

  const interviews: PortfolioInterview[] = all.interviews
    .filter((i) => i.status !== 'cancelled')
    .map((i) => {
      const id = num(i.id);
      const sentAt = date(i.thankYouSentAt);
      return {
        id,
        contactName: String(i.contactName ?? ''),
        occupationTitle: str(i.occupationTitle),
        status: i.status as InterviewStatus,
        startsAt: date(i.startsAt),
        durationMinutes: num(i.durationMinutes),
        mode: i.mode as InterviewMode,
        completedAt: date(i.completedAt),
        generalNotes: str(i.generalNotes),
        questions: (questions.get(id) ?? []).sort((a, b) => a.position - b.position).map(({ position: _p, ...q }) => q),
        referrals: referrals.get(id) ?? [],
        thankYou: sentAt ? { channel: (i.thankYouChannel as ThankYouChannel | null) ?? null, sentAt, text: str(i.thankYouText) } : null,
        reflections: reflections.filter((r) => r.interviewId === id).map(({ interviewId: _i, ...r }) => r),
      };
    })
    .sort((a, b) => Number(b.status === 'completed') - Number(a.status === 'completed') || time(a.completedAt ?? a.startsAt) - time(b.completedAt ?? b.startsAt));

  const shown = new Set(interviews.map((i) => i.id));
  return {
    occupations,
    interviews,
    otherReflections: reflections.filter((r) => r.interviewId === null || !shown.has(r.interviewId)).map(({ interviewId: _i, ...r }) => r),
    counts: {
      occupations: occupations.length,
      completed: interviews.filter((i) => i.status === 'completed').length,
      thankYous: interviews.filter((i) => i.thankYou).length,
      referrals: interviews.reduce((n, i) => n + i.referrals.length, 0),
    },
  };
}
