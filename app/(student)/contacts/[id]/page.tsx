import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { notFound } from 'next/navigation';
import { countContactDependents, findContactForViewer, listContactInterviewsForViewer, listContactReferralsForViewer } from '@/db/queries/contacts';
import { listAttemptsForViewer } from '@/db/queries/outreach';
import { listScriptsForViewer } from '@/db/queries/scripts';
import { ContactStatus } from '@/components/contacts/ContactStatus';
import { JobAskWarning } from '@/components/outreach/JobAskWarning';
import { OutreachForm } from '@/components/outreach/OutreachForm';
import { ButtonLink, Notice, ScrollBox } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { deleteContact } from '@/lib/contacts/actions';
import { needsPhoneFollowUp, thankYouState } from '@/lib/interviews/rules';
import { deleteScript } from '@/lib/outreach/actions';
import { detectJobAsk } from '@/lib/outreach/job-ask';
import { formatDate, formatDateTime, toLocalInputValue } from '@/lib/time';
import { parseId } from '@/lib/validation/common';
import { DAY_MS, INTERVIEW_STATUS_LABELS, THANK_YOU_STATE_LABELS } from '@/lib/interviews/vocabulary';
import { CONTACT_CRITERIA_LABELS, CONTACT_SOURCE_LABELS } from '@/lib/contacts/vocabulary';
import { OUTREACH_CHANNEL_LABELS, OUTREACH_OUTCOME_LABELS, SCRIPT_KIND_LABELS } from '@/lib/outreach/vocabulary';
import { plural } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Contact' };



