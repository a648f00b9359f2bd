import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findInterviewForViewer, listInterviewReferralsForViewer, listPlanQuestionsForViewer } from '@/db/queries/interviews';
import { findStudentForViewer } from '@/db/queries/sections';
import { InterviewRecord } from '@/components/interviews/InterviewRecord';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Interview record' };

/** One of a student's interviews, read-only, for the counsellors and instructors of their section. */
export default async function StaffInterviewPage({ params }: { params: Promise<{ studentId: string; interviewId: string }> }) {
  const viewer = await requireRole('counsellor', 'instructor');
  const { studentId: rawStudentId, interviewId: rawInterviewId } = await params;
  const studentId = parseId(rawStudentId);
  const interviewId = parseId(rawInterviewId);
  const interview = studentId && interviewId ? findInterviewForViewer(viewer, interviewId) : null;
  // The address names the student too: another student's interview under it is not found.
  const student = interview && interview.studentId === studentId ? findStudentForViewer(viewer, interview.studentId) : null;
  if (!interview || !student) notFound();
  const now = await requestNow();
  const plan = listPlanQuestionsForViewer(viewer, interview.id);
  const referrals = listInterviewReferralsForViewer(viewer, interview.id);
  return (
    <>
      <PageHeader
        title={`Interview with ${interview.contactName}`}
        lead={
          <>
            Read-only. Part of <Link href={`/staff/students/${student.id}`}>{student.name}&rsquo;s record</Link>.
          </>
        }
      />
      <Card>
        <InterviewRecord interview={interview} plan={plan} referrals={referrals} timeZone={viewer.timeZone} now={now} />
      </Card>
    </>
  );
}
