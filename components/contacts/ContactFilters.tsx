import Link from 'next/link';
import { inputClass } from '@/components/ui/Field';

type Option = { value: string; label: string };

/** One GET form: search text, occupation and status land in the URL, so results are linkable. */
export function ContactFilters({ q, occupationId, status, occupations, statuses }: { q: string; occupationId: string; status: string; occupations: Option[]; statuses: Option[] }) {
  const filtered = q || occupationId || status;
  return (
    <form action="/contacts" method="get" role="search" aria-label="Contacts" className="flex flex-wrap items-end gap-3">
      <div className="min-w-48 flex-1">
        <label htmlFor="contacts-q" className="block text-sm font-semibold text-stone-800">
          Search by name, job title or organisation
        </label>
        <input id="contacts-q" name="q" type="search" defaultValue={q} maxLength={100} className={inputClass} />
      </div>
      <div>
        <label htmlFor="contacts-occupation" className="block text-sm font-semibold text-stone-800">
          Occupation
        </label>
        <select id="contacts-occupation" name="occupation" defaultValue={occupationId} className={inputClass}>
          <option value="">Any occupation</option>
          {occupations.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="contacts-status" className="block text-sm font-semibold text-stone-800">
          Status
        </label>
        <select id="contacts-status" name="status" defaultValue={status} className={inputClass}>
          <option value="">Any status</option>
          {statuses.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 text-sm font-semibold hover:bg-stone-100">
        Search
      </button>
      {filtered ? (
        <Link href="/contacts" className="py-2 text-sm">
          Clear
        </Link>
      ) : null}
    </form>
  );
}
