import type { Metadata } from 'next';
import { listReleasedGradesForViewer } from '@/db/queries/grading';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { ScrollBox } from '@/components/ui/Button';
import { requireRole } from '@/lib/authz';
import { round2 } from '@/lib/grading/scoring';
import { formatDateTime } from '@/lib/time';

export const metadata: Metadata = { title: 'Grades' };

/** The student's released grades, with the rubric and feedback; a grade changed after release says so. */
export default async function GradesPage() {
  const viewer = await requireRole('student');
  const released = listReleasedGradesForViewer(viewer, viewer.id);
  return (
    <>
      <PageHeader title="Grades" lead="Grades appear here once your instructor releases them." />
      {released.length ? (
        <div className="space-y-4">
          {released.map((g) => {
            const changed = g.releasedPoints !== null && g.finalPoints !== g.releasedPoints;
            return (
              <Card key={g.id} title={g.assignmentTitle}>
                <p className="text-lg font-semibold break-words">
                  {g.finalPoints === null ? '—' : round2(g.finalPoints)} of {g.pointsPossible ?? '—'}
                  {changed ? (
                    <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-sm font-semibold text-amber-950">
                      Changed after release (was {g.releasedPoints})
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-stone-700">
                  {g.sectionLabel}
                  {g.releasedAt ? ` · released ${formatDateTime(g.releasedAt, viewer.timeZone)}` : ''}
                  {changed && g.updatedAt ? ` · changed ${formatDateTime(g.updatedAt, viewer.timeZone)}` : ''}
                </p>
                {g.latePenaltyPercent > 0 ? <p className="text-sm">Late penalty: −{g.latePenaltyPercent} %.</p> : null}
                {g.overridePoints !== null ? <p className="text-sm">Score set by your instructor: {g.overrideReason}</p> : null}
                {g.criteria.length ? (
                  <ScrollBox label={`Rubric for ${g.assignmentTitle}`} className="mt-3">
                  <table className="w-full text-left text-sm">
                    <caption className="sr-only">Rubric for {g.assignmentTitle}</caption>
                    <thead>
                      <tr>
                        <th scope="col" className="pr-2">Criterion</th>
                        <th scope="col" className="pr-2">Level</th>
                        <th scope="col">Points</th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-stone-200">
                      {g.criteria.map((c, i) => (
                        <tr key={i}>
                          <td className="py-1 pr-2 break-words">{c.title}</td>
                          <td className="py-1 pr-2">{c.levelLabel ?? '—'}</td>
                          <td className="py-1">
                            {c.points} of {c.maxPoints}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  </ScrollBox>
                ) : null}
                {g.feedback ? (
                  <div className="mt-3">
                    <h3 className="font-semibold">Feedback</h3>
                    <p className="whitespace-pre-wrap break-words">{g.feedback}</p>
                  </div>
                ) : null}
              </Card>
            );
          })}
        </div>
      ) : (
        <p className="text-stone-700">No grades released yet.</p>
      )}
    </>
  );
}
