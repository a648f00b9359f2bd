import Link from 'next/link';
import type { ReactNode } from 'react';
import { signOutNow } from '@/lib/auth/actions';
import { ROLE_LABELS, type Role } from '@/lib/accounts/vocabulary';
import { NavLinks, type NavItem } from './NavLinks';


export function AppShell({ person, nav, children }: { person: { name: string; role: Role }; nav: NavItem[]; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link href="/" className="text-lg font-bold text-emerald-900">
            Horse&rsquo;s Mouth
          </Link>
          <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto">
            <NavLinks items={nav} />
          </nav>
          <div className="flex items-center gap-3 text-sm">
            <p>
              <Link href="/account" className="font-semibold text-stone-900 underline-offset-2 hover:underline">
                {person.name}
              </Link>{' '}
              <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-semibold text-stone-800">{ROLE_LABELS[person.role]}</span>
            </p>
            <form action={signOutNow}>
              <button type="submit" className="rounded-md border border-stone-400 px-3 py-1.5 font-medium hover:bg-stone-100">
                Sign out
              </button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8" tabIndex={-1}>
        {children}
      </main>
      <Footer />
    </div>
  );
}

export function Footer() {
  return (
    <footer className="border-t border-stone-300 bg-stone-100">
      <div className="mx-auto max-w-6xl px-4 py-4 text-sm text-stone-700">
        <p>
          Horse&rsquo;s Mouth · <q>You are not looking for a job. You are simply looking for information.</q>
        </p>
      </div>
    </footer>
  );
}

export const NAV: Record<'student' | 'staff' | 'admin', NavItem[]> = {
  student: [
    { href: '/home', label: 'Home' },
    { href: '/occupations', label: 'Occupations' },
    { href: '/contacts', label: 'Contacts' },
    { href: '/interviews', label: 'Interviews' },
    { href: '/network', label: 'Network' },
    { href: '/records', label: 'My records' },
    { href: '/grades', label: 'Grades' },
  ],
  staff: [{ href: '/staff', label: 'My sections' }],
  admin: [
    { href: '/admin', label: 'Overview' },
    { href: '/admin/users', label: 'Users' },
    { href: '/admin/sections', label: 'Sections' },
  ],
};
