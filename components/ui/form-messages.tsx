// The messages every form shows: one for the whole form (announced to screen
// readers), a confirmation, and one beside a field (linked by aria-describedby).

export function FormError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800 ring-1 ring-red-200">
      {message}
    </p>
  );
}

/**
 * Always on the page, empty (and only visually hidden, so it stays in the
 * accessibility tree) until there is something to say: a live region added
 * together with its text is often not read out.
 */
export function FormNotice({ message }: { message: string | null }) {
  return (
    <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm font-medium text-green-800 ring-1 ring-green-200 empty:sr-only">
      {message}
    </p>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? <p id={id} className="text-sm text-red-700">{message}</p> : null;
}
