import type { ReactNode } from 'react';
import { countUnreadNotifications } from '@/db/queries/notifications';
import { AppShell, NAV } from '@/components/layout/AppShell';
import { requireRole } from '@/lib/authz';

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const viewer = await requireRole('counsellor', 'instructor');
  return (
    <AppShell person={viewer} nav={NAV.staff} unread={countUnreadNotifications(viewer)}>
      {children}
    </AppShell>
  );
}
