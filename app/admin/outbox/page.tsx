import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { RetryMailButton } from '@/components/admin/RetryMailButton';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { listOutboxForViewer, outboxCounts } from '@/db/queries/outbox';
import { requireRole } from '@/lib/authz';
import { mailSetup } from '@/lib/mail/config';
import { MAIL_STATUSES, MAIL_STATUS_LABELS, type MailStatus } from '@/lib/mail/vocabulary';
import { formatDateTime } from '@/lib/time';
import { parsePage, searchText } from '@/lib/validation/common';
import { formatCount } from '@/lib/text/counts';

export const metadata: Metadata = { title: 'Outbox' };

const STATUS_CLASS: Record<MailStatus, string> = {
  queued: 'bg-amber-100 text-amber-950',
  sending: 'bg-sky-100 text-sky-950',
  sent: 'bg-emerald-100 text-emerald-950',
  failed: 'bg-red-100 text-red-950',
};

function setupNote(): string {
  const setup = mailSetup();
  if (setup.status === 'off') return 'Sending by SMTP is not configured (SMTP_URL): mail waits here, and you can read it below.';
  if (setup.status === 'incomplete') return `Mail is not being sent: ${setup.problem}`;
  return `Sent through ${new URL(setup.config.smtpUrl).host} as ${setup.config.from}. A message that fails is tried again after 1, 2, 4… minutes, then marked failed.`;
}

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireRole('admin');
  const sp = await searchParams;
  const statusParam = searchText(sp.status);
  const status = (MAIL_STATUSES as readonly string[]).includes(statusParam) ? (statusParam as MailStatus) : undefined;
  const counts = outboxCounts(viewer);
  const mail = listOutboxForViewer(viewer, { status, page: parsePage(sp.page) });
  return (
    <>
      <PageHeader title="Outbox" lead={setupNote()} />
      <nav className="flex flex-wrap gap-x-4 gap-y-2 text-sm" aria-label="Filter by status">
        <Link href="/admin/outbox" aria-current={!status ? 'true' : undefined} className="aria-[current=true]:font-bold">
          All ({formatCount(Object.values(counts).reduce((a, b) => a + b, 0))})
        </Link>
        {MAIL_STATUSES.map((s) => (
          <Link key={s} href={`/admin/outbox?status=${s}`} aria-current={status === s ? 'true' : undefined} className="aria-[current=true]:font-bold">
            {MAIL_STATUS_LABELS[s]} ({formatCount(counts[s])})
          </Link>
        ))}
      </nav>
      <ul className="mt-4 space-y-3" aria-label="Messages">
        {mail.items.map((m) => (
          <li key={m.id} className="rounded-lg border border-stone-300 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0 space-y-1">
                <h2 className="font-semibold break-words text-stone-900">{m.subject}</h2>
                <p className="text-sm break-all text-stone-700">To {m.toAddress}</p>
                <p className="text-sm text-stone-700">
                  <span className={`mr-2 rounded px-2 py-0.5 text-xs font-semibold ${STATUS_CLASS[m.status]}`}>{MAIL_STATUS_LABELS[m.status]}</span>
                  {m.kind} · queued {formatDateTime(m.createdAt, viewer.timeZone)}
                  {m.sentAt ? ` · sent ${formatDateTime(m.sentAt, viewer.timeZone)}` : ''}
                  {m.attempts ? ` · ${m.attempts} ${m.attempts === 1 ? 'try' : 'tries'}` : ''}
                  {m.status === 'queued' && m.nextAttemptAt ? ` · next try ${formatDateTime(m.nextAttemptAt, viewer.timeZone)}` : ''}
                </p>
              </div>
              {m.status === 'failed' || m.lastError ? <RetryMailButton mailId={m.id} subject={m.subject} canRetry={m.status === 'failed'} /> : null}
            </div>
            {m.lastError && m.status !== 'sent' ? (
              <p className="mt-2 rounded-md bg-red-50 p-2 font-mono text-xs break-words text-red-900">Last error: {m.lastError}</p>
            ) : null}
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-stone-800">Message text</summary>
              <pre className="mt-2 font-sans text-sm break-words whitespace-pre-wrap text-stone-800">{m.body}</pre>
            </details>
          </li>
        ))}
      </ul>
      {mail.items.length === 0 ? <p className="mt-4 text-stone-700">No messages{status ? ` ${MAIL_STATUS_LABELS[status].toLowerCase()}` : ''}.</p> : null}
      <Pagination page={mail.page} pageCount={mail.pageCount} total={mail.total} basePath="/admin/outbox" params={{ status }} label="Outbox pages" />
    </>
  );
}
