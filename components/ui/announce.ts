export const ANNOUNCER_ID = "announcer";

const SHOWN_MS = 8_000;
let clearTimer: number | undefined;

/**
 * Says that an action was done, for everyone: shown in the page's status
 * region (components/ui/announcer.tsx) for a few seconds and read out by
 * screen readers. Focus goes to the page's heading, which stays when the
 * refreshed page replaces the button or form that had it (focus would
 * otherwise fall back to the top of the document); or, with `focusId`, to
 * that element, where the action was one row of a long list and the person
 * carries on from there.
 */
export function announceDone(message: string, focusId?: string) {
  const region = document.getElementById(ANNOUNCER_ID);
  const target = focusId ? document.getElementById(focusId) : null;
  if (target) target.focus();
  else focusHeading();
  if (!region) return;
  // Emptied first and filled a moment later: the same message twice is read out twice.
  region.textContent = "";
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
  window.clearTimeout(clearTimer);
  clearTimer = window.setTimeout(() => {
    region.textContent = "";
  }, SHOWN_MS);
}

/** Moves the focus to the page's heading: where a person carries on when what they used is gone. */
export function focusHeading() {
  const heading = document.querySelector<HTMLElement>("main h1");
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}
