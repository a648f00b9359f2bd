import type { ReactNode } from 'react';
import { AppShell, NAV } from '@/components/layout/AppShell';
import { requireRole } from '@/lib/authz';

export default async function StaffLayout({ children }: { children: ReactNode }) {
  const viewer = await requireRole('counsellor', 'instructor');
  return (
    <AppShell person={viewer} nav={NAV.staff}>
      {children}
    </AppShell>
  );
}
