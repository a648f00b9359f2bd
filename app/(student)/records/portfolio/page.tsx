import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { exportAllForViewer } from '@/db/queries/export';
import { PrintButton } from '@/components/interviews/PrintButton';
import { PortfolioView } from '@/components/portfolio/PortfolioView';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { buildPortfolio } from '@/lib/export/portfolio';

export const metadata: Metadata = { title: 'My portfolio' };

/** The student's record as one document, to hand in or keep: print it, or save it as a PDF. */
export default async function PortfolioPage() {
  const viewer = await requireRole('student');
  const portfolio = buildPortfolio(exportAllForViewer(viewer, viewer.id));
  return (
    <article className="mx-auto max-w-3xl">
      <div className="no-print mb-6 flex flex-wrap items-center gap-3">
        <PrintButton />
        <p className="text-sm text-stone-700">In the print dialog, choose “Save as PDF” to keep a copy.</p>
        <Link href="/records">Back to my records</Link>
      </div>
      <PortfolioView portfolio={portfolio} studentName={viewer.name} timeZone={viewer.timeZone} generatedAt={await requestNow()} />
    </article>
  );
}
