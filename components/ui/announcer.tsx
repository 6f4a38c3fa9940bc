import { ANNOUNCER_ID } from "./announce";

/**
 * The page's status region: what `announce` says after an action whose
 * button or form goes away once it is done (a claim, a decision, an answer).
 * Rendered on the server and empty until then, so it costs pages no script.
 * Empty, it is only visually hidden (sr-only, not display:none): a live
 * region must stay in the accessibility tree for its new text to be read.
 */
export function Announcer() {
  return (
    <p
      id={ANNOUNCER_ID}
      role="status"
      aria-live="polite"
      data-testid="announcer"
      className="fixed inset-x-4 bottom-4 z-50 mx-auto max-w-md rounded-md bg-slate-900 px-4 py-3 text-sm font-medium text-white shadow-lg empty:sr-only print:hidden"
    />
  );
}
