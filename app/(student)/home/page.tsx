import type { Metadata } from 'next';
import { listSectionsForViewer } from '@/db/queries/sections';
import { SectionList } from '@/components/layout/SectionList';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';

export const metadata: Metadata = { title: 'Home' };

export default async function StudentHome() {
  const viewer = await requireRole('student');
  const sections = listSectionsForViewer(viewer);
  return (
    <>
      <PageHeader title={`Hello, ${viewer.name}`} lead="You are not looking for a job. You are simply looking for information." />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Next actions">
            <p className="text-stone-700">
              Nothing to do yet. Start by naming an occupation you think you might like, then find someone who does that work and ask them how
              they got there.
            </p>
          </Card>
        </div>
        <Card title="My sections">
          {sections.items.length ? (
            <SectionList sections={sections.items} showCounts={false} />
          ) : (
            <p className="text-stone-700">You are not in a section yet. Your instructor or the career centre adds you.</p>
          )}
        </Card>
      </div>
    </>
  );
}
