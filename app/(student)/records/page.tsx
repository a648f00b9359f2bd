import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { EXPORT_TABLES } from '@/db/queries/export';
import { ButtonLink } from '@/components/ui/Button';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { Tip } from '@/components/method/Tip';
import { requireRole } from '@/lib/authz';

export const metadata: Metadata = { title: 'My records' };

const TABLE_LABELS: Record<(typeof EXPORT_TABLES)[number], string> = {
  occupations: 'Occupations',
  unknowns: "What I still don't know",
  contacts: 'Contacts',
  outreach_attempts: 'Outreach attempts',
  scripts: 'Scripts',
  interviews: 'Interviews',
  interview_questions: 'Interview questions and notes',
  reflections: 'Reflections',
  own_questions: 'My own questions',
};

export default async function RecordsPage() {
  await requireRole('student');
  return (
    <>
      <PageHeader
        title="My records"
        lead="Keep a record of names, dates, comments and referrals. Download everything you have entered here — it is yours."
      />
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <Card title="My portfolio, to print or keep">
          <p className="mb-3 text-sm text-stone-700">
            Your occupations, interviews with their questions and notes, thank-yous and reflections, as one document. Print it, or save it as a PDF from
            the print dialog.
          </p>
          <Link href="/records/portfolio" className="font-semibold">
            Open my portfolio
          </Link>
        </Card>
        <Tip id="record" className="self-start" />
        <Card title="Everything, as one file">
          <p className="mb-3 text-sm text-stone-700">A JSON file with every table below, for keeping or moving elsewhere.</p>
          <ButtonLink href="/records/horses-mouth.json" download variant="primary">
            Download all my records (JSON)
          </ButtonLink>
        </Card>
        <Card title="A spreadsheet per table">
          <p className="mb-3 text-sm text-stone-700">CSV files (UTF-8) that open in Excel, Numbers or Google Sheets: names, dates and your own words, one column each.</p>
          <ul className="list-disc space-y-1 pl-5">
            {EXPORT_TABLES.map((t) => (
              <li key={t}>
                <a href={`/records/${t}.csv`} download>
                  {TABLE_LABELS[t]} (CSV)
                </a>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
