import type { Metadata } from 'next';
import { countReviewQueueForViewer } from '@/db/queries/review';
import { listSectionsForViewer } from '@/db/queries/sections';
import { SectionList } from '@/components/layout/SectionList';
import { ButtonLink } from '@/components/ui/Button';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireRole } from '@/lib/authz';
import { parsePage } from '@/lib/validation/common';
import { formatCount } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'My sections' };

export default async function StaffHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('counsellor', 'instructor');
  const sp = await searchParams;
  const sections = listSectionsForViewer(viewer, { page: parsePage(sp.page) });
  const waiting = countReviewQueueForViewer(viewer).total;
  return (
    <>
      <PageHeader
        title="My sections"
        lead={`The sections you staff as ${viewer.role === 'counsellor' ? 'a counsellor' : 'an instructor'}.`}
        actions={
          <ButtonLink href="/staff/review" variant={waiting ? 'primary' : 'secondary'}>
            {waiting ? `Review queue: ${formatCount(waiting)} waiting` : 'Review queue: nothing waiting'}
          </ButtonLink>
        }
      />
      {sections.items.length ? (
        <>
          <SectionList sections={sections.items} hrefFor={(id) => `/staff/sections/${id}`} />
          <Pagination page={sections.page} pageCount={sections.pageCount} total={sections.total} basePath="/staff" label="Section pages" />
        </>
      ) : (
        <p className="text-stone-700">You do not staff any section yet. An admin adds you to a section.</p>
      )}
    </>
  );
}
