import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { findContactForViewer } from '@/db/queries/contacts';
import { findInterviewForViewer, listInterviewReferralsForViewer, listPlanQuestionsForViewer } from '@/db/queries/interviews';
import { listOccupationOptions } from '@/db/queries/occupations';
import { listDefaultReflectionQuestions, listInterviewQuestionBank } from '@/db/queries/questions';
import { findPersonalReflectionForViewer } from '@/db/queries/submissions';
import { ReferralForm } from '@/components/interviews/AfterForms';
import { ReferralList, ThankYouSummary } from '@/components/interviews/InterviewRecord';
import { NotesForm } from '@/components/interviews/NotesForm';
import { BankPicker, ChecklistForm, OwnQuestionForm, PlanQuestionControls } from '@/components/interviews/PlanForms';
import { PlanReorderButton } from '@/components/interviews/PlanReorderButton';
import { CancelButton, CompleteForm, ReplanButton, ScheduleForm } from '@/components/interviews/ScheduleForms';
import { ThankYouCallout } from '@/components/interviews/ThankYouCallout';
import { ThankYouPanel } from '@/components/interviews/ThankYouPanel';
import { Tip } from '@/components/method/Tip';
import { ReflectionForm } from '@/components/reflections/ReflectionForm';
import { ButtonLink } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { deleteInterview } from '@/lib/interviews/actions';
import { checklistProgress, thankYouOverdueAt, thankYouState } from '@/lib/interviews/rules';
import { topicOf } from '@/lib/interviews/thank-you-topics';
import { canCancel, currentStage, INTERVIEW_STAGE_LABELS, type InterviewStage } from '@/lib/interviews/stages';
import { CHECKLIST_ITEMS, INTERVIEW_MODE_LABELS, INTERVIEW_STATUS_LABELS, isOpenInterviewStatus, type OpenInterviewStatus } from '@/lib/interviews/vocabulary';
import { INTERVIEW_QUESTION_CATEGORIES, OWN_QUESTION_CATEGORY, OWN_QUESTION_CATEGORY_LABEL } from '@/lib/questions/vocabulary';
import { formatDateTime, toLocalDateValue, toLocalInputValue } from '@/lib/time';
import { parseId } from '@/lib/validation/common';
import { endSentence } from '@/lib/text/sentence';
import { plural } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Interview' };

/**
 * One stage of the interview (Prepare, Talk, Follow up): a native disclosure, open when it is the
 * stage the interview is at, otherwise closed on a one-line summary. No JavaScript; a link to an
 * anchor inside a closed stage opens it (the browser reveals a <details> for its fragment).
 */
function Stage({ id, stage, current, summary, children }: { id: string; stage: InterviewStage; current: InterviewStage; summary: string; children: ReactNode }) {
  const number = (['prepare', 'talk', 'follow-up'] as const).indexOf(stage) + 1;
  return (
    <details id={id} open={stage === current} className="group min-w-0 scroll-mt-4 rounded-lg border border-stone-300 bg-white shadow-sm">
      <summary className="flex cursor-pointer items-baseline gap-3 rounded-lg p-4 hover:bg-stone-50 sm:px-5">
        {/* The stage's name stays on one line; its summary wraps beside it on a phone. */}
        <h2 className="shrink-0 text-xl font-semibold text-stone-900">
          {number}. {INTERVIEW_STAGE_LABELS[stage]}
        </h2>
        <span className="min-w-0 text-sm text-stone-700">
          {stage === current ? <span className="mr-1 font-semibold text-emerald-900">Now.</span> : null}
          {summary}
        </span>
      </summary>
      <div className="space-y-5 border-t border-stone-200 p-3 sm:p-5">{children}</div>
    </details>
  );
}

