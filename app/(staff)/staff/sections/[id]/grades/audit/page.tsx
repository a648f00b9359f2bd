import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findSectionToGrade, listGradeAudit } from '@/db/queries/grading';
import { sectionLabel } from '@/lib/sections/label';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireRole } from '@/lib/authz';
import { GRADE_AUDIT_ACTION_LABELS } from '@/lib/grading/vocabulary';
import { formatDateTime } from '@/lib/time';
import { parseId, parsePage } from '@/lib/validation/common';
import { ScrollBox } from '@/components/ui/Button';

export const metadata: Metadata = { title: 'Grade audit' };

function score(v: Record<string, unknown> | null): string {
  if (!v) return '—';
  const parts: string[] = [];
  if (typeof v.status === 'string') parts.push(v.status);
  if ('finalPoints' in v) parts.push(v.finalPoints === null ? 'no score' : `${v.finalPoints} pts`);
  if (typeof v.latePenaltyPercent === 'number' && v.latePenaltyPercent > 0) parts.push(`late −${v.latePenaltyPercent} %`);
  if (v.overridePoints !== null && v.overridePoints !== undefined) parts.push(`override: ${String(v.overrideReason ?? '')}`);
  return parts.join(' · ');
}

/** Every grade write in the section, newest first: who, whose, what it was, what it became, when. */
export default async function GradeAuditPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('instructor');
  const id = parseId((await params).id);
  const section = id ? findSectionToGrade(viewer, id) : null;
  if (!section) notFound();
  const page = listGradeAudit(viewer, section.id, parsePage((await searchParams).page));
  const base = `/staff/sections/${section.id}/grades/audit`;
  return (
    <>
      <PageHeader
        title={`Grade audit: ${sectionLabel(section)}`}
        lead={
          <>
            Every grade saved or released in this section. <Link href={`/staff/sections/${section.id}/gradebook`}>Back to the gradebook</Link>.
          </>
        }
      />
      {page.items.length ? (
        <ScrollBox label="Grade audit" className="rounded-lg border border-stone-300 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Grade changes, newest first</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-3 py-2">When</th>
                <th scope="col" className="px-3 py-2">Grader</th>
                <th scope="col" className="px-3 py-2">Student</th>
                <th scope="col" className="px-3 py-2">Assignment</th>
                <th scope="col" className="px-3 py-2">What</th>
                <th scope="col" className="px-3 py-2">Before</th>
                <th scope="col" className="px-3 py-2">After</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {page.items.map((e) => (
                <tr key={e.id}>
                  <td className="px-3 py-2">{formatDateTime(e.createdAt, viewer.timeZone)}</td>
                  <td className="px-3 py-2">{e.graderName ?? '—'}</td>
                  <td className="px-3 py-2">{e.studentName}</td>
                  <td className="px-3 py-2">{e.assignmentTitle}</td>
                  <td className="px-3 py-2">{GRADE_AUDIT_ACTION_LABELS[e.action] ?? e.action}</td>
                  <td className="px-3 py-2">{score(e.before)}</td>
                  <td className="px-3 py-2">{score(e.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p className="text-stone-700">No grades saved yet.</p>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} total={page.total} basePath={base} label="Audit pages" />
    </>
  );
}
