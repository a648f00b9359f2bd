import Link from '@/components/ui/Link';
import { guideHref, TIPS, type TipId } from '@/lib/method/content';

/**
 * One of the method's tips (lib/method/content.ts), shown beside the step it is about, with a link
 * to its part of the guide. A note, not a landmark: it sits inside the page's own sections.
 * Server-rendered and without state, so it adds no JavaScript; prints with the page.
 */
export function Tip({ id, className = '' }: { id: TipId; className?: string }) {
  const tip = TIPS[id];
  const titleId = `tip-${id}`;
  return (
    <div role="note" aria-labelledby={titleId} className={`rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-stone-900 break-inside-avoid print:border-stone-400 print:bg-white ${className}`}>
      <p id={titleId} className="mb-1 font-semibold text-amber-950 print:text-stone-900">
        <span aria-hidden="true">✎ </span>
        {tip.title}
      </p>
      <ul className="list-disc space-y-1 pl-5">
        {tip.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <p className="mt-2 print:hidden">
        <Link href={guideHref(tip.guide)} className="text-emerald-900 underline underline-offset-2">
          More in The method
          <span className="sr-only">: {tip.title}</span>
        </Link>
      </p>
    </div>
  );
}
