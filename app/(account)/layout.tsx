import type { ReactNode } from 'react';
import { countUnreadNotifications } from '@/db/queries/notifications';
import { AppShell, NAV } from '@/components/layout/AppShell';
import { requireUser } from '@/lib/authz';

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const viewer = await requireUser();
  const nav = viewer.role === 'student' ? NAV.student : viewer.role === 'admin' ? NAV.admin : NAV.staff;
  return (
    <AppShell person={viewer} nav={nav} unread={viewer.role === 'admin' ? undefined : countUnreadNotifications(viewer)}>
      {children}
    </AppShell>
  );
}
