import { findContactForViewer } from '@/db/queries/contacts';
import { getViewer } from '@/lib/authz';
import { buildVCard, vcardFileName } from '@/lib/contacts/vcard';
import { parseId } from '@/lib/validation/common';

const notFoundResponse = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The contact as a vCard for the student's own address book; anyone else gets a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  const id = parseId((await params).id);
  if (!viewer || viewer.role !== 'student' || !id) return notFoundResponse();
  const contact = findContactForViewer(viewer, id);
  if (!contact) return notFoundResponse();
  const card = buildVCard({
    uid: `${contact.id}`,
    name: contact.name,
    jobTitle: contact.jobTitle,
    organisation: contact.organisation,
    email: contact.email,
    phone: contact.phone,
    note: contact.notes,
    revisedAt: contact.updatedAt ?? contact.createdAt,
  });
  return new Response(card, {
    headers: {
      'Content-Type': 'text/vcard; charset=utf-8',
      'Content-Disposition': `attachment; filename="${vcardFileName(contact.name)}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
