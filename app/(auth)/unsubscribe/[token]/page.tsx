import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { UnsubscribeForm } from '@/components/reminders/ReminderForms';
import { previewUnsubscribe } from '@/lib/reminders/unsubscribe';
import { REMINDER_LABELS } from '@/lib/reminders/vocabulary';

export const metadata: Metadata = { title: 'Stop reminder e-mails', robots: { index: false } };

/**
 * Where the "stop these reminders" links in a reminder e-mail lead. Opening it changes nothing
 * (mail scanners open links); the button does, without signing in: the signed link is enough.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const preview = previewUnsubscribe(token);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Stop reminder e-mails</h1>
      {preview.ok ? (
        <div className="space-y-4 rounded-lg border border-stone-300 bg-white p-6 shadow-sm">
          <p>
            {preview.scope === 'all'
              ? 'Stop every reminder e-mail? Your interviews, contacts and account stay as they are.'
              : `Stop the "${REMINDER_LABELS[preview.scope].heading.toLowerCase()}" reminders? Your other reminders, records and account stay as they are.`}
          </p>
          <UnsubscribeForm token={token} label={preview.scope === 'all' ? 'Stop all reminder e-mails' : 'Stop these reminders'} />
        </div>
      ) : (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          This link is not valid. Change your reminders on your account page instead.
        </p>
      )}
      <p className="text-sm text-stone-700">
        Choose which reminders you get on <Link href="/account#reminders">your account page</Link>.
      </p>
    </div>
  );
}
