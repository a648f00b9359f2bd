import { listOccupationOptions } from '@/db/queries/occupations';
import type { Metadata } from 'next';
import Link from 'next/link';
import { listContactsForViewer } from '@/db/queries/contacts';
import { ContactFilters } from '@/components/contacts/ContactFilters';
import { ContactStatus } from '@/components/contacts/ContactStatus';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireRole } from '@/lib/authz';
import { parseId, parsePage, searchText } from '@/lib/validation/common';
import { CONTACT_STATUS_LABELS, CONTACT_STATUSES, isContactStatus } from '@/lib/contacts/vocabulary';

export const metadata: Metadata = { title: 'Contacts' };

export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('student');
  const sp = await searchParams;
  const q = searchText(sp.q);
  const occupationId = parseId(searchText(sp.occupation)) ?? undefined;
  const statusParam = searchText(sp.status);
  const status = isContactStatus(statusParam) ? statusParam : undefined;
  const contacts = listContactsForViewer(viewer, viewer.id, { q, occupationId, status, page: parsePage(sp.page) });
  const occupations = listOccupationOptions(viewer);
  const filtered = !!(q || occupationId || status);
  return (
    <>
      <PageHeader
        title="Contacts"
        lead="The people to talk to: who they are, how you found them, and why them."
        actions={
          <Link href="/contacts/new" className="rounded-md bg-emerald-800 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-emerald-900">
            Add a contact
          </Link>
        }
      />
      {sp.deleted === '1' ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-900">
          The contact was deleted.
        </p>
      ) : null}
      <ContactFilters
        q={q}
        occupationId={occupationId ? String(occupationId) : ''}
        status={status ?? ''}
        occupations={occupations.map((o) => ({ value: String(o.id), label: o.title }))}
        statuses={CONTACT_STATUSES.map((s) => ({ value: s, label: CONTACT_STATUS_LABELS[s] }))}
      />
      <div className="mt-4 overflow-x-auto rounded-lg border border-stone-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Your contacts</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-4 py-2">Name</th>
              <th scope="col" className="px-4 py-2">Job and organisation</th>
              <th scope="col" className="px-4 py-2">Occupation</th>
              <th scope="col" className="px-4 py-2">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {contacts.items.map((c) => (
              <tr key={c.id}>
                <td className="break-words px-4 py-2">
                  <Link href={`/contacts/${c.id}`}>{c.name}</Link>
                </td>
                <td className="break-words px-4 py-2">{[c.jobTitle, c.organisation].filter(Boolean).join(', ')}</td>
                <td className="break-words px-4 py-2">{c.occupationTitle}</td>
                <td className="px-4 py-2">
                  <ContactStatus status={c.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {contacts.items.length === 0 ? (
          <p className="p-4 text-stone-700">
            {filtered ? 'No contact matches.' : 'No contacts yet. Ask friends, family, your doctor or dentist, neighbours, instructors — anyone you know — who does the work you are curious about.'}
          </p>
        ) : null}
      </div>
      <Pagination
        page={contacts.page}
        pageCount={contacts.pageCount}
        total={contacts.total}
        basePath="/contacts"
        params={{ q, occupation: occupationId ? String(occupationId) : undefined, status }}
        label="Contact pages"
      />
    </>
  );
}
