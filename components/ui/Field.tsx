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

/** The label, hint and errors around one control, tied together for screen readers. */
function FieldShell({ label, name, errors, hint, className, inputId, children }: Common & { inputId: string; children: (a11y: ControlProps) => ReactNode }) {
  return (
    <div className={`space-y-1 ${className ?? ''}`}>
      <label htmlFor={inputId} className="block text-sm font-semibold text-stone-800">
        {label}
      </label>
      {children({ id: inputId, name, 'aria-invalid': errors?.length ? true : undefined, 'aria-describedby': describedBy(name, hint, errors), className: inputClass })}
      <Messages name={name} hint={hint} errors={errors} />
    </div>
  );
}

type ControlProps = { id: string; name: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined; className: string };

export function Field({ label, name, errors, hint, className, id, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldShell label={label} name={name} errors={errors} hint={hint} className={className} inputId={id ?? `field-${name}`}>
      {(a11y) => <input {...a11y} {...input} />}
    </FieldShell>
  );
}

export function TextArea({ label, name, errors, hint, className, id, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldShell label={label} name={name} errors={errors} hint={hint} className={className} inputId={id ?? `field-${name}`}>
      {(a11y) => <textarea {...a11y} {...input} />}
    </FieldShell>
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
  return (
    <FieldShell label={label} name={name} errors={errors} hint={hint} className={className} inputId={id ?? `field-${name}`}>
      {(a11y) => (
        // Keyed by its default: React's form reset after an action restores a select to the default it
        // mounted with, so a changed default (the value just submitted) needs a fresh element.
        <select key={String(select.defaultValue ?? '')} {...a11y} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
