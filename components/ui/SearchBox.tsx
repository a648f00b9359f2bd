import { controlClass } from './controls';
import { inputClass } from './Field';

/** A GET search form: the query lands in the URL, so results are linkable and the back button works. */
export function SearchBox({ action, defaultValue, label, name = 'q', hidden = {} }: {
  action: string;
  defaultValue?: string;
  label: string;
  name?: string;
  hidden?: Record<string, string | undefined>;
}) {
  return (
    <form action={action} method="get" role="search" className="flex flex-wrap items-end gap-2">
      {Object.entries(hidden).map(([k, v]) => (v ? <input key={k} type="hidden" name={k} value={v} /> : null))}
      <div className="min-w-0 flex-1 basis-48">
        <label htmlFor={`search-${name}`} className="block text-sm font-semibold text-stone-800">
          {label}
        </label>
        <input id={`search-${name}`} name={name} type="search" defaultValue={defaultValue} maxLength={100} className={inputClass} />
      </div>
      <button type="submit" className={controlClass('secondary')}>
        Search
      </button>
    </form>
  );
}
