import { listOccupationOptions } from '@/db/queries/occupations';
import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findContactForViewer, listContactOptions } from '@/db/queries/contacts';
import { ContactForm } from '@/components/contacts/ContactForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { parseId } from '@/lib/validation/common';
import { CONTACT_CRITERIA_OPTIONS, CONTACT_SOURCE_OPTIONS } from '@/lib/contacts/vocabulary';

export const metadata: Metadata = { title: 'Edit contact' };

export default async function EditContactPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireRole('student');
  const id = parseId((await params).id);
  const contact = id ? findContactForViewer(viewer, id) : null;
  if (!contact) notFound();
  const occupations = listOccupationOptions(viewer).map((o) => ({ value: String(o.id), label: o.title }));
  const referrers = listContactOptions(viewer, contact.id).map((c) => ({ value: String(c.id), label: c.name }));
  return (
    <>
      <PageHeader title={`Edit ${contact.name}`} lead={<Link href={`/contacts/${contact.id}`}>Back to {contact.name}</Link>} />
      <ContactForm
        contactId={contact.id}
        version={contact.version}
        current={{
          name: contact.name,
          jobTitle: contact.jobTitle ?? '',
          organisation: contact.organisation ?? '',
          occupationId: contact.occupationId ? String(contact.occupationId) : '',
          email: contact.email ?? '',
          phone: contact.phone ?? '',
          notes: contact.notes ?? '',
          howFound: contact.howFound,
          howFoundDetail: contact.howFoundDetail ?? '',
          referredByContactId: contact.referredByContactId ? String(contact.referredByContactId) : '',
          criteria: contact.criteria,
        }}
        occupations={occupations}
        referrers={referrers}
        sources={CONTACT_SOURCE_OPTIONS}
        criteria={CONTACT_CRITERIA_OPTIONS}
        submitLabel="Save changes"
      />
    </>
  );
}
