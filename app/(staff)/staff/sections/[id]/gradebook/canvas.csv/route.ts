import { findSectionToGrade } from '@/db/queries/grading';
import { getViewer } from '@/lib/authz';
import { canvasExportCsv } from '@/lib/grading/export';
import { sectionLabel } from '@/lib/sections/label';
import { parseId } from '@/lib/validation/common';

const notFoundResponse = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The section's released grades in the layout Canvas's gradebook import reads; its instructors only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  const id = parseId((await params).id);
  const section = viewer && id ? findSectionToGrade(viewer, id) : null;
  if (!section) return notFoundResponse();
  const file = `${sectionLabel(section)} ${section.term} grades`.replace(/[^A-Za-z0-9 _-]+/g, '').replace(/\s+/g, '-');
  return new Response(canvasExportCsv(section), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
