// The look of every control, as class names. A plain module (no 'use client', no React), so
// server and client components alike import it: a value exported from a 'use client' module
// reaches a server component as a client reference, and `${thatValue}` renders
// class="undefined". Wrap these in components/ui/Button.tsx rather than repeating them.

export type ControlVariant =
  /** The one thing to do next on a screen or form. */
  | 'primary'
  /** Any other action, or a link that leads somewhere as a button would. */
  | 'secondary'
  /** Deletes or ends something; usually behind a confirmation. */
  | 'danger'
  /** A link that reads as a link: "Back to…", "Clear", a download among text. */
  | 'quiet';

export type ControlSize = 'md' | 'sm';

const BASE = 'inline-flex items-center justify-center gap-2 rounded-md font-semibold no-underline text-center disabled:cursor-not-allowed disabled:opacity-60';

const SIZE: Record<ControlSize, string> = {
  md: 'min-h-10 px-4 py-2 text-sm',
  sm: 'min-h-8 px-3 py-1 text-sm',
};

const VARIANT: Record<ControlVariant, string> = {
  primary: 'border border-emerald-800 bg-emerald-800 text-white hover:border-emerald-900 hover:bg-emerald-900',
  secondary: 'border border-stone-400 bg-white text-stone-900 hover:bg-stone-100',
  danger: 'border border-red-800 bg-red-800 text-white hover:border-red-900 hover:bg-red-900',
  quiet: 'text-emerald-800 underline decoration-1 underline-offset-2 hover:text-emerald-950 hover:decoration-2',
};

// A quiet link is text: no box to pad, only a target tall enough to tap (WCAG 2.5.8).
const QUIET_SIZE: Record<ControlSize, string> = {
  md: 'min-h-10 text-sm',
  sm: 'min-h-8 text-sm',
};

/** Class names for a button or a link that acts as one. `className` adds layout (margins, width), not colour. */
export function controlClass(variant: ControlVariant = 'secondary', { size = 'md', className }: { size?: ControlSize; className?: string } = {}): string {
  const parts = [
    variant === 'quiet' ? 'inline-flex items-center gap-2 font-semibold' : BASE,
    variant === 'quiet' ? QUIET_SIZE[size] : SIZE[size],
    VARIANT[variant],
    className,
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * A filter pill (All, Planned, Completed…): a rounded link, filled when it is the current one.
 * The current pill is also bold, so it differs by more than colour.
 */
export function pillClass(current: boolean): string {
  return [
    'inline-flex min-h-8 items-center rounded-full border px-3 py-1 text-sm no-underline',
    current ? 'border-emerald-800 bg-emerald-800 font-bold text-white' : 'border-stone-400 bg-white font-medium text-stone-900 hover:bg-stone-100',
  ].join(' ');
}

export type NoticeTone = 'success' | 'info' | 'warning' | 'danger';

const NOTICE: Record<NoticeTone, string> = {
  success: 'border-emerald-300 bg-emerald-50 text-emerald-950',
  info: 'border-sky-300 bg-sky-50 text-sky-950',
  warning: 'border-amber-400 bg-amber-50 text-amber-950',
  danger: 'border-red-300 bg-red-50 text-red-950',
};

/** A box of text that tells the person something: a saved message, a warning, an error. */
export function noticeClass(tone: NoticeTone, className?: string): string {
  return ['rounded-md border p-3 text-sm', NOTICE[tone], className].filter(Boolean).join(' ');
}
