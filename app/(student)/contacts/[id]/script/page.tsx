import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findContactForViewer } from '@/db/queries/contacts';
import { findScriptForViewer } from '@/db/queries/scripts';
import { listSectionsForViewer } from '@/db/queries/sections';
import { ScriptEditor } from '@/components/outreach/ScriptEditor';
import { controlClass } from '@/components/ui/controls';
import { inputClass } from '@/components/ui/Field';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { fillScript, SCRIPT_BLANKS } from '@/lib/outreach/script';
import { parseId, searchText } from '@/lib/validation/common';
import { COURSE_COOKIE, SCRIPT_TEMPLATE_FOR } from '@/lib/validation/script';
import { isScriptKind, SCRIPT_KIND_LABELS } from '@/lib/outreach/vocabulary';

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
  // No profile field holds the course: the last one the student saved a script with, else their section's.
  const section = listSectionsForViewer(viewer).items[0];
  const remembered = (await cookies()).get(COURSE_COOKIE)?.value?.slice(0, MAX_BLANK);
  const course =
    typeof sp.course === 'string'
      ? sp.course.trim().slice(0, MAX_BLANK)
      : (remembered ?? (section ? `a career-related course (${section.courseCode} ${section.title})` : 'a career-related course'));
  const myPhone = typeof sp.myPhone === 'string' ? sp.myPhone.trim().slice(0, 40) : '';

  const { text, missing } = fillScript(SCRIPT_TEMPLATE_FOR[kind], {
    contactName: contact.name,
    myName: viewer.name,
    courseAndInstitution: course,
    referrerName: contact.referredBy?.name,
    field: contact.occupationTitle ?? contact.jobTitle ?? undefined,
    myPhone,
  });
  const missingLabels = missing.map((k) => SCRIPT_BLANKS.find((b) => b.key === k)?.label.toLowerCase() ?? k);

  return (
    <>
      <PageHeader
        title={saved ? `Edit script: ${saved.title}` : `Script for ${contact.name}`}
        lead={
          <>
            Write it in your own words and practise it: knowing you have a script makes needing it less likely. <Link href={`/contacts/${contact.id}`}>Back to {contact.name}</Link>
          </>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_2fr]">
        <Card title="Template and blanks">
          <form method="get" action={`/contacts/${contact.id}/script`} className="space-y-4">
            <div className="space-y-1">
              <label htmlFor="script-kind" className="block text-sm font-semibold text-stone-800">
                Template
              </label>
              <select id="script-kind" name="kind" defaultValue={kind} className={inputClass}>
                {Object.entries(SCRIPT_KIND_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
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
              Filled from your contact: their name ({contact.name}), who referred you ({contact.referredBy?.name ?? 'no one'}) and the field (
              {contact.occupationTitle ?? contact.jobTitle ?? 'not set'}).
            </p>
            <button type="submit" className={controlClass('secondary')}>
              Fill in the template
            </button>
            <p className="text-sm text-stone-700">Filling in again replaces the script you are editing.</p>
          </form>
        </Card>
        <Card title={SCRIPT_KIND_LABELS[kind]}>
          {missingLabels.length && !saved ? <p className="mb-3 text-sm text-stone-800">Still blank: {missingLabels.join(', ')}.</p> : null}
          <ScriptEditor
            key={`${kind}|${course}|${myPhone}|${saved?.id ?? ''}`}
            contactId={contact.id}
            scriptId={saved?.id ?? null}
            kind={kind}
            title={saved?.title ?? `${SCRIPT_KIND_LABELS[kind]} — ${contact.name}`}
            body={saved?.body ?? text}
            courseAndInstitution={course}
          />
        </Card>
      </div>
    </>
  );
}