/** A part of a stage, with the anchor the rest of the app links to (#plan, #thank-you…). */
function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="min-w-0 scroll-mt-4 space-y-3">
      <h3 id={`${id}-title`} className="text-lg font-semibold text-stone-900">
        {title}
      </h3>
      {children}
    </section>
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
  const cancelled = interview.status === 'cancelled';
  const stage = currentStage(interview, now);
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
  const reflectionAnswered = reflection ? reflectionQuestions.filter((q) => (reflection.answers[q.id] ?? '').trim()).length : 0;
  // Only the student's own page reads the contact's e-mail (the thank-you's mailto: link).
  const contactEmail = completed ? (findContactForViewer(viewer, interview.contactId)?.email ?? null) : null;

  const when = interview.startsAt ? formatDateTime(interview.startsAt, tz) : 'No date yet';
  const lead = [INTERVIEW_STATUS_LABELS[interview.status], when, interview.occupationTitle].filter(Boolean).join(' · ');
  const noted = plan.filter((q) => q.notes?.trim()).length;

  const prepareSummary = cancelled
    ? 'Cancelled.'
    : completed
      ? endSentence(`Held ${interview.completedAt ? formatDateTime(interview.completedAt, tz) : when}`)
      : `${endSentence(when)} Checklist ${progress.done} of ${progress.total}; ${plural(plan.length, 'question', 'questions')} planned.`;
  const talkSummary = plan.length ? `Notes on ${noted} of ${plan.length} questions.` : interview.generalNotes?.trim() ? 'General notes taken.' : 'No notes yet.';
  const followUpSummary = completed
    ? [
        // Not the callout's own words ("Thank-you overdue"): one place says it loudly.
        `Thank-you: ${thanks === 'sent' ? 'sent' : thanks === 'overdue' ? 'late' : 'not sent yet'}`,
        plural(referrals.length, 'referral', 'referrals'),
        `reflection ${reflectionAnswered} of ${reflectionQuestions.length}`,
      ].join('; ') + '.'
    : 'Thank-you, referrals and reflection, after the interview.';

  return (
    <>
      <PageHeader
        title={`Interview with ${interview.contactName}`}
        lead={lead}
        actions={
          <>
            <ButtonLink href={`/interviews/${interview.id}/print`}>Printable sheet</ButtonLink>
            {interview.startsAt && !cancelled ? (
              <ButtonLink href={`/interviews/${interview.id}/ics`} download>
                Add to calendar (.ics)
              </ButtonLink>
            ) : null}
          </>
        }
      />
      {completed ? <ThankYouCallout state={thanks} overdueSince={interview.completedAt ? formatDateTime(thankYouOverdueAt(interview.completedAt), tz) : null} /> : null}
      <div className="space-y-4">
        <Stage id="prepare" stage="prepare" current={stage} summary={prepareSummary}>
          <Part id="schedule" title="Schedule">
            <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="font-semibold">With</dt>
              <dd className="break-words">
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
              <dd className="break-words">
                {INTERVIEW_MODE_LABELS[interview.mode]}
                {interview.location ? `: ${interview.location}` : ''}
              </dd>
              <dt className="font-semibold">Status</dt>
              <dd>
                {INTERVIEW_STATUS_LABELS[interview.status]}
                {interview.completedAt ? `, ${formatDateTime(interview.completedAt, tz)}` : ''}
              </dd>
            </dl>
            {open ? (
              <details className="rounded-md border border-stone-300 p-3" open={!interview.startsAt}>
                <summary className="cursor-pointer font-semibold">{interview.startsAt ? 'Change the date, place or occupation' : 'Set the date and time'}</summary>
                <div className="mt-3">
                  <ScheduleForm
                    interviewId={interview.id}
                    version={interview.version}
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
                </div>
              </details>
            ) : null}
            {cancelled ? <ReplanButton interviewId={interview.id} /> : null}
          </Part>

          {open ? (
            <Part id="checklist" title="Preparation checklist">
              <p className="text-sm text-stone-700">
                {progress.done} of {progress.total} done. Go prepared: do not waste their time or yours.
              </p>
              <ChecklistForm interviewId={interview.id} version={interview.version} items={CHECKLIST_ITEMS.map((i) => ({ key: i.key, label: i.label, done: interview.checklist[i.key] === true }))} />
            </Part>
          ) : null}

          {open ? (
            <Part id="plan" title="Question plan">
              <Tip id="questions" />
              {plan.length === 0 ? (
                <p className="text-stone-700">No questions yet. Pick the ones most relevant to you; you won&rsquo;t have time for all of them.</p>
              ) : (
                <PlanReorderButton interviewId={interview.id} version={interview.planVersion} plan={plan.map((q) => ({ id: q.id, text: q.text, mustAsk: q.mustAsk }))}>
                  <ol className="divide-y divide-stone-200 rounded-md border border-stone-200" aria-label="Planned questions">
                    {plan.map((q, i) => (
                      <li key={q.id} className="flex flex-wrap items-start justify-between gap-2 p-2">
                        <p className="min-w-0 flex-1 basis-60 break-words">
                          <span className="font-semibold">{i + 1}.</span> {q.text}
                          {q.mustAsk ? <strong className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-950">Must ask</strong> : null}
                        </p>
                        <PlanQuestionControls interviewId={interview.id} question={q} />
                      </li>
                    ))}
                  </ol>
                </PlanReorderButton>
              )}
              <details className="rounded-md border border-stone-300 p-3">
                <summary className="cursor-pointer font-semibold">Pick from the question bank</summary>
                <div className="mt-3">
                  <BankPicker interviewId={interview.id} groups={groups} />
                </div>
              </details>
              <OwnQuestionForm interviewId={interview.id} />
              <p>
                <ButtonLink href={`/interviews/${interview.id}/print`} variant="quiet">
                  Print the interview sheet, with room to write
                </ButtonLink>
              </p>
            </Part>
          ) : null}

          <div className="flex flex-wrap gap-x-6 gap-y-4 border-t border-stone-200 pt-4">
            {canCancel(interview.status) ? (
              <div className="min-w-0 flex-1 basis-60 space-y-2">
                <p className="text-sm text-stone-700">Called off? Cancelling keeps the plan and notes; you can plan it again.</p>
                <CancelButton interviewId={interview.id} />
              </div>
            ) : null}
            <div className="min-w-0 flex-1 basis-60 space-y-2">
              <p className="text-sm text-stone-700">Deleting removes this interview, its plan, notes and reflection. Referred contacts stay.</p>
              <ConfirmDialog triggerLabel="Delete interview" title="Delete this interview?" confirmLabel="Delete" action={deleteInterview.bind(null, interview.id)}>
                <p>The interview with {interview.contactName}, its notes and reflection will be gone for good.</p>
              </ConfirmDialog>
            </div>
          </div>
        </Stage>

        <Stage id="talk" stage="talk" current={stage} summary={cancelled ? 'Cancelled: no notes to take.' : talkSummary}>
          {open ? <Tip id="day" /> : null}
          {!cancelled ? (
            <Part id="notes" title="Notes">
              <p className="text-sm text-stone-700">Take notes against each question during or right after the interview. They save as you type.</p>
              <NotesForm
                userId={viewer.id}
                interviewId={interview.id}
                version={interview.notesVersion}
                questions={plan.map((q) => ({ id: q.id, text: q.text, notes: q.notes, interesting: q.interesting }))}
                generalNotes={interview.generalNotes}
                timeZone={tz}
              />
            </Part>
          ) : (
            <p className="text-stone-700">This interview was cancelled. Plan it again under Prepare.</p>
          )}
          {open ? (
            <Part id="complete" title="After the interview">
              <CompleteForm
                interviewId={interview.id}
                defaultEnd={toLocalInputValue(now, tz)}
                startsAtLocal={interview.startsAt ? toLocalInputValue(interview.startsAt, tz) : null}
                startsAtLabel={interview.startsAt ? when : null}
              />
            </Part>
          ) : null}
        </Stage>

        <Stage id="follow-up" stage="follow-up" current={stage} summary={followUpSummary}>
          <Part id="thank-you" title="Thank-you">
            {completed ? (
              <>
                {interview.thankYouSentAt ? <ThankYouSummary interview={interview} timeZone={tz} now={now} /> : <Tip id="thank-you" />}
                <ThankYouPanel
                  userId={viewer.id}
                  interviewId={interview.id}
                  version={interview.thankYouVersion}
                  storedText={interview.thankYouText}
                  contactName={interview.contactName}
                  contactEmail={contactEmail}
                  myName={viewer.name}
                  plan={plan.map((q) => ({ id: q.id, text: q.text, topic: topicOf(q.text) }))}
                  interesting={plan.filter((q) => q.interesting).map((q) => q.id)}
                  current={{ channel: interview.thankYouChannel ?? 'email', sentOn: toLocalDateValue(interview.thankYouSentAt ?? now, tz) }}
                  today={toLocalDateValue(now, tz)}
                  timeZone={tz}
                />
              </>
            ) : (
              <p className="text-stone-700">After the interview, always send a thank-you: an e-mail, or better yet a card.</p>
            )}
          </Part>

          <Part id="referrals" title="Referrals received">
            <ReferralList
              referrals={referrals.map((r) => ({ ...r, href: `/contacts/${r.id}` }))}
              empty={<p className="text-stone-700">None yet. Ask: &ldquo;Can you suggest anyone else working in your field that it might be helpful for me to speak with?&rdquo;</p>}
            />
            <details className="rounded-md border border-stone-300 p-3">
              <summary className="cursor-pointer font-semibold">Add someone {interview.contactName} suggested</summary>
              <div className="mt-3">
                <ReferralForm interviewId={interview.id} contactName={interview.contactName} />
              </div>
            </details>
          </Part>

          <Part id="reflection" title="Reflection">
            {completed ? (
              <>
                <Tip id="reflect" />
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
          </Part>
        </Stage>

      </div>
    </>
  );
}
