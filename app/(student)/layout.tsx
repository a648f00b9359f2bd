import type { ReactNode } from 'react';
import { AppShell, NAV } from '@/components/layout/AppShell';
import { requireRole } from '@/lib/authz';

export default async function StudentLayout({ children }: { children: ReactNode }) {
  const viewer = await requireRole('student');
  return (
    <AppShell person={viewer} nav={NAV.student}>
      {children}
    </AppShell>
  );
}
