import { listOccupationOptions } from '@/db/queries/occupations';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findInterviewForViewer, listPlanQuestionsForViewer, listInterviewReferralsForViewer } from '@/db/queries/interviews';
import { listDefaultReflectionQuestions, listInterviewQuestionBank } from '@/db/queries/questions';
import { findPersonalReflectionForViewer } from '@/db/queries/submissions';
import { ReferralForm, ThankYouForm } from '@/components/interviews/AfterForms';
import { PlanWithNotes, ReferralList, ThankYouSummary } from '@/components/interviews/InterviewRecord';
import { BankPicker, ChecklistForm, NotesForm, OwnQuestionForm, PlanQuestionControls } from '@/components/interviews/PlanForms';
import { CancelButton, CompleteForm, ReplanButton, ScheduleForm } from '@/components/interviews/ScheduleForms';
import { ThankYouCallout } from '@/components/interviews/ThankYouCallout';
import { ReflectionForm } from '@/components/reflections/ReflectionForm';
import { ButtonLink } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { deleteInterview } from '@/lib/interviews/actions';
import { checklistProgress, thankYouOverdueAt, thankYouState } from '@/lib/interviews/rules';
import { buildThankYouDraft } from '@/lib/interviews/thank-you';
import { CHECKLIST_ITEMS, INTERVIEW_MODE_LABELS, INTERVIEW_STATUS_LABELS, isOpenInterviewStatus, type OpenInterviewStatus } from '@/lib/interviews/vocabulary';
import { INTERVIEW_QUESTION_CATEGORIES, OWN_QUESTION_CATEGORY, OWN_QUESTION_CATEGORY_LABEL } from '@/lib/questions/vocabulary';
import { formatDateTime, toLocalDateValue, toLocalInputValue } from '@/lib/time';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Interview' };

