import { listOccupationOptions } from '@/db/queries/occupations';
import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { listContactsForViewer } from '@/db/queries/contacts';
import { ContactFilters } from '@/components/contacts/ContactFilters';
import { ContactStatus } from '@/components/contacts/ContactStatus';
import { ButtonLink, Notice, ScrollBox } from '@/components/ui/Button';
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
          <ButtonLink href="/contacts/new" variant="primary">
            Add a contact
          </ButtonLink>
        }
      />
      {sp.deleted === '1' ? (
        <Notice tone="success" role="status" className="mb-4">
          The contact was deleted.
        </Notice>
      ) : null}
      <ContactFilters
        q={q}
        occupationId={occupationId ? String(occupationId) : ''}
        status={status ?? ''}
        occupations={occupations.map((o) => ({ value: String(o.id), label: o.title }))}
        statuses={CONTACT_STATUSES.map((s) => ({ value: s, label: CONTACT_STATUS_LABELS[s] }))}
      />
      {/* On a phone the job and occupation go under the name, so Status stays in view. */}
      <ScrollBox label="Your contacts" className="mt-4 rounded-lg border border-stone-300 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Your contacts</caption>
          <thead className="bg-stone-100">
            <tr>
              <th scope="col" className="px-4 py-2">Name</th>
              <th scope="col" className="hidden px-4 py-2 md:table-cell">Job and organisation</th>
              <th scope="col" className="hidden px-4 py-2 md:table-cell">Occupation</th>
              <th scope="col" className="px-4 py-2">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {contacts.items.map((c) => (
              <tr key={c.id}>
                <td className="px-4 py-2">
                  <Link href={`/contacts/${c.id}`} className="font-medium">
                    {c.name}
                  </Link>
                  <span className="block text-stone-700 md:hidden">{[c.jobTitle, c.organisation, c.occupationTitle].filter(Boolean).join(' · ')}</span>
                </td>
                <td className="hidden px-4 py-2 md:table-cell">{[c.jobTitle, c.organisation].filter(Boolean).join(', ')}</td>
                <td className="hidden px-4 py-2 md:table-cell">{c.occupationTitle}</td>
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
      </ScrollBox>
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