export default async function ContactPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('student');
  const id = parseId((await params).id);
  const contact = id ? findContactForViewer(viewer, id) : null;
  if (!contact) notFound();
  const sp = await searchParams;
  const now = await requestNow();
  const tz = viewer.timeZone;
  const attempts = listAttemptsForViewer(viewer, contact.id);
  const referredTo = listContactReferralsForViewer(viewer, contact.id);
  const scripts = listScriptsForViewer(viewer, contact.id);
  const interviews = listContactInterviewsForViewer(viewer, contact.id);
  const dependents = countContactDependents(viewer, contact.id);
  const latest = attempts[0];
  const followUp = latest && needsPhoneFollowUp({ ...latest, hasLaterAttempt: false }, now);
  // The follow-up is a call: open the phone script already written (latest first) rather than start another.
  const phoneScript = scripts.filter((s) => s.kind === 'phone').sort((a, b) => (b.updatedAt ?? b.createdAt).getTime() - (a.updatedAt ?? a.createdAt).getTime())[0];
  const notice = sp.saved === '1' ? 'Contact saved.' : sp.saved === 'script' ? 'Script saved.' : sp.deleted === 'script' ? 'Script deleted.' : null;

  return (
    <>
      <PageHeader
        title={contact.name}
        lead={[contact.jobTitle, contact.organisation].filter(Boolean).join(' · ') || undefined}
        actions={
          <>
            <ButtonLink href={`/contacts/${contact.id}/edit`}>Edit</ButtonLink>
            <ButtonLink href={`/contacts/${contact.id}/vcard`} download>
              Download vCard
            </ButtonLink>
          </>
        }
      />
      {notice ? (
        <Notice tone="success" role="status" className="mb-4">
          {notice}
        </Notice>
      ) : null}
      {followUp ? (
        <div className="mb-6 rounded-md border-2 border-amber-500 bg-amber-50 p-4 text-amber-950">
          <p className="text-lg font-semibold">
            No reply for {plural(Math.floor((now.getTime() - latest.attemptedAt.getTime()) / DAY_MS), 'day', 'days')} — follow up by phone
          </p>
          <p className="mt-1 text-sm">
            E-mails may not work unless you follow them up with a call.{' '}
            {phoneScript ? (
              <Link href={`/contacts/${contact.id}/script?script=${phoneScript.id}`} className="underline">
                Open your phone script
              </Link>
            ) : (
              <Link href={`/contacts/${contact.id}/script?kind=phone`} className="underline">
                Build a phone script
              </Link>
            )}
            .
          </p>
        </div>
      ) : null}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title="Details">
          <dl className="grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-y-2 [&>dd]:mb-2 sm:[&>dd]:mb-0">
            <dt className="font-semibold">Status</dt>
            <dd>
              <ContactStatus status={contact.status} />
            </dd>
            <dt className="font-semibold">Occupation</dt>
            <dd>{contact.occupationTitle ?? 'Not linked to an occupation'}</dd>
            <dt className="font-semibold">E-mail</dt>
            <dd className="break-all">{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : '—'}</dd>
            <dt className="font-semibold">Phone</dt>
            <dd>{contact.phone ? <a href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`}>{contact.phone}</a> : '—'}</dd>
            <dt className="font-semibold">How found</dt>
            <dd>
              {CONTACT_SOURCE_LABELS[contact.howFound]}
              {contact.howFoundDetail ? ` — ${contact.howFoundDetail}` : ''}
            </dd>
            <dt className="font-semibold">Why this person</dt>
            <dd>
              {contact.criteria.length ? (
                <ul className="list-disc pl-4">
                  {contact.criteria.map((c) => (
                    <li key={c}>{CONTACT_CRITERIA_LABELS[c]}</li>
                  ))}
                </ul>
              ) : (
                '—'
              )}
            </dd>
            <dt className="font-semibold">Referred by</dt>
            <dd>{contact.referredBy ? <Link href={`/contacts/${contact.referredBy.id}`}>{contact.referredBy.name}</Link> : '—'}</dd>
            <dt className="font-semibold">Referred to</dt>
            <dd>
              {referredTo.length ? (
                <ul>
                  {referredTo.map((r) => (
                    <li key={r.id}>
                      <Link href={`/contacts/${r.id}`}>{r.name}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                '—'
              )}
            </dd>
            <dt className="font-semibold">Added</dt>
            <dd>{formatDate(contact.createdAt, tz)}</dd>
            {contact.updatedAt ? (
              <>
                <dt className="font-semibold">Updated</dt>
                <dd>{formatDate(contact.updatedAt, tz)}</dd>
              </>
            ) : null}
          </dl>
          {contact.notes ? (
            <>
              <h3 className="mt-4 text-sm font-semibold">Notes</h3>
              <p className="whitespace-pre-wrap text-sm">{contact.notes}</p>
            </>
          ) : null}
        </Card>

        <Card title="Interviews">
          {interviews.length ? (
            <ul className="space-y-2 text-sm">
              {interviews.map((i) => {
                const thanks = thankYouState(i, now);
                return (
                  <li key={i.id}>
                    <Link href={`/interviews/${i.id}`}>{i.startsAt ? formatDateTime(i.startsAt, tz) : 'Date not set'}</Link> · {INTERVIEW_STATUS_LABELS[i.status]}
                    {thanks !== 'not-applicable' ? (
                      <span className={thanks === 'overdue' ? 'ml-2 font-semibold text-red-800' : 'ml-2'}>· {THANK_YOU_STATE_LABELS[thanks]}</span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="text-sm text-stone-700">No interview with {contact.name} yet.</p>
          )}
          <p className="mt-3">
            <ButtonLink href={`/interviews/new?contact=${contact.id}`} variant="primary" size="sm">
              Plan an interview
            </ButtonLink>
          </p>
        </Card>
      </div>

      <div id="outreach" className="mt-6 scroll-mt-4">
        <Card title="Reaching out">
          <p className="mb-4 text-sm text-stone-700">
            Phone calls work best; e-mails need a phone follow-up. <Link href={`/contacts/${contact.id}/script`} className="underline">
              Build a script
            </Link>{' '}
            and practise it first. On the phone? <Link href={`/contacts/${contact.id}/call`}>Open the call view</Link>: the script, a tap to call, a tap to log it.
          </p>
          <OutreachForm
            contactId={contact.id}
            attemptCount={attempts.length}
            defaultAt={toLocalInputValue(now, tz)}
            maxAt={toLocalInputValue(now, tz)}
            channels={Object.entries(OUTREACH_CHANNEL_LABELS).map(([value, label]) => ({ value, label }))}
            outcomes={Object.entries(OUTREACH_OUTCOME_LABELS).map(([value, label]) => ({ value, label }))}
          />
          <h3 className="mt-6 mb-2 font-semibold">Attempts</h3>
          {attempts.length ? (
            // On a phone the channel goes under the time and the notes under the outcome.
            <ScrollBox label={`Attempts to reach ${contact.name}`}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">Attempts to reach {contact.name}, latest first</caption>
                <thead className="bg-stone-100">
                  <tr>
                    <th scope="col" className="px-3 py-2">When</th>
                    <th scope="col" className="hidden px-3 py-2 md:table-cell">Channel</th>
                    <th scope="col" className="px-3 py-2">Outcome</th>
                    <th scope="col" className="hidden px-3 py-2 md:table-cell">Notes</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-stone-200">
                  {attempts.map((a) => (
                    <tr key={a.id}>
                      <td className="px-3 py-2 align-top">
                        {formatDateTime(a.attemptedAt, tz)}
                        <span className="block text-stone-700 md:hidden">{OUTREACH_CHANNEL_LABELS[a.channel]}</span>
                      </td>
                      <td className="hidden px-3 py-2 align-top md:table-cell">{OUTREACH_CHANNEL_LABELS[a.channel]}</td>
                      <td className="px-3 py-2 align-top">
                        {OUTREACH_OUTCOME_LABELS[a.outcome]}
                        {a.notes ? <span className="mt-1 block whitespace-pre-wrap text-stone-700 md:hidden">{a.notes}</span> : null}
                      </td>
                      <td className="hidden px-3 py-2 align-top whitespace-pre-wrap md:table-cell">{a.notes}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          ) : (
            <p className="text-sm text-stone-700">No attempts yet.</p>
          )}
        </Card>
      </div>

      <div id="scripts" className="mt-6 scroll-mt-4">
        <Card title="Scripts">
          {scripts.length ? (
            <ul className="space-y-4">
              {scripts.map((s) => (
                <li key={s.id} className="rounded-md border border-stone-300 p-4">
                  <h3 className="font-semibold">{s.title}</h3>
                  <p className="text-sm text-stone-700">
                    {SCRIPT_KIND_LABELS[s.kind]} · saved {formatDate(s.updatedAt ?? s.createdAt, tz)}
                  </p>
                  <p className="mt-2 whitespace-pre-wrap text-sm">{s.body}</p>
                  <div className="mt-2">
                    <JobAskWarning matches={detectJobAsk(s.body).matches} />
                  </div>
                  <div className="mt-3 flex flex-wrap gap-2">
                    <ButtonLink href={`/contacts/${contact.id}/script?script=${s.id}`} size="sm" aria-label={`Edit script: ${s.title}`}>
                      Edit
                    </ButtonLink>
                    <ConfirmDialog
                      triggerLabel={`Delete script: ${s.title}`}
                      triggerText="Delete"
                      triggerSize="sm"
                      title="Delete this script?"
                      confirmLabel="Delete script"
                      action={deleteScript.bind(null, contact.id, s.id)}
                    >
                      <p>“{s.title}” will be deleted.</p>
                    </ConfirmDialog>
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-stone-700">No scripts saved for {contact.name} yet.</p>
          )}
          <p className="mt-3">
            <ButtonLink href={`/contacts/${contact.id}/script`} size="sm">
              Build a script
            </ButtonLink>
          </p>
        </Card>
      </div>

      <div className="mt-8">
        <ConfirmDialog triggerLabel="Delete contact" title={`Delete ${contact.name}?`} confirmLabel="Delete contact" action={deleteContact.bind(null, contact.id)}>
          <p>
            {contact.name} will be deleted with {plural(dependents.attempts, 'outreach attempt', 'outreach attempts')} and {plural(dependents.interviews, 'interview', 'interviews')}. This cannot be
            undone.
          </p>
        </ConfirmDialog>
      </div>
    </>
  );
}
