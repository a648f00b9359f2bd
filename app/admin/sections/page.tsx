import type { Metadata } from 'next';
import { listSectionsForViewer } from '@/db/queries/sections';
import { SectionList } from '@/components/layout/SectionList';
import { ButtonLink } from '@/components/ui/Button';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { SearchBox } from '@/components/ui/SearchBox';
import { requireRole } from '@/lib/authz';
import { parsePage, searchText } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Sections' };

export default async function AdminSections({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('admin');
  const sp = await searchParams;
  const q = searchText(sp.q);
  const sections = listSectionsForViewer(viewer, { q, page: parsePage(sp.page) });
  return (
    <>
      <PageHeader
        title="Sections"
        actions={
          <ButtonLink href="/admin/sections/new" variant="primary">
            Create a section
          </ButtonLink>
        }
      />
      <SearchBox action="/admin/sections" defaultValue={q} label="Search by course, section, title or term" />
      <div className="mt-4">
        {sections.items.length ? <SectionList sections={sections.items} hrefFor={(id) => `/admin/sections/${id}`} /> : <p className="text-stone-700">No sections match.</p>}
      </div>
      <Pagination page={sections.page} pageCount={sections.pageCount} total={sections.total} basePath="/admin/sections" params={{ q }} label="Section pages" />
    </>
  );
}
