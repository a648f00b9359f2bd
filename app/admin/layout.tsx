import type { ReactNode } from 'react';
import { AppShell, NAV } from '@/components/layout/AppShell';
import { requireRole } from '@/lib/authz';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireRole('admin');
  return (
    <AppShell person={viewer} nav={NAV.admin}>
      {children}
    </AppShell>
  );
}
