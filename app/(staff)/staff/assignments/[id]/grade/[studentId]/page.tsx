import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findAssignmentToGrade, findExtensionDueAt, findGrade, findProcessFacts, findRubricOfAssignment, findStudentToGrade, graderPosition } from '@/db/queries/grading';
import { findInterviewForViewer, listInterviewReferralsForViewer, listPlanQuestionsForViewer } from '@/db/queries/interviews';
import { findAssignmentSubmissionForViewer, listSubmissionCommentsForViewer, listSubmissionVersionsForViewer } from '@/db/queries/submissions';
import { AnswersView } from '@/components/grading/AnswersView';
import { GradeForm, type GradeFormCriterion } from '@/components/grading/GradeForm';
import { ReleaseAllButton } from '@/components/grading/ReleaseAllButton';
import { InterviewRecord } from '@/components/interviews/InterviewRecord';
import { sectionLabel } from '@/lib/sections/label';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { releaseAllGrades, saveGrade } from '@/lib/grading/actions';
import { evaluateProcessRule, suggestedLevelId } from '@/lib/grading/process';
import { latePenaltyPercent } from '@/lib/grading/scoring';
import { GRADE_STATUS_LABELS, GRADER_FILTER_LABELS, GRADER_FILTERS, PROCESS_RULE_LABELS } from '@/lib/grading/vocabulary';
import { daysLate } from '@/lib/submissions/rules';
import { SUBMISSION_STATUS_LABELS } from '@/lib/submissions/vocabulary';
import { formatDateTime } from '@/lib/time';
import { parseId } from '@/lib/validation/common';
import { graderFilterParam } from '@/lib/validation/grading';
import { formatCount } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Grader' };

