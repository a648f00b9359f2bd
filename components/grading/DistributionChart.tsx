import { DISTRIBUTION_BANDS } from '@/lib/grading/vocabulary';
import { formatCount } from '@/lib/text/counts';

/** "0–49 %", …, "90 % and up". */
export function bandLabels(): string[] {
  return DISTRIBUTION_BANDS.map((b, i) => (i === DISTRIBUTION_BANDS.length - 1 ? `${b} % and up` : `${b}–${DISTRIBUTION_BANDS[i + 1] - 1} %`));
}

/**
 * How one assignment's scores spread over the bands: a bar chart drawn on the server as SVG
 * (no script), and the same figures as a table for anyone who does not read the picture.
 */
export function DistributionChart({ title, bands, id }: { title: string; bands: number[]; id: string }) {
  const labels = bandLabels();
  const max = Math.max(1, ...bands);
  const w = 320;
  const h = 140;
  // Room above the tallest bar for its count, which was drawn outside the picture and cut off.
  const top = 20;
  const barW = w / bands.length;
  return (
    <figure className="space-y-2" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}: distribution of scores
      </figcaption>
      <svg viewBox={`0 0 ${w} ${top + h + 30}`} className="h-auto w-full max-w-sm" role="img" aria-label={`${title}: ${bands.map((n, i) => `${labels[i]}: ${formatCount(n)}`).join(', ')}`}>
        {bands.map((n, i) => {
          const bh = Math.round((n / max) * h);
          return (
            <g key={i}>
              <rect x={i * barW + 4} y={top + h - bh} width={barW - 8} height={bh} className="fill-emerald-700" />
              <text x={i * barW + barW / 2} y={top + h - bh - 4} textAnchor="middle" className="fill-stone-900 text-[11px]">
                {formatCount(n)}
              </text>
              <text x={i * barW + barW / 2} y={top + h + 16} textAnchor="middle" className="fill-stone-800 text-[10px]">
                {DISTRIBUTION_BANDS[i]}+
              </text>
            </g>
          );
        })}
        <line x1="0" y1={top + h} x2={w} y2={top + h} className="stroke-stone-500" />
      </svg>
      <table className="text-left text-sm">
        <caption className="sr-only">{title}: students per score band</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-4">Score</th>
            <th scope="col">Students</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((n, i) => (
            <tr key={i}>
              <th scope="row" className="pr-4 font-normal">
                {labels[i]}
              </th>
              <td>{formatCount(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
