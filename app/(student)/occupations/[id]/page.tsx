import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findOccupationForViewer, listOccupationContactsForViewer, listOccupationInterviewsForViewer, listUnknownsForViewer } from '@/db/queries/occupations';
import { PlainText, SourceList, StatusBadge } from '@/components/occupations/OccupationView';
import { Tip } from '@/components/method/Tip';
import { AddUnknownForm, UnknownList } from '@/components/occupations/Unknowns';
import { ButtonLink } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { deleteOccupation } from '@/lib/occupations/actions';
import { formatDateTime } from '@/lib/time';
import { parseId } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Occupation' };

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export default async function OccupationPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('student');
  const id = parseId((await params).id);
  const occupation = id ? findOccupationForViewer(viewer, id) : null;
  if (!occupation) notFound();
  const unknowns = listUnknownsForViewer(viewer, occupation.id);
  const linkedContacts = listOccupationContactsForViewer(viewer, occupation.id);
  const linkedInterviews = listOccupationInterviewsForViewer(viewer, occupation.id);
  return (
    <>
      <PageHeader
        title={occupation.title}
        lead={<StatusBadge status={occupation.status} />}
        actions={
          <>
            <ButtonLink href={`/occupations/${occupation.id}/edit`}>Edit</ButtonLink>
            <ConfirmDialog triggerLabel="Delete occupation" title={`Delete ${occupation.title}?`} confirmLabel="Delete" action={deleteOccupation.bind(null, occupation.id)}>
              <p>
                Its research notes and the list of what you still don’t know are deleted. Contacts and interviews about it stay; they are simply no
                longer linked to an occupation.
              </p>
            </ConfirmDialog>
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <Card title="Why it interests me">
            <PlainText text={occupation.whyInterested} empty="Not written yet." />
          </Card>
          <Card title="Research notes">
            <PlainText text={occupation.researchNotes} empty="No research notes yet." />
            <h3 className="mt-4 mb-2 font-semibold text-stone-900">Sources</h3>
            <SourceList sources={occupation.sources} />
          </Card>
          <Card title="What I still don’t know">
            <div className="space-y-4">
              <UnknownList items={unknowns} />
              <AddUnknownForm occupationId={occupation.id} />
            </div>
          </Card>
        </div>
        <div className="min-w-0 space-y-6">
          <Tip id="research" />
          <Card title={`Contacts (${linkedContacts.total})`}>
            {linkedContacts.items.length ? (
              <ul className="space-y-2">
                {linkedContacts.items.map((c) => (
                  <li key={c.id}>
                    <Link href={`/contacts/${c.id}`}>{c.name}</Link>
                    {c.jobTitle || c.organisation ? <span className="block text-sm text-stone-700">{[c.jobTitle, c.organisation].filter(Boolean).join(', ')}</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-stone-700">No contacts linked to this occupation yet.</p>
            )}
            {linkedContacts.total > linkedContacts.items.length ? <p className="mt-2 text-sm text-stone-700">Showing {linkedContacts.items.length} of {linkedContacts.total}.</p> : null}
          </Card>
          <Card title={`Interviews (${linkedInterviews.total})`}>
            {linkedInterviews.items.length ? (
              <ul className="space-y-2">
                {linkedInterviews.items.map((i) => (
                  <li key={i.id}>
                    <Link href={`/interviews/${i.id}`}>{i.contactName}</Link>
                    <span className="block text-sm text-stone-700">
                      {[capitalised(i.status), i.startsAt ? formatDateTime(i.startsAt, viewer.timeZone) : null].filter(Boolean).join(' · ')}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-stone-700">No interviews about this occupation yet.</p>
            )}
            {linkedInterviews.total > linkedInterviews.items.length ? (
              <p className="mt-2 text-sm text-stone-700">
                Showing the {linkedInterviews.items.length} most recent of {linkedInterviews.total}.
              </p>
            ) : null}
            <p className="mt-4">
              <ButtonLink href={`/occupations/compare?a=${occupation.id}`} size="sm">
                Compare the answers across interviews
              </ButtonLink>
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
