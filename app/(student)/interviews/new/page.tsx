import { listOccupationOptions } from '@/db/queries/occupations';
import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findContactForViewer } from '@/db/queries/contacts';
import { listContactChoices } from '@/db/queries/interviews';
import { CreateInterviewForm } from '@/components/interviews/ScheduleForms';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { SearchBox } from '@/components/ui/SearchBox';
import { requireRole } from '@/lib/authz';
import { parseId, parsePage, searchText } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Plan an interview' };

export default async function NewInterviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('student');
  const sp = await searchParams;
  const contactParam = searchText(sp.contact);

  if (contactParam) {
    const contactId = parseId(contactParam);
    const contact = contactId ? findContactForViewer(viewer, contactId) : null;
    if (!contact) notFound();
    return (
      <>
        <PageHeader title={`Plan an interview with ${contact.name}`} lead="Twenty minutes to half an hour, at their convenience. You are not looking for a job, only for information." />
        <div className="max-w-2xl">
          <Card>
            <CreateInterviewForm
              contactId={contact.id}
              timeZone={viewer.timeZone}
              occupations={listOccupationOptions(viewer)}
              current={{ occupationId: contact.occupationId, status: 'planned', startsAt: '', durationMinutes: 30, mode: 'in-person', location: '' }}
            />
          </Card>
        </div>
      </>
    );
  }

  const q = searchText(sp.q);
  const choices = listContactChoices(viewer, { q, page: parsePage(sp.page) });
  return (
    <>
      <PageHeader title="Plan an interview" lead="Whom will you talk to? Choose one of your contacts." />
      <SearchBox action="/interviews/new" defaultValue={q} label="Search your contacts by name" />
      {choices.items.length ? (
        <ul className="mt-4 divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white" aria-label="Your contacts">
          {choices.items.map((c) => (
            <li key={c.id} className="px-4 py-2">
              <Link href={`/interviews/new?contact=${c.id}`} className="font-medium">
                {c.name}
              </Link>
              {[c.jobTitle, c.organisation].filter(Boolean).length ? (
                <span className="text-stone-700">, {[c.jobTitle, c.organisation].filter(Boolean).join(', ')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4 text-stone-700">
          {q ? 'No contact matches.' : 'You have no contacts yet.'} <Link href="/contacts/new">Add a contact</Link> first.
        </p>
      )}
      <Pagination page={choices.page} pageCount={choices.pageCount} total={choices.total} basePath="/interviews/new" params={{ q }} label="Contact pages" />
    </>
  );
}
