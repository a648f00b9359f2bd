import { TZDate } from '@date-fns/tz';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * An Intl.DateTimeFormat, made once per locale, options and zone: making one costs about a
 * quarter of a millisecond, using one about a microsecond, and a page of fifty dated rows made
 * a few of them per row. Bounded by the zones people can choose times the handful of formats here.
 * An unknown zone throws, as the constructor does, and is not kept.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** "Tue, Dec 1, 2026, 2:30 p.m." in the viewer's zone. */
export function formatDateTime(date: Date, timeZone: string): string {
  return dateTimeFormat('en-CA', { timeZone, weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(date);
}

export function formatDate(date: Date, timeZone: string): string {
  return dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: 'short', day: 'numeric' }).format(date);
}

export function formatTime(date: Date, timeZone: string): string {
  return dateTimeFormat('en-CA', { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(date);
}

/** The value a `datetime-local` input shows for an instant, in the viewer's zone. */
export function toLocalInputValue(date: Date, timeZone: string): string {
  const z = new TZDate(date.getTime(), timeZone);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${z.getFullYear()}-${p(z.getMonth() + 1)}-${p(z.getDate())}T${p(z.getHours())}:${p(z.getMinutes())}`;
}

/** A `date` input's value for an instant, in the viewer's zone. */
export function toLocalDateValue(date: Date, timeZone: string): string {
  return toLocalInputValue(date, timeZone).slice(0, 10);
}

/** Reads a `datetime-local` (or `date`, as midday) value as wall-clock time in the viewer's zone. */
export function fromLocalInputValue(value: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 12 : Number(m[4]), Number(m[5] ?? 0)];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || y < 1900 || y > 2200) return null;
  const z = new TZDate(y, mo - 1, d, h, mi, timeZone);
  // 31 February and the like roll over: refuse them instead of moving the date.
  if (z.getDate() !== d) return null;
  return new Date(z.getTime());
}
