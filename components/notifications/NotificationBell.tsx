import Link from '@/components/ui/Link';

/**
 * The bell in the header: a link to the notifications page with the unread count. The count is
 * part of the link's name ("Notifications, 2 unread"), not only a coloured dot.
 */
export function NotificationBell({ unread }: { unread: number }) {
  const label = unread > 0 ? `Notifications, ${unread} unread` : 'Notifications, none unread';
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      className="relative inline-flex min-h-10 min-w-10 items-center justify-center rounded-md border border-stone-300 bg-white text-stone-800 no-underline hover:bg-stone-100"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
        <path d="M13.73 21a2 2 0 0 1-3.46 0" />
      </svg>
      {unread > 0 ? (
        <span aria-hidden="true" data-testid="unread-count" className="absolute -top-2 -right-2 min-w-5 rounded-full bg-red-800 px-1.5 text-center text-xs leading-5 font-bold text-white">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
