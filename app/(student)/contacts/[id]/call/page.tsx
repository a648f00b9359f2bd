import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { CallOutcomeButtons } from '@/components/outreach/CallOutcomeButtons';
import { ScriptSheet } from '@/components/outreach/ScriptSheet';
import { Tip } from '@/components/method/Tip';
import { controlClass } from '@/components/ui/controls';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { findContactForViewer } from '@/db/queries/contacts';
import { findScriptForViewer, listScriptsForViewer } from '@/db/queries/scripts';
import { listSectionsForViewer } from '@/db/queries/sections';
import { findOwnProfile } from '@/db/queries/users';
import { requireRole } from '@/lib/authz';
import { institutionName } from '@/lib/outreach/institution';
import { contactBlanks, defaultCourseAndInstitution, fillScript, PHONE_SCRIPT_TEMPLATE } from '@/lib/outreach/script';
import { CALL_VIEW_OUTCOMES, OUTREACH_OUTCOME_LABELS } from '@/lib/outreach/vocabulary';
import { parseId, searchText } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Call' };

// Built on the server so the buttons' client code carries no vocabulary.
const OUTCOMES = CALL_VIEW_OUTCOMES.map((o) => ({ value: o, label: OUTREACH_OUTCOME_LABELS[o] }));

/**
 * The phone in one hand: whom to ask for, a tap to dial, the script with both of the contact's
 * answers on one sheet, the seed's calling tips, and one tap to log how it went.
 */
export default async function CallPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('student');
  const id = parseId((await params).id);
  const contact = id ? findContactForViewer(viewer, id) : null;
  if (!contact) notFound();
  const scriptParam = searchText((await searchParams).script);
  const chosen = scriptParam ? (parseId(scriptParam) ?? 0) : null;
  // The script asked for, else the latest phone script saved for this contact, else the template filled in.
  const saved = chosen !== null ? findScriptForViewer(viewer, contact.id, chosen) : (listScriptsForViewer(viewer, contact.id).find((s) => s.kind === 'phone') ?? null);
  if (chosen !== null && !saved) notFound();
  const text =
    saved?.body ??
    fillScript(
      PHONE_SCRIPT_TEMPLATE,
      contactBlanks(contact, {
        myName: viewer.name,
        courseAndInstitution: findOwnProfile(viewer)?.courseAndInstitution ?? defaultCourseAndInstitution(listSectionsForViewer(viewer).items[0], institutionName()),
      }),
    ).text;
  const dial = contact.phone?.replace(/[^0-9+]/g, '');

  return (
    <>
      <PageHeader
        title={`Call ${contact.name}`}
        lead={
          <>
            Ask for {contact.name} by first and last name. <Link href={`/contacts/${contact.id}`}>Back to {contact.name}</Link>
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="space-y-6">
          <p>
            {dial ? (
              <a href={`tel:${dial}`} className={controlClass('primary', { className: 'w-full justify-center text-lg sm:w-auto' })}>
                Call {contact.phone}
              </a>
            ) : (
              <>
                No phone number for {contact.name} yet. <Link href={`/contacts/${contact.id}/edit`}>Add one</Link>
              </>
            )}
          </p>
          <Card title={saved ? saved.title : 'Phone script (from the template)'}>
            <ScriptSheet text={text} />
            <p className="mt-4 text-sm text-stone-700">
              {saved ? (
                <Link href={`/contacts/${contact.id}/script?script=${saved.id}`}>Edit this script</Link>
              ) : (
                <>
                  Not saved yet: <Link href={`/contacts/${contact.id}/script?kind=phone`}>write it in your own words</Link>.
                </>
              )}
            </p>
          </Card>
          <Card title="How did it go?">
            <p className="mb-3 text-sm text-stone-700">One tap logs this call, now.</p>
            <CallOutcomeButtons contactId={contact.id} outcomes={OUTCOMES} />
            <p className="mt-3 text-sm text-stone-700">
              Too busy, but suggested someone else? <Link href={`/contacts/${contact.id}#outreach`}>Log it with their name</Link>, and they join your contacts.
            </p>
          </Card>
        </div>
        <div className="space-y-6">
          <Tip id="calling" />
          <Tip id="busy" />
        </div>
      </div>
    </>
  );
}
