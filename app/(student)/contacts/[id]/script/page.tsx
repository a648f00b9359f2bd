import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { findContactForViewer } from '@/db/queries/contacts';
import { findScriptForViewer, listScriptsForViewer } from '@/db/queries/scripts';
import { listSectionsForViewer } from '@/db/queries/sections';
import { findOwnProfile } from '@/db/queries/users';
import { ScriptEditor } from '@/components/outreach/ScriptEditor';
import { controlClass } from '@/components/ui/controls';
import { Tip } from '@/components/method/Tip';
import { inputClass } from '@/components/ui/Field';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { institutionName } from '@/lib/outreach/institution';
import { contactBlanks, defaultCourseAndInstitution, fillScript, SCRIPT_BLANKS } from '@/lib/outreach/script';
import { oneLine, parseId, searchText } from '@/lib/validation/common';
import { SCRIPT_TEMPLATE_FOR } from '@/lib/validation/script';
import { BUILDER_SCRIPT_KINDS, isScriptKind, SCRIPT_KIND_LABELS } from '@/lib/outreach/vocabulary';

export const metadata: Metadata = { title: 'Script builder' };

const MAX_BLANK = 200;

export default async function ScriptBuilderPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('student');
  const id = parseId((await params).id);
  const contact = id ? findContactForViewer(viewer, id) : null;
  if (!contact) notFound();
  const sp = await searchParams;

  const scriptParam = searchText(sp.script);
  const scriptId = scriptParam ? parseId(scriptParam) : null;
  const saved = scriptId ? findScriptForViewer(viewer, contact.id, scriptId) : null;
  if (scriptParam && !saved) notFound();

  const kindParam = searchText(sp.kind);
  const kind = saved?.kind ?? (isScriptKind(kindParam) ? kindParam : 'phone');
  // The course and institution kept in the student's profile (saved with their last script, or on
  // the account page), else their section's course at the institution (INSTITUTION_NAME).
  const section = listSectionsForViewer(viewer).items[0];
  const remembered = findOwnProfile(viewer)?.courseAndInstitution;
  const course =
    typeof sp.course === 'string'
      ? oneLine(sp.course, MAX_BLANK)
      : (remembered ?? defaultCourseAndInstitution(section, institutionName()));
  const myPhone = typeof sp.myPhone === 'string' ? oneLine(sp.myPhone, 40) : '';

  const blanks = contactBlanks(contact, { myName: viewer.name, courseAndInstitution: course, myPhone });
  const { text, missing } = fillScript(SCRIPT_TEMPLATE_FOR[kind], blanks);
  // Saved scripts, so a student who comes back to a new builder finds what they typed last time.
  const others = saved ? [] : listScriptsForViewer(viewer, contact.id).slice(0, 5);
  const missingLabels = missing.map((k) => SCRIPT_BLANKS.find((b) => b.key === k)?.label.toLowerCase() ?? k);

  return (
    <>
      <PageHeader
        title={saved ? `Edit script: ${saved.title}` : `Script for ${contact.name}`}
        lead={
          <>
            Write it in your own words and practise it: knowing you have a script makes needing it less likely. It saves as you type.{' '}
            <Link href={`/contacts/${contact.id}`}>Back to {contact.name}</Link>
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_2fr]">
        <div className="space-y-6">
          <Card title="Template and blanks">
            {saved ? (
              <div className="space-y-3 text-sm text-stone-800">
                <p>This script is yours now: edit it in place. To start again from a template, build a new one.</p>
                <p className="flex flex-wrap gap-2">
                  {saved.kind === 'phone' ? (
                    <Link href={`/contacts/${contact.id}/call?script=${saved.id}`} className={controlClass('primary', { size: 'sm' })}>
                      Open the call view
                    </Link>
                  ) : null}
                  <Link href={`/contacts/${contact.id}/script`} className={controlClass('secondary', { size: 'sm' })}>
                    Build a new script
                  </Link>
                </p>
              </div>
            ) : (
            <form method="get" action={`/contacts/${contact.id}/script`} className="space-y-4">
              <div className="space-y-1">
                <label htmlFor="script-kind" className="block text-sm font-semibold text-stone-800">
                  Template
                </label>
                <select id="script-kind" name="kind" defaultValue={kind} className={inputClass}>
                  {BUILDER_SCRIPT_KINDS.map((value) => (
                    <option key={value} value={value}>
                      {SCRIPT_KIND_LABELS[value]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="space-y-1">
                <label htmlFor="script-course" className="block text-sm font-semibold text-stone-800">
                  Course and institution
                </label>
                <input id="script-course" name="course" defaultValue={course} maxLength={MAX_BLANK} className={inputClass} aria-describedby="script-course-hint" />
                <p id="script-course-hint" className="text-sm text-stone-600">
                  As it follows “I’m currently taking…”, e.g. “a career-related course at Kwantlen Polytechnic University”.
                </p>
              </div>
              <div className="space-y-1">
                <label htmlFor="script-phone" className="block text-sm font-semibold text-stone-800">
                  My phone number (for voicemail and e-mail)
                </label>
                <input id="script-phone" name="myPhone" type="tel" defaultValue={myPhone} maxLength={40} className={inputClass} />
              </div>
              <p className="text-sm text-stone-700">
                Filled from your contact: their name ({contact.name}), who referred you ({blanks.referrerName?.replace(/,$/, '') ?? 'no one yet: add them under how you found this person'}) and
                the field ({blanks.field || 'not set'}).
              </p>
              <button type="submit" className={controlClass('secondary')}>
                Fill in the template
              </button>
              <p className="text-sm text-stone-700">Filling in again starts a new script; one you have typed in is already kept.</p>
            </form>
            )}
          </Card>
          {/* The seed's calling tips beside the script (under the blanks on a laptop, before the script on a phone). */}
          <Tip id="calling" />
        </div>
        <div className="space-y-6">
          <Card title={SCRIPT_KIND_LABELS[kind]}>
            {!saved && others.length ? (
              <p className="mb-3 text-sm text-stone-800">
                Already saved for {contact.name}:{' '}
                {others.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 ? ', ' : null}
                    <Link href={`/contacts/${contact.id}/script?script=${s.id}`}>{s.title}</Link>
                  </span>
                ))}
                .
              </p>
            ) : null}
            {missingLabels.length && !saved ? <p className="mb-3 text-sm text-stone-800">Still blank: {missingLabels.join(', ')}.</p> : null}
            <ScriptEditor
              key={`${kind}|${course}|${myPhone}|${saved?.id ?? ''}`}
              userId={viewer.id}
              contactId={contact.id}
              scriptId={saved?.id ?? null}
              kind={kind}
              title={saved?.title ?? `${SCRIPT_KIND_LABELS[kind]} — ${contact.name}`}
              body={saved?.body ?? text}
              version={saved?.version ?? 0}
              courseAndInstitution={course}
              timeZone={viewer.timeZone}
            />
          </Card>
          <Tip id="busy" />
        </div>
      </div>
    </>
  );
}
