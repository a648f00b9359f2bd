import type { Metadata } from 'next';
import Link from 'next/link';
import { listUsers } from '@/db/queries/users';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { SearchBox } from '@/components/ui/SearchBox';
import { requireRole } from '@/lib/authz';
import { parsePage, searchText } from '@/lib/validation/common';
import { ROLES, type Role } from '@/lib/accounts/vocabulary';

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
          <Link href="/admin/users/new" className="rounded-md bg-emerald-800 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-emerald-900">
            Create an account
          </Link>
        }
      />
      <SearchBox action="/admin/users" defaultValue={q} label="Search by name or e-mail" hidden={{ role }} />
      <nav className="mt-3 flex flex-wrap gap-3 text-sm" aria-label="Filter by role">
        <Link href={`/admin/users${q ? `?q=${encodeURIComponent(q)}` : ''}`} aria-current={!role ? 'true' : undefined} className="aria-[current=true]:font-bold">
          Everyone
        </Link>
        {ROLES.map((r) => (
          <Link key={r} href={`/admin/users?role=${r}${q ? `&q=${encodeURIComponent(q)}` : ''}`} aria-current={role === r ? 'true' : undefined} className="capitalize aria-[current=true]:font-bold">
            {r}s
          </Link>
        ))}
      </nav>
      <div className="mt-4 overflow-x-auto rounded-lg border border-stone-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Users</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-4 py-2">Name</th>
              <th scope="col" className="px-4 py-2">E-mail</th>
              <th scope="col" className="px-4 py-2">Role</th>
              <th scope="col" className="px-4 py-2">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {users.items.map((u) => (
              <tr key={u.id}>
                <td className="break-words px-4 py-2">
                  <Link href={`/admin/users/${u.id}`}>{u.name}</Link>
                </td>
                <td className="break-all px-4 py-2">{u.email}</td>
                <td className="px-4 py-2 capitalize">{u.role}</td>
                <td className="px-4 py-2">{!u.active ? 'Deactivated' : u.hasPassword ? 'Active' : 'Invited'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {users.items.length === 0 ? <p className="p-4 text-stone-700">No one matches.</p> : null}
      </div>
      <Pagination page={users.page} pageCount={users.pageCount} total={users.total} basePath="/admin/users" params={{ q, role }} label="User pages" />
    </>
  );
}
