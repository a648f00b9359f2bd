import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { countContactsForViewer } from '@/db/queries/contacts';
import { countInterviewsForViewer } from '@/db/queries/interviews';
import { listSectionsForViewer } from '@/db/queries/sections';
import { NextActionList } from '@/components/home/NextActionList';
import { SectionList } from '@/components/layout/SectionList';
import { Card, PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { requestNow } from '@/lib/clock';
import { GUIDE_PATH } from '@/lib/method/content';
import { nextActionsForStudent } from '@/lib/interviews/next-actions';

export const metadata: Metadata = { title: 'Home' };

export default async function StudentHome() {
  const viewer = await requireRole('student');
  const now = await requestNow();
  const actions = nextActionsForStudent(viewer, now);
  const counts = { ...countContactsForViewer(viewer, viewer.id), ...countInterviewsForViewer(viewer, viewer.id) };
  const sections = listSectionsForViewer(viewer);
  const firstTime = counts.contacts === 0 && actions.length === 0;
  return (
    <>
      <PageHeader title={`Hello, ${viewer.name}`} lead="You are not looking for a job. You are simply looking for information." />
      <section aria-labelledby="at-a-glance" className="mb-6">
        <h2 id="at-a-glance" className="sr-only">
          At a glance
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          {[
            ['Contacts', counts.contacts],
            ['Interviews completed', counts.completed],
            ['Thank-yous sent', counts.thankYousSent],
            ['Referrals received', counts.referrals],
          ].map(([label, n]) => (
            <div key={label} className="rounded-lg border border-stone-300 bg-white p-4">
              <dt className="text-sm text-stone-700">{label}</dt>
              <dd className="text-2xl font-bold text-stone-900">{n}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card title="Next actions">
            {firstTime ? (
              <div className="space-y-3 text-stone-800">
                <p>
                  Nothing to do yet — here is how to start. New to information interviews? <Link href={GUIDE_PATH}>Read The method first</Link>.
                </p>
                <ol className="list-decimal space-y-2 pl-5">
                  <li>
                    <Link href="/occupations/new">Name an occupation</Link> you think you might like, and write down what you still don&rsquo;t know
                    about it.
                  </li>
                  <li>
                    <Link href="/contacts/new">Add someone who does that work</Link> — ask friends, family, your dentist, a neighbour, a
                    professional association.
                  </li>
                  <li>Build a phone script from their contact page and call them. Ask for twenty minutes of their time, and information, not a job.</li>
                </ol>
              </div>
            ) : actions.length ? (
              <NextActionList actions={actions} now={now} />
            ) : (
              <p className="text-stone-700">You are up to date. Who else could you talk to? By all means, talk to more than one horse.</p>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="My sections">
            {sections.items.length ? (
              <SectionList sections={sections.items} showCounts={false} />
            ) : (
              <p className="text-stone-700">You are not in a section yet. Your instructor or the career centre adds you.</p>
            )}
          </Card>
          <Card title="The method">
            <p className="text-stone-800">
              Why information interviews work, whom to ask, how to ask, what to do on the day and after.{' '}
              <Link href={GUIDE_PATH}>Read The method</Link>
            </p>
          </Card>
        </div>
      </div>
    </>
  );
}