/** One student's work beside the rubric; next and previous by keyboard. Instructors of the section only. */
export default async function GraderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; studentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireRole('instructor');
  const p = await params;
  const id = parseId(p.id);
  const studentId = parseId(p.studentId);
  const assignment = id ? findAssignmentToGrade(viewer, id) : null;
  const student = assignment && studentId ? findStudentToGrade(assignment, studentId) : null;
  if (!assignment || !student) notFound();
  const filter = graderFilterParam.parse((await searchParams).filter);
  const now = await requestNow();
  const tz = viewer.timeZone;
  const base = `/staff/assignments/${assignment.id}/grade`;
  const q = filter !== 'all' ? `?filter=${filter}` : '';

  const submission = findAssignmentSubmissionForViewer(viewer, assignment.id, student.id);
  const versions = submission ? listSubmissionVersionsForViewer(viewer, submission.id) : [];
  const latest = versions.at(-1) ?? null;
  const comments = submission && latest ? listSubmissionCommentsForViewer(viewer, submission.id).filter((c) => c.versionId === null || c.versionId === latest.id) : [];
  const interviewId = latest?.interviewId ?? submission?.interviewId ?? null;
  const interview = interviewId ? findInterviewForViewer(viewer, interviewId) : null;
  const rubric = findRubricOfAssignment(viewer, assignment);
  const grade = findGrade(assignment.id, student.id);
  const facts = rubric?.criteria.some((c) => c.processRule) ? findProcessFacts(student.id, interviewId) : null;
  const position = graderPosition(assignment, student, filter);

  const days = submission?.submittedAt ? daysLate(submission.submittedAt, { dueAt: assignment.dueAt, closesAt: assignment.closesAt, extensionDueAt: findExtensionDueAt(assignment.id, student.id) }) : 0;
  const penalty = latePenaltyPercent(days, assignment);

  const criteria: GradeFormCriterion[] | null = rubric
    ? rubric.criteria.map((c) => {
        const chosen = grade?.criteria.find((g) => g.criterionId === c.id) ?? null;
        const evidence = c.processRule && facts ? evaluateProcessRule(c.processRule, facts) : null;
        const chosenLevel = chosen?.levelId ? c.levels.find((l) => l.id === chosen.levelId) : null;
        return {
          id: c.id,
          title: c.title,
          description: c.description,
          processLabel: c.processRule ? PROCESS_RULE_LABELS[c.processRule] : null,
          levels: c.levels,
          suggestion: evidence ? { levelId: suggestedLevelId(c.levels, evidence.met), reason: evidence.reason } : null,
          chosenLevelId: chosen ? (chosen.levelId ?? null) : null,
          typedPoints: chosen && (!chosenLevel || chosenLevel.points !== chosen.points) ? chosen.points : null,
        };
      })
    : null;

  return (
    <>
      <PageHeader
        title={`${student.name}: ${assignment.title}`}
        lead={
          <>
            {sectionLabel(assignment.section)} · student {formatCount(position.position)} of {formatCount(position.total)}
            {filter !== 'all' ? ` (${GRADER_FILTER_LABELS[filter].toLowerCase()})` : ''} ·{' '}
            <Link href={`/staff/sections/${assignment.sectionId}/gradebook`}>Gradebook</Link> · <Link href={`/staff/assignments/${assignment.id}/grading`}>Grading settings</Link>
          </>
        }
      />
      <nav aria-label="Filter students" className="mb-4 flex flex-wrap gap-2 text-sm">
        {GRADER_FILTERS.map((f) => (
          <Link
            key={f}
            href={`${base}${f !== 'all' ? `?filter=${f}` : ''}`}
            aria-current={f === filter ? 'page' : undefined}
            className={`rounded-full border px-3 py-1 font-semibold ${f === filter ? 'border-emerald-800 bg-emerald-50' : 'border-stone-400 bg-white'}`}
          >
            {GRADER_FILTER_LABELS[f]}
          </Link>
        ))}
      </nav>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="min-w-0 space-y-6">
          <Card title="Submission">
            {submission && latest ? (
              <div className="space-y-3">
                <p className="text-sm text-stone-700">
                  {SUBMISSION_STATUS_LABELS[submission.status]} · version {latest.number} submitted {formatDateTime(latest.submittedAt, tz)}
                  {days > 0 ? (
                    <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-950">
                      Late: {days} {days === 1 ? 'day' : 'days'}
                    </span>
                  ) : null}
                </p>
                <AnswersView answers={latest.answers} comments={comments} />
              </div>
            ) : (
              <p className="text-stone-700">Nothing submitted yet.</p>
            )}
          </Card>
          {interview ? (
            <Card title={`The interview: ${interview.contactName}`}>
              <InterviewRecord
                interview={interview}
                plan={listPlanQuestionsForViewer(viewer, interview.id)}
                referrals={listInterviewReferralsForViewer(viewer, interview.id)}
                timeZone={tz}
                now={now}
                headingLevel={3}
              />
            </Card>
          ) : null}
        </div>
        <div className="min-w-0 space-y-4">
          <Card title="Grade">
            <p className="mb-3 text-sm text-stone-700">
              {grade ? GRADE_STATUS_LABELS[grade.status] : 'Not graded'}
              {grade?.releasedAt ? ` on ${formatDateTime(grade.releasedAt, tz)}` : ''}
              {grade?.status === 'released' && grade.releasedPoints !== grade.finalPoints ? ` · changed since release (was ${grade.releasedPoints})` : ''}
              {grade?.status === 'released' ? ' · a change now shows to the student as changed.' : ''}
            </p>
            <GradeForm
              key={student.id}
              action={saveGrade.bind(null, assignment.id, student.id)}
              version={grade?.version ?? 0}
              pointsPossible={assignment.pointsPossible ?? 0}
              allowExtraCredit={assignment.allowExtraCredit}
              latePenaltyPercent={penalty}
              lateNote={days > 0 ? `${days} ${days === 1 ? 'day' : 'days'} late` : null}
              criteria={criteria}
              points={rubric ? null : (grade?.points ?? null)}
              feedback={grade?.feedback ?? ''}
              overridePoints={grade?.overridePoints ?? null}
              overrideReason={grade?.overrideReason ?? ''}
              filter={filter}
              prevHref={position.prev ? `${base}/${position.prev}${q}` : null}
              nextHref={position.next ? `${base}/${position.next}${q}` : null}
              released={grade?.status === 'released'}
            />
          </Card>
          <ReleaseAllButton action={releaseAllGrades.bind(null, assignment.id)} label="Release all draft grades of this assignment" />
        </div>
      </div>
    </>
  );
}
