// Small shared pieces of the admin forms: a checkbox group and button styles.

import { FieldError } from "@/components/ui/form-messages";

export function CheckboxGroup({
  legend,
  hint,
  name,
  options,
  selected,
  onChange,
  disabled,
  emptyText,
  error,
}: {
  legend: string;
  hint?: string;
  name: string;
  options: { id: string; name: string }[];
  selected: string[];
  onChange: (next: string[]) => void;
  disabled?: boolean;
  emptyText: string;
  /** A message about the whole group: shown inside it, linked to it and marked on every box. */
  error?: { id: string; message?: string };
}) {
  const invalid = Boolean(error?.message);
  return (
    <fieldset className="flex flex-col gap-1" disabled={disabled} aria-describedby={invalid ? error?.id : undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      {hint ? <p className="text-xs text-slate-600">{hint}</p> : null}
      {options.length === 0 ? <p className="text-sm text-slate-600">{emptyText}</p> : null}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => (
          <label key={option.id} className="flex items-center gap-2 py-1 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.id}
              checked={selected.includes(option.id)}
              onChange={(event) =>
                onChange(event.target.checked ? [...selected, option.id] : selected.filter((id) => id !== option.id))
              }
              aria-invalid={invalid}
              className="size-4"
            />
            {option.name}
          </label>
        ))}
      </div>
      {error ? <FieldError id={error.id} message={error.message} /> : null}
    </fieldset>
  );
}

// max-w-full: a select is as wide as its longest option (a long name), which must not widen the page.
export const inputClass = "max-w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";
export const primaryButton =
  "rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-70";
export const secondaryButton =
  "rounded-md px-3 py-2 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-100 disabled:opacity-70";
export const dangerButton =
  "rounded-md px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-300 hover:bg-red-50 disabled:opacity-70";
