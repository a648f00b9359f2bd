import type { ReactNode } from 'react';
import { countUnreadNotifications } from '@/db/queries/notifications';
import { AppShell, NAV } from '@/components/layout/AppShell';
import { requireRole } from '@/lib/authz';

export default async function StudentLayout({ children }: { children: ReactNode }) {
  const viewer = await requireRole('student');
  return (
    <AppShell person={viewer} nav={NAV.student} unread={countUnreadNotifications(viewer)}>
      {children}
    </AppShell>
  );
}
