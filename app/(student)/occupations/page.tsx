import type { Metadata } from 'next';
import { listOccupationsForViewer } from '@/db/queries/occupations';
import { OccupationList, StatusFilter } from '@/components/occupations/OccupationView';
import { ButtonLink } from '@/components/ui/Button';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireRole } from '@/lib/authz';
import { parsePage } from '@/lib/validation/common';
import { parseOccupationStatus } from '@/lib/validation/occupation';
import { OCCUPATION_STATUS_LABELS, OCCUPATION_STATUS_OPTIONS } from '@/lib/occupations/vocabulary';

export const metadata: Metadata = { title: 'Occupations' };

export default async function OccupationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('student');
  const sp = await searchParams;
  const status = parseOccupationStatus(sp.status);
  const list = listOccupationsForViewer(viewer, viewer.id, { status, page: parsePage(sp.page) });
  return (
    <>
      <PageHeader
        title="Occupations"
        lead="The work you think you might like: what you have found out, and what you still don’t know."
        actions={
          <>
            <ButtonLink href="/occupations/compare">Compare interviews</ButtonLink>
            <ButtonLink href="/occupations/new" variant="primary">
              Add an occupation
            </ButtonLink>
          </>
        }
      />
      <StatusFilter current={status} options={OCCUPATION_STATUS_OPTIONS} />
      <div className="mt-4">
        {list.items.length ? (
          <OccupationList items={list.items} />
        ) : status ? (
          <p className="text-stone-700">No occupations with the status “{OCCUPATION_STATUS_LABELS[status]}”.</p>
        ) : (
          <p className="text-stone-700">No occupations yet. Name one you think you might like, and what you still don’t know about it.</p>
        )}
      </div>
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath="/occupations" params={{ status }} label="Occupation pages" />
    </>
  );
}
