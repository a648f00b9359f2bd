'use client';

import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import type { PlanReorder as PlanReorderEditor, ReorderQuestion } from './PlanReorder';

/**
 * The plan as a plain list (`children`) until "Reorder questions" fetches the editor and swaps it
 * in. The editor carries react-aria's drag and drop (~70 kB gzip), so it is a separate chunk loaded
 * on demand; a bare import() rather than next/dynamic, whose loader alone cost the page 1.4 kB of
 * its 10 kB budget.
 */
export function PlanReorderButton({ interviewId, version, plan, children }: { interviewId: number; version: number; plan: ReorderQuestion[]; children: ReactNode }) {
  const [Editor, setEditor] = useState<typeof PlanReorderEditor | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  if (open && Editor) return <Editor interviewId={interviewId} version={version} plan={plan} onDone={() => setOpen(false)} />;
  return (
    <div className="space-y-3">
      {children}
      {plan.length > 1 ? (
        <Button
          disabled={open}
          onClick={() => {
            setOpen(true);
            setFailed(false);
            import('./PlanReorder')
              .then((m) => setEditor(() => m.PlanReorder))
              .catch(() => {
                setOpen(false);
                setFailed(true);
              });
          }}
        >
          {open ? 'Loading the reorder editor…' : 'Reorder questions'}
        </Button>
      ) : null}
      {failed ? (
        <p role="alert" className="text-sm text-red-800">
          The reorder editor did not load (no connection?). Try again.
        </p>
      ) : null}
    </div>
  );
}
