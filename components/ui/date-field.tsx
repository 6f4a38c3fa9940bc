/**
 * A filter form's date input with its label and, when the dates are wrong, its
 * message: marked invalid and described by it. Server-rendered (GET forms).
 */
export function DateField(props: {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
  error?: string | null;
  className?: string;
  labelClassName?: string;
  inputClassName: string;
}) {
  const errorId = `${props.id}-error`;
  return (
    <div className={props.className}>
      <label htmlFor={props.id} className={props.labelClassName}>{props.label}</label>
      <input
        id={props.id}
        name={props.name}
        type="date"
        defaultValue={props.defaultValue ?? ""}
        className={props.inputClassName}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? errorId : undefined}
      />
      {props.error ? <span id={errorId} className="max-w-48 text-xs font-medium text-red-800">{props.error}</span> : null}
    </div>
  );
}
