import { useState } from "react";

// Presentational inputs of the report form (rendered inside the form's client
// component). Each wires its label, hint and error for screen readers.

const INPUT = "w-full rounded-md border border-slate-400 bg-white px-3 py-2.5 text-base focus:border-brand-600";
const ERROR = "text-sm font-medium text-red-700";

export function describedBy(id: string, { hint, error, extra }: { hint?: boolean; error?: string | null; extra?: string }) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, extra ?? null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldError({ id, error }: { id: string; error?: string | null }) {
  return error ? (
    <p id={`${id}-error`} className={ERROR}>
      {error}
    </p>
  ) : null;
}

export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | null;
  required?: boolean;
  maxLength?: number;
  multiline?: boolean;
  rows?: number;
  counter?: string;
  type?: string;
  children?: React.ReactNode;
}) {
  const { id, label, value, onChange, hint, error, required, maxLength, multiline, rows = 3, counter, type = "text" } = props;
  const common = {
    id,
    name: id,
    value,
    required,
    maxLength,
    "aria-invalid": Boolean(error),
    "aria-describedby": describedBy(id, { hint: Boolean(hint), error, extra: counter ? `${id}-counter` : undefined }),
    className: INPUT,
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(event) => onChange(event.target.value)} />
      )}
      {counter ? (
        <p id={`${id}-counter`} className="self-end text-xs text-slate-600">
          {counter}
        </p>
      ) : null}
      {props.children}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function YesNo(props: {
  id: string;
  legend: string;
  value: boolean | null;
  onChange: (value: boolean) => void;
  labels: { yes: string; no: string };
  error?: string | null;
}) {
  const { id, legend, value, onChange, labels, error } = props;
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 font-medium">
        {legend}
        <span aria-hidden="true"> *</span>
      </legend>
      <div className="grid grid-cols-2 gap-2">
        {([true, false] as const).map((option) => (
          <label
            key={String(option)}
            className="flex cursor-pointer items-center justify-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-3 font-medium has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600"
          >
            <input
              type="radio"
              name={id}
              id={option ? id : undefined}
              className="size-4 accent-brand-700"
              checked={value === option}
              onChange={() => onChange(option)}
              required
              aria-invalid={Boolean(error)}
            />
            {option ? labels.yes : labels.no}
          </label>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

/** `errorId`: the group's message, when the box is one of a group refused as a whole (none chosen). */
export function Checkbox(props: { id: string; label: string; checked: boolean; onChange: (checked: boolean) => void; errorId?: string }) {
  return (
    <label htmlFor={props.id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-1">
      <input
        id={props.id}
        type="checkbox"
        className="size-5 shrink-0 accent-brand-700"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        aria-invalid={props.errorId ? true : undefined}
        aria-describedby={props.errorId}
      />
      <span>{props.label}</span>
    </label>
  );
}

/**
 * A collapsible group of optional fields; open when it holds something (or a
 * message). Once open it stays open until the person closes it: emptying a
 * field or fixing its error must not fold the section away with the focus in it.
 */
export function Section(props: { title: string; open?: boolean; children: React.ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      open={props.open || opened}
      onToggle={(event) => setOpened(event.currentTarget.open)}
      className="group rounded-lg bg-white ring-1 ring-slate-200"
    >
      <summary className="flex min-h-12 cursor-pointer items-center justify-between px-4 py-3 font-semibold">
        {props.title}
        <span aria-hidden="true" className="text-slate-500 group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="flex flex-col gap-4 px-4 pb-4">{props.children}</div>
    </details>
  );
}

export const inputClassName = INPUT;
