import { METHOD_STEPS, METHOD_STEP_HINTS, METHOD_STEP_LABELS, type MethodStep } from '@/lib/overview/vocabulary';
import { formatCount } from '@/lib/text/counts';

/*
 * How far a section has come through the method, drawn on the server as SVG (no client code):
 * one bar per step, the share of the section's students who have done it. The SVG is a picture
 * (aria-hidden); the same figures are in the table beside it, which is what a screen reader reads.
 */

const BAR_H = 26;
const GAP = 12;
const LABEL_W = 130;
const BAR_W = 220;
// Room for "20,000 (100%)": a larger centre's figures were cut off at the right edge.
const VALUE_W = 110;

export function MethodChart({ students, steps, sectionName }: { students: number; steps: Record<MethodStep, number>; sectionName: string }) {
  const height = METHOD_STEPS.length * (BAR_H + GAP) + GAP;
  const width = LABEL_W + BAR_W + VALUE_W;
  const pct = (n: number) => (students === 0 ? 0 : Math.round((100 * n) / students));
  return (
    <div className="grid gap-6 md:grid-cols-2 md:items-start">
      <svg
        aria-hidden="true"
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full max-w-xl"
        data-testid="method-chart"
      >
        {METHOD_STEPS.map((step, i) => {
          const y = GAP + i * (BAR_H + GAP);
          const w = students === 0 ? 0 : (BAR_W * steps[step]) / students;
          return (
            <g key={step}>
              <text x={LABEL_W - 8} y={y + BAR_H / 2} textAnchor="end" dominantBaseline="middle" fontSize="13" fill="#1c1917">
                {METHOD_STEP_LABELS[step]}
              </text>
              <rect x={LABEL_W} y={y} width={BAR_W} height={BAR_H} fill="#e7e5e4" rx="3" />
              <rect x={LABEL_W} y={y} width={w} height={BAR_H} fill="#065f46" rx="3" />
              <text x={LABEL_W + BAR_W + 8} y={y + BAR_H / 2} dominantBaseline="middle" fontSize="13" fill="#1c1917">
                {formatCount(steps[step])} ({pct(steps[step])}%)
              </text>
            </g>
          );
        })}
      </svg>
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-semibold">
          Students of {sectionName} who have done each step, of {formatCount(students)}
        </caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="px-3 py-1">Step</th>
            <th scope="col" className="px-3 py-1 text-right">Students</th>
            <th scope="col" className="px-3 py-1 text-right">Share</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {METHOD_STEPS.map((step) => (
            <tr key={step}>
              <th scope="row" className="px-3 py-1 font-medium">
                {METHOD_STEP_LABELS[step]}
                <span className="block text-xs font-normal text-stone-700">{METHOD_STEP_HINTS[step]}</span>
              </th>
              <td className="px-3 py-1 text-right">{formatCount(steps[step])}</td>
              <td className="px-3 py-1 text-right">{pct(steps[step])}%</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
