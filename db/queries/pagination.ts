export const PAGE_SIZE = 25;

export type Page<T> = { items: T[]; total: number; page: number; pageCount: number; pageSize: number };

export function pageWindow(page: number, pageSize = PAGE_SIZE): { limit: number; offset: number; page: number } {
  const safe = Number.isFinite(page) && page >= 1 ? Math.floor(page) : 1;
  return { limit: pageSize, offset: (safe - 1) * pageSize, page: safe };
}

export function toPage<T>(items: T[], total: number, page: number, pageSize = PAGE_SIZE): Page<T> {
  return { items, total, page, pageSize, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** A LIKE pattern that matches the text anywhere, with the user's % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
