import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { countSectionStudents, listSectionStaff, listSectionStudents } from '@/db/queries/sections';
import { sectionLabel } from '@/lib/sections/label';
import { ButtonLink, ScrollBox } from '@/components/ui/Button';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { SearchBox } from '@/components/ui/SearchBox';
import { requireStaffedSection } from '@/lib/authz';
import { parsePage, searchText } from '@/lib/validation/common';
import { plural } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Section' };

export default async function StaffSectionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { viewer, section } = await requireStaffedSection(params);
  const sp = await searchParams;
  const q = searchText(sp.q);
  const students = listSectionStudents(viewer, section.id, { q, page: parsePage(sp.page) });
  const staff = listSectionStaff(viewer, section.id);
  const basePath = `/staff/sections/${section.id}`;
  return (
    <>
      <PageHeader
        title={sectionLabel(section)}
        lead={`${section.title} · ${section.term} · ${plural(countSectionStudents(viewer, section.id), 'student')}`}
      />
      <p className="mb-4">
        <Link href={`${basePath}/assignments`} className="font-semibold">
          Assignments
        </Link>
      </p>
      <p className="mb-4 text-sm text-stone-700">
        Staff: {staff.map((s) => `${s.name} (${s.memberRole})`).join(', ') || 'none'}
      </p>
      <p className="mb-4 flex flex-wrap gap-3">
        <ButtonLink href={`${basePath}/gradebook`}>{viewer.role === 'instructor' ? 'Gradebook' : 'Released grades'}</ButtonLink>
        {viewer.role === 'instructor' ? <ButtonLink href={`${basePath}/roster`}>Import roster</ButtonLink> : null}
        <ButtonLink href={`${basePath}/overview`} variant="primary">
          Overview: where each student stands
        </ButtonLink>
        <ButtonLink href={`/staff/review?section=${section.id}`}>Review queue</ButtonLink>
      </p>
      <h2 className="mb-2 text-lg font-semibold">Students</h2>
      <SearchBox action={basePath} defaultValue={q} label="Search students by name or e-mail" />
      {students.items.length ? (
        <ScrollBox label={`Students in ${sectionLabel(section)}`} className="mt-4 rounded-lg border border-stone-300 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Students in {sectionLabel(section)}</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="px-4 py-2">
                  Name
                </th>
                <th scope="col" className="hidden px-4 py-2 md:table-cell">
                  E-mail
                </th>
                <th scope="col" className="px-4 py-2">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {students.items.map((s) => (
                <tr key={s.id}>
                  <td className="px-4 py-2">
                    <Link href={`/staff/students/${s.id}`} className="font-medium">
                      {s.name}
                    </Link>
                    <span className="block break-all text-stone-700 md:hidden">{s.email}</span>
                  </td>
                  <td className="hidden px-4 py-2 break-all md:table-cell">{s.email}</td>
                  <td className="px-4 py-2">{s.active ? 'Active' : 'Deactivated'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      ) : (
        <p className="mt-4 text-stone-700">{q ? `No student matches “${q}”.` : 'No students in this section yet.'}</p>
      )}
      <Pagination page={students.page} pageCount={students.pageCount} total={students.total} basePath={basePath} params={{ q }} label="Student pages" />
    </>
  );
}
