'use client';

import Link from '@/components/ui/Link';
import { usePathname } from 'next/navigation';
import { currentNavHref, type NavItem } from './nav';

export type { NavItem };

const LOOK = {
  row: { list: 'flex flex-wrap gap-1', link: 'min-h-10 text-sm' },
  column: { list: 'flex flex-col gap-1', link: 'min-h-11 text-base' },
};

/** The menu's links; the current page's item is marked (aria-current) and filled. */
export function NavLinks({ items, layout = 'row' }: { items: NavItem[]; layout?: keyof typeof LOOK }) {
  const current = currentNavHref(items, usePathname());
  return (
    <ul className={LOOK[layout].list}>
      {items.map((item) => (
        <li key={item.href}>
          <Link
            href={item.href}
            aria-current={item.href === current ? 'page' : undefined}
            className={`flex items-center rounded-md px-3 py-2 font-medium text-stone-800 no-underline hover:bg-stone-200 aria-[current=page]:bg-emerald-100 aria-[current=page]:font-semibold aria-[current=page]:text-emerald-950 ${LOOK[layout].link}`}
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
