import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { listDefaultQuestions, listOwnStaffQuestions } from '@/db/queries/questions';
import { AddQuestionForm, OwnQuestions } from '@/components/questions/StaffQuestionForms';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { INTERVIEW_QUESTION_CATEGORIES, QUESTION_BANK_LABELS, QUESTION_BANKS, type QuestionBank } from '@/lib/questions/vocabulary';
import { searchText } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Question bank' };

export default async function QuestionBankPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('counsellor', 'instructor');
  const raw = searchText((await searchParams).bank);
  const bank: QuestionBank = (QUESTION_BANKS as readonly string[]).includes(raw) ? (raw as QuestionBank) : 'reflection';
  const defaults = listDefaultQuestions(bank);
  const own = listOwnStaffQuestions(viewer, bank);
  const active = own.filter((q) => !q.archived);
  const archived = own.filter((q) => q.archived);
  return (
    <>
      <PageHeader
        title="Question bank"
        lead={
          bank === 'reflection'
            ? "The seed's ten post-interview questions, and your own, to put in assignments. The seed's are never changed or deleted: leave out of an assignment what you do not need."
            : "The seed's 26 interview questions students plan from, and your own, which the students of your sections see beside them."
        }
      />
      <nav aria-label="Question banks" className="mb-6 flex flex-wrap gap-4">
        {QUESTION_BANKS.map((b) => (
          <Link key={b} href={`/staff/questions?bank=${b}`} aria-current={b === bank ? 'page' : undefined} className="aria-[current=page]:font-bold aria-[current=page]:no-underline">
            {QUESTION_BANK_LABELS[b]}
          </Link>
        ))}
      </nav>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card title="Your questions">
            <OwnQuestions key={active.map((q) => q.id).join(',')} bank={bank} active={active.map((q) => ({ id: q.id, text: q.text }))} archived={archived.map((q) => ({ id: q.id, text: q.text }))} />
          </Card>
          <Card title="Add a question">
            <AddQuestionForm bank={bank} />
          </Card>
        </div>
        <Card title={`The seed's ${defaults.length} ${bank === 'reflection' ? 'reflective' : 'interview'} questions`}>
          {bank === 'reflection' ? (
            <ol className="list-decimal space-y-2 pl-6 text-stone-900">
              {defaults.map((q) => (
                <li key={q.id}>{q.text}</li>
              ))}
            </ol>
          ) : (
            <div className="space-y-4">
              {INTERVIEW_QUESTION_CATEGORIES.map((c) => {
                const list = defaults.filter((q) => q.category === c.key);
                return list.length ? (
                  <section key={c.key}>
                    <h3 className="mb-1 font-semibold">{c.label}</h3>
                    <ul className="list-disc space-y-1 pl-6">
                      {list.map((q) => (
                        <li key={q.id}>{q.text}</li>
                      ))}
                    </ul>
                  </section>
                ) : null;
              })}
            </div>
          )}
        </Card>
      </div>
    </>
  );
}
