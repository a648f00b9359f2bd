import { ButtonLink } from './Button';
import { formatCount } from '@/lib/text/counts';

/** Previous/next links that keep the other query parameters; `pageParam` names the page's own (several lists on one page). */
export function Pagination({ page, pageCount, total, basePath, params = {}, label = 'Pages', pageParam = 'page' }: {
  page: number;
  pageCount: number;
  total: number;
  basePath: string;
  params?: Record<string, string | undefined>;
  label?: string;
  pageParam?: string;
}) {
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    if (p > 1) q.set(pageParam, String(p));
    const s = q.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-x-4 gap-y-2 text-sm">
      <p className="text-stone-700">
        Page {formatCount(Math.min(page, pageCount))} of {formatCount(pageCount)} · {formatCount(total)} in all
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <ButtonLink href={href(page - 1)} size="sm" rel="prev">
            Previous
          </ButtonLink>
        ) : null}
        {page < pageCount ? (
          <ButtonLink href={href(page + 1)} size="sm" rel="next">
            Next
          </ButtonLink>
        ) : null}
      </div>
    </nav>
  );
}
