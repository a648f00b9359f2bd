import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { PageHeader } from '@/components/ui/PageHeader';
import { requireRole } from '@/lib/authz';
import { GUIDE, GUIDE_LEAD, GUIDE_TITLE, type Block } from '@/lib/method/content';

export const metadata: Metadata = { title: GUIDE_TITLE };

/** Where each part of the method is done in the app. */
const DO_IT_HERE: Partial<Record<(typeof GUIDE)[number]['id'], { href: string; label: string }>> = {
  what: { href: '/occupations/new', label: 'Name an occupation you might like' },
  whom: { href: '/contacts/new', label: 'Add a contact' },
  prepare: { href: '/occupations', label: 'Your research notes' },
  ask: { href: '/contacts', label: 'Build a script from a contact’s page' },
  day: { href: '/interviews', label: 'Your interviews' },
  after: { href: '/records/portfolio', label: 'Your portfolio' },
};

function GuideBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case 'p':
      return <p className="max-w-prose">{block.text}</p>;
    case 'list':
      return (
        <ul className="max-w-prose list-disc space-y-1 pl-5">
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'rule':
      return (
        <blockquote className="max-w-prose border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3 text-lg font-semibold text-emerald-950">
          <p>{block.text}</p>
        </blockquote>
      );
    case 'compare':
      // Cards rather than a three-column table: it reads at 390 px without sideways scrolling.
      return (
        <dl className="grid gap-3 sm:grid-cols-3">
          {block.rows.map((row) => (
            <div key={row.aspect} className="rounded-lg border border-stone-300 bg-white p-3">
              <dt className="font-semibold text-stone-900">{row.aspect}</dt>
              <dd className="mt-1">
                <span className="font-medium text-emerald-900">Information interview: </span>
                {row.information}
              </dd>
              <dd className="mt-1 text-stone-700">
                <span className="font-medium">Job interview: </span>
                {row.job}
              </dd>
            </div>
          ))}
        </dl>
      );
  }
}

export default async function MethodPage() {
  await requireRole('student');
  return (
    <article className="space-y-8">
      <PageHeader title={GUIDE_TITLE} lead={GUIDE_LEAD} />
      <nav aria-label="Parts of the method" className="rounded-lg border border-stone-300 bg-white p-4">
        <ol className="grid list-decimal gap-x-8 gap-y-1 pl-5 sm:grid-cols-2">
          {GUIDE.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {GUIDE.map((s) => {
        const here = DO_IT_HERE[s.id];
        return (
          <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`} className="scroll-mt-4 space-y-3 text-stone-900">
            <h2 id={`${s.id}-title`} className="text-xl font-semibold">
              {s.title}
            </h2>
            {s.blocks.map((b, i) => (
              <GuideBlock key={i} block={b} />
            ))}
            {here ? (
              <p>
                <Link href={here.href}>{here.label}</Link>
              </p>
            ) : null}
          </section>
        );
      })}
      <p className="text-sm text-stone-700">
        Adapted from the career centre’s handout <cite>Information Interviews</cite>; quoted passages keep its words.
      </p>
    </article>
  );
}
