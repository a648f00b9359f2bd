import { listOccupationOptions } from '@/db/queries/occupations';
import type { Metadata } from 'next';
import { listContactOptions } from '@/db/queries/contacts';
import { ContactForm } from '@/components/contacts/ContactForm';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { CONTACT_CRITERIA_OPTIONS, CONTACT_SOURCE_OPTIONS } from '@/lib/contacts/vocabulary';

export const metadata: Metadata = { title: 'Add a contact' };

export default async function NewContactPage() {
  const viewer = await requireRole('student');
  const occupations = listOccupationOptions(viewer).map((o) => ({ value: String(o.id), label: o.title }));
  const referrers = listContactOptions(viewer).map((c) => ({ value: String(c.id), label: c.name }));
  return (
    <>
      <PageHeader
        title="Add a contact"
        lead="Look for people who work in the occupation, share an interest of yours, work in a setting you like, or hold a specific job in an organisation you are curious about."
      />
      <ContactForm occupations={occupations} referrers={referrers} sources={CONTACT_SOURCE_OPTIONS} criteria={CONTACT_CRITERIA_OPTIONS} submitLabel="Add contact" />
    </>
  );
}
