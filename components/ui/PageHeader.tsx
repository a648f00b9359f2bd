import type { ReactNode } from 'react';

export function PageHeader({ title, lead, actions }: { title: string; lead?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0 space-y-1">
        <h1 className="text-2xl font-bold text-stone-900">{title}</h1>
        {lead ? <p className="max-w-prose text-stone-700">{lead}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

export function Card({ title, children, headingLevel = 2 }: { title?: string; children: ReactNode; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="min-w-0 rounded-lg border border-stone-300 bg-white p-4 shadow-sm sm:p-5">
      {title ? <H className="mb-3 text-lg font-semibold break-words text-stone-900">{title}</H> : null}
      {children}
    </section>
  );
}