function Section({ id, title, children }: { id?: string; title: string; children: React.ReactNode }) {
  return (
    <div id={id} className="scroll-mt-4">
      <Card title={title}>{children}</Card>
    </div>
  );
}

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('student');
  const id = parseId((await params).id);
  const interview = id ? findInterviewForViewer(viewer, id) : null;
  if (!interview) notFound();
  const now = await requestNow();
  const tz = viewer.timeZone;
  const plan = listPlanQuestionsForViewer(viewer, interview.id);
  const referrals = listInterviewReferralsForViewer(viewer, interview.id);
  const open = isOpenInterviewStatus(interview.status);
  const completed = interview.status === 'completed';
  const thanks = thankYouState(interview, now);
  const progress = checklistProgress(interview.checklist);

  const plannedIds = new Set(plan.map((q) => q.questionId));
  const bank = open ? listInterviewQuestionBank(viewer) : [];
  const groups = [...INTERVIEW_QUESTION_CATEGORIES, { key: OWN_QUESTION_CATEGORY, label: OWN_QUESTION_CATEGORY_LABEL }]
    .map((c) => ({
      key: c.key,
      label: c.label,
      questions: bank.filter((q) => (q.category ?? OWN_QUESTION_CATEGORY) === c.key).map((q) => ({ id: q.id, text: q.text, planned: plannedIds.has(q.id) })),
    }))
    .filter((g) => g.questions.length > 0);

  const reflectionQuestions = completed ? listDefaultReflectionQuestions() : [];
  const reflection = completed ? findPersonalReflectionForViewer(viewer, interview.id) : null;
  const draft = completed
    ? buildThankYouDraft({
        contactName: interview.contactName,
        myName: viewer.name,
        occupation: interview.occupationTitle ?? '',
        highlights: plan.filter((q) => q.interesting).map((q) => (q.notes?.trim() ? `${q.text} \u2014 ${q.notes.trim()}` : q.text)),
        channel: interview.thankYouChannel ?? 'email',
      })
    : '';

  const when = interview.startsAt ? formatDateTime(interview.startsAt, tz) : 'No date yet';
  const lead = [INTERVIEW_STATUS_LABELS[interview.status], when, interview.occupationTitle].filter(Boolean).join(' · ');

  return (
    <>
      <PageHeader
        title={`Interview with ${interview.contactName}`}
        lead={lead}
        actions={
          <>
            <ButtonLink href={`/interviews/${interview.id}/print`}>Printable sheet</ButtonLink>
            {interview.startsAt && interview.status !== 'cancelled' ? (
              <ButtonLink href={`/interviews/${interview.id}/ics`} download>
                Add to calendar (.ics)
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {completed ? <ThankYouCallout state={thanks} overdueSince={interview.completedAt ? formatDateTime(thankYouOverdueAt(interview.completedAt), tz) : null} /> : null}
      <div className="space-y-6">
        <Section id="schedule" title="Schedule">
          <dl className="mb-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">With</dt>
            <dd>
              <Link href={`/contacts/${interview.contactId}`} className="underline">
                {interview.contactName}
              </Link>
              {[interview.contactJobTitle, interview.contactOrganisation].filter(Boolean).length
                ? `, ${[interview.contactJobTitle, interview.contactOrganisation].filter(Boolean).join(', ')}`
                : ''}
            </dd>
            <dt className="font-semibold">When</dt>
            <dd>{interview.startsAt ? `${when} (${interview.durationMinutes} minutes)` : 'No date yet'}</dd>
            <dt className="font-semibold">How</dt>
            <dd>
              {INTERVIEW_MODE_LABELS[interview.mode]}
              {interview.location ? `: ${interview.location}` : ''}
            </dd>
            {interview.completedAt ? (
              <>
                <dt className="font-semibold">Completed</dt>
                <dd>{formatDateTime(interview.completedAt, tz)}</dd>
              </>
            ) : null}
          </dl>
          {open ? (
            <div className="space-y-6">
              <ScheduleForm
                interviewId={interview.id}
                timeZone={tz}
                occupations={listOccupationOptions(viewer)}
                current={{
                  occupationId: interview.occupationId,
                  status: interview.status as OpenInterviewStatus,
                  startsAt: interview.startsAt ? toLocalInputValue(interview.startsAt, tz) : '',
                  durationMinutes: interview.durationMinutes,
                  mode: interview.mode,
                  location: interview.location ?? '',
                }}
              />
              <div className="border-t border-stone-200 pt-4">
                <h3 className="mb-2 font-semibold">After the interview</h3>
                <CompleteForm interviewId={interview.id} defaultEnd={toLocalInputValue(now, tz)} />
              </div>
            </div>
          ) : null}
          <div className="mt-4 flex flex-wrap gap-2">
            {interview.status !== 'cancelled' ? <CancelButton interviewId={interview.id} /> : <ReplanButton interviewId={interview.id} />}
          </div>
        </Section>

        {open ? (
          <Section id="checklist" title="Preparation checklist">
            <p className="mb-3 text-sm text-stone-700">
              {progress.done} of {progress.total} done. Go prepared: do not waste their time or yours.
            </p>
            <ChecklistForm interviewId={interview.id} items={CHECKLIST_ITEMS.map((i) => ({ key: i.key, label: i.label, done: interview.checklist[i.key] === true }))} />
          </Section>
        ) : null}

        <Section id="plan" title="Question plan">
          {plan.length === 0 ? (
            <p className="text-stone-700">No questions yet. Pick the ones most relevant to you; you won&rsquo;t have time for all of them.</p>
          ) : !open ? (
            <PlanWithNotes plan={plan} />
          ) : (
            <ol className="space-y-3" aria-label="Planned questions">
              {plan.map((q, i) => (
                <li key={q.id} className="rounded-md border border-stone-200 p-3">
                  <p>
                    <span className="font-semibold">{i + 1}.</span> {q.text}
                    {q.mustAsk ? <strong className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-950">Must ask</strong> : null}
                  </p>
                  <div className="mt-2">
                    <PlanQuestionControls interviewId={interview.id} question={q} isFirst={i === 0} isLast={i === plan.length - 1} />
                  </div>
                </li>
              ))}
            </ol>
          )}
          {open ? (
            <div className="mt-6 space-y-6">
              <details className="rounded-md border border-stone-300 p-3">
                <summary className="cursor-pointer font-semibold">Pick from the question bank</summary>
                <div className="mt-3">
                  <BankPicker interviewId={interview.id} groups={groups} />
                </div>
              </details>
              <OwnQuestionForm interviewId={interview.id} />
            </div>
          ) : null}
        </Section>

        {interview.status !== 'cancelled' ? (
          <Section id="notes" title="Notes">
            <p className="mb-3 text-sm text-stone-700">Take notes against each question during or right after the interview.</p>
            <NotesForm interviewId={interview.id} questions={plan} generalNotes={interview.generalNotes} />
          </Section>
        ) : null}

        <Section id="referrals" title="Referrals received">
          <div className="mb-4">
            <ReferralList
              referrals={referrals.map((r) => ({ ...r, href: `/contacts/${r.id}` }))}
              empty={<p className="text-stone-700">None yet. Ask: &ldquo;Can you suggest anyone else working in your field that it might be helpful for me to speak with?&rdquo;</p>}
            />
          </div>
          <ReferralForm interviewId={interview.id} contactName={interview.contactName} />
        </Section>

        <Section id="thank-you" title="Thank-you">
          {completed ? (
            <>
              {interview.thankYouSentAt ? (
                <div className="mb-3">
                  <ThankYouSummary interview={interview} timeZone={tz} now={now} />
                </div>
              ) : (
                <p className="mb-3 text-stone-700">
                  Always send a thank-you. The draft below repeats what you marked as particularly interesting in your notes; make it your own.
                </p>
              )}
              <ThankYouForm
                interviewId={interview.id}
                today={toLocalDateValue(now, tz)}
                current={{
                  channel: interview.thankYouChannel ?? 'email',
                  sentOn: toLocalDateValue(interview.thankYouSentAt ?? now, tz),
                  text: interview.thankYouSentAt ? (interview.thankYouText ?? '') : draft,
                }}
              />
            </>
          ) : (
            <p className="text-stone-700">After the interview, always send a thank-you: an e-mail, or better yet a card.</p>
          )}
        </Section>

        <Section id="reflection" title="Reflection">
          {completed ? (
            <>
              <p className="mb-3 text-stone-700">
                Reflect on what you heard: would this occupation suit you and your situation? Answer in writing; it saves as you type.
              </p>
              <ReflectionForm
                userId={viewer.id}
                timeZone={tz}
                interviewId={interview.id}
                version={reflection?.version ?? 0}
                questions={reflectionQuestions.map((q) => ({ id: q.id, text: q.text, answer: reflection?.answers[q.id] ?? '' }))}
              />
            </>
          ) : (
            <p className="text-stone-700">Once the interview is completed, answer the post-interview questions here.</p>
          )}
        </Section>

        <Section id="delete" title="Delete">
          <p className="mb-3 text-sm text-stone-700">Deleting removes this interview, its question plan, notes and reflection. Referred contacts stay.</p>
          <ConfirmDialog triggerLabel="Delete interview" title="Delete this interview?" confirmLabel="Delete" action={deleteInterview.bind(null, interview.id)}>
            <p>The interview with {interview.contactName}, its notes and reflection will be gone for good.</p>
          </ConfirmDialog>
        </Section>
      </div>
    </>
  );
}
