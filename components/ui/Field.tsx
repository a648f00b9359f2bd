import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';

type Common = { label: string; name: string; errors?: string[]; hint?: ReactNode; className?: string };

function describedBy(name: string, hint: unknown, errors?: string[]) {
  return [hint ? `${name}-hint` : null, errors?.length ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;
}

function Messages({ name, hint, errors }: { name: string; hint?: ReactNode; errors?: string[] }) {
  return (
    <>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-stone-600">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-800">
          {errors.join(' ')}
        </p>
      ) : null}
    </>
  );
}

export const inputClass =
  'block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-stone-900 shadow-sm aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-700';

/** A labelled input whose hint and errors are tied to it for screen readers. */
export function Field({ label, name, errors, hint, className, id, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const inputId = id ?? `field-${name}`;
  return (
    <div className={`space-y-1 ${className ?? ''}`}>
      <label htmlFor={inputId} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      <input id={inputId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(name, hint, errors)} className={inputClass} {...input} />
      <Messages name={name} hint={hint} errors={errors} />
    </div>
  );
}

export function TextArea({ label, name, errors, hint, className, id, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const inputId = id ?? `field-${name}`;
  return (
    <div className={`space-y-1 ${className ?? ''}`}>
      <label htmlFor={inputId} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      <textarea id={inputId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(name, hint, errors)} className={inputClass} {...input} />
      <Messages name={name} hint={hint} errors={errors} />
    </div>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  className,
  id,
  options,
  ...select
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const inputId = id ?? `field-${name}`;
  return (
    <div className={`space-y-1 ${className ?? ''}`}>
      <label htmlFor={inputId} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      {/* Keyed by its default: React's form reset after an action restores a select to the default it
          mounted with, so a changed default (the value just submitted) needs a fresh element. */}
      <select key={String(select.defaultValue ?? '')} id={inputId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy(name, hint, errors)} className={inputClass} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages name={name} hint={hint} errors={errors} />
    </div>
  );
}
