import Link from '@/components/ui/Link';
import type { ReactNode } from 'react';
import { signOutNow } from '@/lib/auth/actions';
import { ROLE_LABELS, type Role } from '@/lib/accounts/vocabulary';
import { NotificationBell } from '@/components/notifications/NotificationBell';
import { controlClass } from '@/components/ui/controls';
import { MainMenu } from './MainMenu';
import { NavLinks } from './NavLinks';
import type { NavItem } from './nav';

function Person({ person }: { person: { name: string; role: Role } }) {
  return (
    <p className="min-w-0">
      <Link href="/account" className="font-semibold break-words text-stone-900 underline-offset-2 hover:underline">
        {person.name}
      </Link>{' '}
      <span className="rounded bg-stone-200 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-stone-800">{ROLE_LABELS[person.role]}</span>
    </p>
  );
}

function SignOut() {
  return (
    <form action={signOutNow}>
      <button type="submit" className={controlClass('secondary', { size: 'sm' })}>
        Sign out
      </button>
    </form>
  );
}

/**
 * Every signed-in page: the name, the main menu, who is signed in. From 768 px the menu is a row
 * of links; narrower, it folds into one "Menu" button (components/layout/MainMenu.tsx) that also
 * holds the account link and Sign out, so the header is one line on a phone.
 */
export function AppShell({ person, nav, unread, children }: { person: { name: string; role: Role }; nav: NavItem[]; /** Unread notifications: the bell shows when given. */ unread?: number; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="relative border-b border-stone-300 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3 md:flex-wrap">
          <Link href="/" className="text-lg font-bold text-emerald-900 no-underline">
            Horse&rsquo;s Mouth
          </Link>
          <nav aria-label="Main" className="hidden md:block">
            <NavLinks items={nav} />
          </nav>
          <div className="hidden max-w-96 items-center gap-3 text-sm md:flex">
            {unread !== undefined ? <NotificationBell unread={unread} /> : null}
            <Person person={person} />
            <SignOut />
          </div>
          <div className="flex items-center gap-3 md:hidden">
            {unread !== undefined ? <NotificationBell unread={unread} /> : null}
            <MainMenu items={nav}>
              <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
                <Person person={person} />
                <SignOut />
              </div>
            </MainMenu>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8" tabIndex={-1}>
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
    { href: '/assignments', label: 'Assignments' },
    { href: '/records', label: 'My records' },
    { href: '/grades', label: 'Grades' },
    { href: '/method', label: 'The method' },
  ],
  staff: [
    { href: '/staff', label: 'My sections' },
    { href: '/staff/review', label: 'Review' },
    { href: '/staff/questions', label: 'Questions' },
  ],
  admin: [
    { href: '/admin', label: 'Overview' },
    { href: '/admin/users', label: 'Users' },
    { href: '/admin/sections', label: 'Sections' },
    { href: '/admin/outbox', label: 'Outbox' },
    { href: '/admin/settings', label: 'Settings' },
  ],
};
