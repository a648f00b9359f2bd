import { controlClass } from '@/components/ui/controls';
import { inputClass } from '@/components/ui/Field';

/** A GET form: the chosen occupations land in the URL (?a=…&b=…), so a comparison is linkable. */
export function CompareChooser({ options, a, b }: { options: { id: number; title: string }[]; a?: number; b?: number }) {
  return (
    <form action="/occupations/compare" method="get" className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1 basis-56 space-y-1">
        <label htmlFor="compare-a" className="block text-sm font-semibold text-stone-800">
          Occupation
        </label>
        <select id="compare-a" name="a" defaultValue={a ? String(a) : ''} className={inputClass}>
          <option value="">Choose an occupation</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 flex-1 basis-56 space-y-1">
        <label htmlFor="compare-b" className="block text-sm font-semibold text-stone-800">
          Side by side with (optional)
        </label>
        <select id="compare-b" name="b" defaultValue={b ? String(b) : ''} className={inputClass}>
          <option value="">None</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={controlClass('primary')}>
        Compare
      </button>
    </form>
  );
}
