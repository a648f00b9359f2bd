import { EXPORT_TABLES, exportAllForViewer, exportTableForViewer, type ExportTable } from '@/db/queries/export';
import { getViewer } from '@/lib/authz';
import { toCsv } from '@/lib/csv';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

function attachment(body: string, type: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': `${type}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}

/** /records/horses-mouth.json and /records/<table>.csv: the signed-in student's own records. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const viewer = await getViewer();
  if (!viewer || viewer.role !== 'student') return notFound();
  const { file } = await params;
  const stamp = new Date().toISOString().slice(0, 10);
  if (file === 'horses-mouth.json') {
    const body = JSON.stringify({ exportedAt: new Date().toISOString(), student: { name: viewer.name, email: viewer.email }, ...exportAllForViewer(viewer, viewer.id) }, null, 2);
    return attachment(body, 'application/json', `horses-mouth-${stamp}.json`);
  }
  const table = file.endsWith('.csv') ? file.slice(0, -4) : '';
  if (!(EXPORT_TABLES as readonly string[]).includes(table)) return notFound();
  const { columns, rows } = exportTableForViewer(viewer, viewer.id, table as ExportTable);
  return attachment(toCsv(columns, rows), 'text/csv', `horses-mouth-${table.replaceAll('_', '-')}-${stamp}.csv`);
}
