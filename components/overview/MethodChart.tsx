import { METHOD_STEPS, METHOD_STEP_HINTS, METHOD_STEP_LABELS, type MethodStep } from '@/lib/overview/vocabulary';
import { formatCount } from '@/lib/text/counts';

/*
 * How far a section has come through the method, drawn on the server as SVG (no client code):
 * one bar per step, the share of the section's students who have done it. The SVG is a picture
 * (aria-hidden); the same figures are in the table beside it, which is what a screen reader reads.
 */

// Each step's name and figure sit on a line above its bar, so that the drawing is narrow: it is
// shown at about its own size on a phone (text near 13 px) where the old side-by-side layout,
// 460 units wide, was shrunk until its labels read 9 px.
const WIDTH = 320;
const ROW = 48;
const TEXT_Y = 14;
const BAR_Y = 21;
const BAR_H = 18;
const GAP = 6;

export function MethodChart({ students, steps, sectionName }: { students: number; steps: Record<MethodStep, number>; sectionName: string }) {
  const height = METHOD_STEPS.length * ROW + GAP;
  const pct = (n: number) => (students === 0 ? 0 : Math.round((100 * n) / students));
  return (
    <div className="grid gap-6 md:grid-cols-2 md:items-start">
      <svg aria-hidden="true" viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-sm" data-testid="method-chart">
        {METHOD_STEPS.map((step, i) => {
          const y = GAP + i * ROW;
          const w = students === 0 ? 0 : (WIDTH * steps[step]) / students;
          return (
            <g key={step}>
              <text x={0} y={y + TEXT_Y} fontSize="13" fill="#1c1917">
                {METHOD_STEP_LABELS[step]}
              </text>
              <text x={WIDTH - 2} y={y + TEXT_Y} textAnchor="end" fontSize="13" fill="#1c1917">
                {formatCount(steps[step])} ({pct(steps[step])}%)
              </text>
              <rect x={0} y={y + BAR_Y} width={WIDTH} height={BAR_H} fill="#e7e5e4" rx="3" />
              <rect x={0} y={y + BAR_Y} width={w} height={BAR_H} fill="#065f46" rx="3" />
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
