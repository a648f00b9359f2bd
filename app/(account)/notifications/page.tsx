import type { Metadata } from 'next';
import { countUnreadNotifications, listNotificationsForViewer } from '@/db/queries/notifications';
import { MarkAllReadButton, MarkReadButton } from '@/components/notifications/NotificationActions';
import { FilterPills } from '@/components/ui/Button';
import { controlClass } from '@/components/ui/controls';
import { PageHeader } from '@/components/ui/PageHeader';
import { Pagination } from '@/components/ui/Pagination';
import { requireUser } from '@/lib/authz';
import { openNotification } from '@/lib/notifications/actions';
import { formatDateTime } from '@/lib/time';
import { parsePage } from '@/lib/validation/common';

export const metadata: Metadata = { title: 'Notifications' };

/** The viewer's notifications (submitted, returned, reviewed), newest first; opening one marks it read. */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireUser();
  const sp = await searchParams;
  const filter = sp.show === 'unread' ? 'unread' : 'all';
  const list = listNotificationsForViewer(viewer, { filter, page: parsePage(sp.page) });
  const unread = countUnreadNotifications(viewer);
  return (
    <>
      <PageHeader
        title="Notifications"
        lead={unread === 0 ? 'Nothing unread.' : `${unread} unread.`}
        actions={unread > 0 ? <MarkAllReadButton /> : undefined}
      />
      <FilterPills
        label="Show"
        className="mb-4"
        items={[
          { href: '/notifications', label: 'All', current: filter === 'all' },
          { href: '/notifications?show=unread', label: `Unread (${unread})`, current: filter === 'unread' },
        ]}
      />
      {list.items.length ? (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-300 bg-white" aria-label="Notifications">
          {list.items.map((n) => (
            <li key={n.id} className={`flex flex-wrap items-start justify-between gap-3 p-4 ${n.readAt ? '' : 'bg-emerald-50'}`}>
              <div className="min-w-0 flex-1 space-y-1">
                <p className="break-words">
                  {n.readAt ? null : <span className="mr-2 rounded bg-emerald-800 px-2 py-0.5 text-xs font-bold text-white">Unread</span>}
                  <span className={n.readAt ? 'font-medium' : 'font-bold'}>{n.title}</span>
                </p>
                {n.body ? <p className="text-sm break-words text-stone-800">{n.body}</p> : null}
                <p className="text-xs text-stone-700">{formatDateTime(n.createdAt, viewer.timeZone)}</p>
              </div>
              <div className="flex flex-wrap gap-2">
                <form action={openNotification.bind(null, n.id)}>
                  <button type="submit" className={controlClass('primary', { size: 'sm' })} aria-label={`Open: ${n.title}`}>
                    Open
                  </button>
                </form>
                <MarkReadButton id={n.id} read={n.readAt !== null} title={n.title} />
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-stone-700">{filter === 'unread' ? 'Nothing unread.' : 'No notifications yet. You will hear here when work is submitted, returned or reviewed.'}</p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} basePath="/notifications" params={{ show: filter === 'unread' ? 'unread' : undefined }} label="Notification pages" />
    </>
  );
}
