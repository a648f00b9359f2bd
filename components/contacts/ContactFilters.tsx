import Link from '@/components/ui/Link';
import { controlClass } from '@/components/ui/controls';
import { inputClass } from '@/components/ui/Field';

type Option = { value: string; label: string };

/** One GET form: search text, occupation and status land in the URL, so results are linkable. */
export function ContactFilters({ q, occupationId, status, occupations, statuses }: { q: string; occupationId: string; status: string; occupations: Option[]; statuses: Option[] }) {
  const filtered = q || occupationId || status;
  return (
    <form action="/contacts" method="get" role="search" aria-label="Contacts" className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1 basis-full sm:basis-64">
        <label htmlFor="contacts-q" className="block text-sm font-semibold text-stone-800">
          Search by name, job title or organisation
        </label>
        <input id="contacts-q" name="q" type="search" defaultValue={q} maxLength={100} className={inputClass} />
      </div>
      <div className="min-w-0 flex-1 basis-40">
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
      <div className="min-w-0 flex-1 basis-40">
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
      <div className="flex items-center gap-4">
        <button type="submit" className={controlClass('secondary')}>
          Search
        </button>
        {filtered ? (
          <Link href="/contacts" className={controlClass('quiet')}>
            Clear
          </Link>
        ) : null}
      </div>
    </form>
  );
}
