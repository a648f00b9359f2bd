'use client';

import dynamic from 'next/dynamic';
import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import type { ReorderQuestion } from './PlanReorder';

// The editor carries react-aria's drag and drop (~70 kB gzip): fetched only when asked for, so
// the interview page stays within its JavaScript budget.
const PlanReorder = dynamic(() => import('./PlanReorder').then((m) => m.PlanReorder), {
  ssr: false,
  loading: () => <p role="status" className="text-sm text-stone-700">Loading the reorder editor…</p>,
});

/** The plan as a plain list (`children`) until "Reorder questions" swaps in the editor. */
export function PlanReorderButton({ interviewId, version, plan, children }: { interviewId: number; version: number; plan: ReorderQuestion[]; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  if (open) return <PlanReorder interviewId={interviewId} version={version} plan={plan} onDone={() => setOpen(false)} />;
  return (
    <div className="space-y-3">
      {children}
      {plan.length > 1 ? <Button onClick={() => setOpen(true)}>Reorder questions</Button> : null}
    </div>
  );
}
