import type { ReactNode } from 'react';
import { PlainText, SourceList } from '@/components/occupations/OccupationView';
import type { Portfolio, PortfolioReflection } from '@/lib/export/portfolio';
import { INTERVIEW_MODE_LABELS, INTERVIEW_STATUS_LABELS, THANK_YOU_CHANNEL_LABELS } from '@/lib/interviews/vocabulary';
import { THE_RULE } from '@/lib/method/content';
import { OCCUPATION_STATUS_LABELS } from '@/lib/occupations/vocabulary';
import { SUBMISSION_STATUS_LABELS } from '@/lib/submissions/vocabulary';
import { formatDate, formatDateTime } from '@/lib/time';

/*
 * The portfolio as a document: one column, headings in order, nothing interactive, so that it
 * reads on a phone and prints to PDF from the browser (app/globals.css hides the menu in print;
 * each interview starts a new printed page, and a question never splits across two).
 */

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-4">
      <h2 id={id} className="border-b-2 border-stone-800 pb-1 text-xl font-bold break-after-avoid">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="break-inside-avoid">
      <h4 className="font-semibold text-stone-900 break-after-avoid">{label}</h4>
      {children}
    </div>
  );
}

function Reflection({ reflection, headingLevel }: { reflection: PortfolioReflection; headingLevel: 3 | 4 }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className="space-y-2">
      <H className="font-semibold text-stone-900 break-after-avoid">
        {reflection.title} <span className="font-normal text-stone-700">({SUBMISSION_STATUS_LABELS[reflection.status]})</span>
      </H>
      <dl className="space-y-2">
        {reflection.answers.map((a) => (
          <div key={a.question} className="break-inside-avoid">
            <dt className="font-medium text-stone-900">{a.question}</dt>
            <dd className="whitespace-pre-wrap break-words pl-4 text-stone-800">{a.answer}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function PortfolioView({ portfolio, studentName, timeZone, generatedAt }: { portfolio: Portfolio; studentName: string; timeZone: string; generatedAt: Date }) {
  const { occupations, interviews, otherReflections, counts } = portfolio;
  return (
    <div className="space-y-10 text-stone-900 print:space-y-6 print:text-[11pt]">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">Information interviews: {studentName}</h1>
        <p className="text-stone-700">Portfolio as of {formatDate(generatedAt, timeZone)}</p>
        <p className="italic">{THE_RULE}</p>
        <p>
          {counts.occupations} {counts.occupations === 1 ? 'occupation' : 'occupations'} explored · {counts.completed} {counts.completed === 1 ? 'interview' : 'interviews'} completed ·{' '}
          {counts.thankYous} {counts.thankYous === 1 ? 'thank-you' : 'thank-yous'} sent · {counts.referrals} {counts.referrals === 1 ? 'referral' : 'referrals'} received
        </p>
      </div>

      <Part id="portfolio-occupations" title="Occupations">
        {occupations.length === 0 ? <p className="text-stone-700">No occupations yet.</p> : null}
        {occupations.map((o) => (
          <article key={o.id} aria-labelledby={`occupation-${o.id}`} className="space-y-3">
            <h3 id={`occupation-${o.id}`} className="text-lg font-semibold break-after-avoid">
              {o.title} <span className="text-base font-normal text-stone-700">({OCCUPATION_STATUS_LABELS[o.status]})</span>
            </h3>
            {o.whyInterested ? (
              <Labelled label="Why it interests me">
                <PlainText text={o.whyInterested} empty="" />
              </Labelled>
            ) : null}
            {o.researchNotes ? (
              <Labelled label="Research notes">
                <PlainText text={o.researchNotes} empty="" />
              </Labelled>
            ) : null}
            {o.sources ? (
              <Labelled label="Sources">
                <SourceList sources={o.sources} />
              </Labelled>
            ) : null}
            {o.unknowns.length ? (
              <Labelled label="What I still don’t know">
                <ul className="list-disc space-y-1 pl-5">
                  {o.unknowns.map((u, i) => (
                    <li key={i} className="break-words">
                      {u}
                    </li>
                  ))}
                </ul>
              </Labelled>
            ) : null}
          </article>
        ))}
      </Part>

      <Part id="portfolio-interviews" title="Interviews">
        {interviews.length === 0 ? <p className="text-stone-700">No interviews yet.</p> : null}
        {interviews.map((i) => (
          <article key={i.id} aria-labelledby={`interview-${i.id}`} className="space-y-3 print:break-before-page">
            <h3 id={`interview-${i.id}`} className="text-lg font-semibold break-after-avoid">
              {i.contactName}
              {i.occupationTitle ? <span className="font-normal"> — {i.occupationTitle}</span> : null}
            </h3>
            <p className="text-stone-800">
              {[
                INTERVIEW_STATUS_LABELS[i.status],
                i.startsAt ? formatDateTime(i.startsAt, timeZone) : null,
                `${i.durationMinutes} minutes`,
                INTERVIEW_MODE_LABELS[i.mode],
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {i.questions.length ? (
              <Labelled label="Questions and notes">
                <ol className="list-decimal space-y-2 pl-6">
                  {i.questions.map((q, n) => (
                    <li key={n} className="break-inside-avoid">
                      <p className="font-medium">
                        {q.text}
                        {q.interesting ? <span className="ml-2 text-sm font-semibold text-amber-900 print:text-stone-900">(particularly interesting)</span> : null}
                      </p>
                      {q.notes ? <p className="whitespace-pre-wrap break-words text-stone-800">{q.notes}</p> : <p className="text-stone-700">No notes.</p>}
                    </li>
                  ))}
                </ol>
              </Labelled>
            ) : null}
            {i.generalNotes ? (
              <Labelled label="General notes">
                <PlainText text={i.generalNotes} empty="" />
              </Labelled>
            ) : null}
            {i.referrals.length ? (
              <Labelled label="Referrals received">
                <ul className="list-disc pl-5">
                  {i.referrals.map((r, n) => (
                    <li key={n}>{r}</li>
                  ))}
                </ul>
              </Labelled>
            ) : null}
            {i.status === 'completed' ? (
              <Labelled label="Thank-you">
                {i.thankYou ? (
                  <>
                    <p className="text-stone-800">
                      {i.thankYou.channel ? THANK_YOU_CHANNEL_LABELS[i.thankYou.channel] : 'Sent'}, {formatDate(i.thankYou.sentAt, timeZone)}
                    </p>
                    {i.thankYou.text ? <p className="mt-1 whitespace-pre-wrap break-words border-l-4 border-stone-300 pl-3">{i.thankYou.text}</p> : null}
                  </>
                ) : (
                  <p className="text-stone-700">Not sent yet.</p>
                )}
              </Labelled>
            ) : null}
            {i.reflections.map((r, n) => (
              <Reflection key={n} reflection={r} headingLevel={4} />
            ))}
          </article>
        ))}
      </Part>

      {otherReflections.length ? (
        <Part id="portfolio-reflections" title="Other reflections">
          {otherReflections.map((r, n) => (
            <Reflection key={n} reflection={r} headingLevel={3} />
          ))}
        </Part>
      ) : null}
    </div>
  );
}
