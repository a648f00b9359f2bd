'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export type NavItem = { href: string; label: string };

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => {
        const current = pathname === item.href || (item.href !== '/' && pathname.startsWith(`${item.href}/`));
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={current ? 'page' : undefined}
              className="block rounded-md px-3 py-2 text-sm font-medium text-stone-800 hover:bg-stone-200 aria-[current=page]:bg-emerald-100 aria-[current=page]:text-emerald-950"
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
