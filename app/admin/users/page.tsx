import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { listUsers } from '@/db/queries/users';
import { ROLE_LABELS, ROLES, type Role } from '@/lib/accounts/vocabulary';
import { ButtonLink, FilterPills, ScrollBox } from '@/components/ui/Button';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { SearchBox } from '@/components/ui/SearchBox';
import { requireRole } from '@/lib/authz';
import { parsePage, searchText } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Users' };

export default async function AdminUsers({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('admin');
  const sp = await searchParams;
  const q = searchText(sp.q);
  const roleParam = searchText(sp.role);
  const role = (ROLES as readonly string[]).includes(roleParam) ? (roleParam as Role) : undefined;
  const users = listUsers(viewer, { q, role, page: parsePage(sp.page) });
  return (
    <>
      <PageHeader
        title="Users"
        actions={
          <ButtonLink href="/admin/users/new" variant="primary">
            Create an account
          </ButtonLink>
        }
      />
      <SearchBox action="/admin/users" defaultValue={q} label="Search by name or e-mail" hidden={{ role }} />
      <FilterPills
        label="Filter by role"
        className="mt-3"
        items={[
          { href: `/admin/users${q ? `?q=${encodeURIComponent(q)}` : ''}`, label: 'Everyone', current: !role },
          ...ROLES.map((r) => ({ href: `/admin/users?role=${r}${q ? `&q=${encodeURIComponent(q)}` : ''}`, label: `${ROLE_LABELS[r]}s`, current: role === r })),
        ]}
      />
      {/* On a phone the e-mail, role and status go under the name. */}
      <ScrollBox label="Users" className="mt-4 rounded-lg border border-stone-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Users</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-4 py-2">Name</th>
              <th scope="col" className="hidden px-4 py-2 md:table-cell">E-mail</th>
              <th scope="col" className="hidden px-4 py-2 md:table-cell">Role</th>
              <th scope="col" className="hidden px-4 py-2 md:table-cell">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {users.items.map((u) => {
              const standing = !u.active ? 'Deactivated' : u.hasPassword ? 'Active' : 'Invited';
              return (
                <tr key={u.id}>
                  <td className="px-4 py-2">
                    <Link href={`/admin/users/${u.id}`} className="font-medium">
                      {u.name}
                    </Link>
                    <span className="block break-all text-stone-700 md:hidden">{u.email}</span>
                    <span className="block text-stone-700 md:hidden">
                      {ROLE_LABELS[u.role]} · {standing}
                    </span>
                  </td>
                  <td className="hidden px-4 py-2 break-all md:table-cell">{u.email}</td>
                  <td className="hidden px-4 py-2 md:table-cell">{ROLE_LABELS[u.role]}</td>
                  <td className="hidden px-4 py-2 md:table-cell">{standing}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {users.items.length === 0 ? <p className="p-4 text-stone-700">No one matches.</p> : null}
      </ScrollBox>
      <Pagination page={users.page} pageCount={users.pageCount} total={users.total} basePath="/admin/users" params={{ q, role }} label="User pages" />
    </>
  );
}
