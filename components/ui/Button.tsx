import Link from '@/components/ui/Link';
import type { AnchorHTMLAttributes, ComponentPropsWithRef, ReactNode } from 'react';
import { controlClass, noticeClass, pillClass, type ControlSize, type ControlVariant, type NoticeTone } from './controls';

// Controls for server and client components alike (no hooks, no 'use client'). The submit
// button that disables itself while its form is pending is components/ui/SubmitButton.tsx.

type Look = { variant?: ControlVariant; size?: ControlSize; className?: string };

/**
 * A link that looks like a button (or, `variant="quiet"`, like a link standing on its own).
 * Goes through next/link, except a `download` or an `external` address, which must be a plain <a>.
 */
export function ButtonLink({
  href,
  variant = 'secondary',
  size,
  className,
  external,
  children,
  ...rest
}: Look & { href: string; external?: boolean; children: ReactNode } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'className'>) {
  const classes = controlClass(variant, { size, className });
  if (external || rest.download !== undefined) {
    return (
      <a href={href} className={classes} {...rest}>
        {children}
      </a>
    );
  }
  return (
    <Link href={href} className={classes} {...rest}>
      {children}
    </Link>
  );
}

/** A <button>; `type` is "button" unless said, so it never submits a form by accident. */
export function Button({ variant = 'secondary', size, className, type = 'button', ...rest }: Look & Omit<ComponentPropsWithRef<'button'>, 'className'>) {
  return <button type={type} className={controlClass(variant, { size, className })} {...rest} />;
}

/** Filter links (All, Planned, Completed…) as pills; the current one is marked for screen readers too. */
export function FilterPills({ label, items, className }: { label: string; items: { href: string; label: string; current: boolean }[]; className?: string }) {
  return (
    <nav aria-label={label} className={className}>
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.current ? 'page' : undefined} className={pillClass(item.current)}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A message box. `role="status"` for a message that appears after an action, so it is announced. */
export function Notice({ tone, children, className, role }: { tone: NoticeTone; children: ReactNode; className?: string; role?: 'status' | 'alert' }) {
  return (
    <div role={role} className={noticeClass(tone, className)}>
      {children}
    </div>
  );
}

/**
 * A wide thing (a table, a grid) that scrolls sideways inside its own box rather than the page.
 * The box is a labelled region that takes focus, so a keyboard can scroll it too.
 */
export function ScrollBox({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    // Focusable: a region that scrolls must be reachable by keyboard (axe: scrollable-region-focusable).
    // Relative: screen-reader-only text inside (position: absolute) is then clipped by this box;
    // otherwise it sits at its place in the wide table and widens the whole page on a phone.
    <div role="region" aria-label={label} tabIndex={0} className={['relative overflow-x-auto', className].filter(Boolean).join(' ')}>
      {children}
    </div>
  );
}
