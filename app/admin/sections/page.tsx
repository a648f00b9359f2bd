import type { Metadata } from 'next';
import Link from 'next/link';
import { listSectionsForViewer } from '@/db/queries/sections';
import { SectionList } from '@/components/layout/SectionList';
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
          <Link href="/admin/sections/new" className="rounded-md bg-emerald-800 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-emerald-900">
            Create a section
          </Link>
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
