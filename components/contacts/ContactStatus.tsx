import { CONTACT_STATUS_LABELS, type ContactStatus as Status } from '@/lib/contacts/vocabulary';

const TONE: Readonly<Record<Status, string>> = {
  'not-contacted': 'bg-stone-200 text-stone-900',
  'reaching-out': 'bg-sky-100 text-sky-950',
  agreed: 'bg-emerald-100 text-emerald-950',
  'interview-scheduled': 'bg-emerald-100 text-emerald-950',
  interviewed: 'bg-emerald-800 text-white',
  declined: 'bg-amber-100 text-amber-950',
};

export function ContactStatus({ status }: { status: Status }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${TONE[status]}`}>{CONTACT_STATUS_LABELS[status]}</span>;
}
