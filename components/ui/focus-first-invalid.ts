"use client";

import { useEffect, type RefObject } from "react";

// A failed submit must not be silent: focus moves to the first field marked
// aria-invalid, so a screen reader reads its label and, through its
// aria-describedby, its message. The document order decides, as a sighted
// person would read the form from the top.

/** Focuses the first field in `form` (a form, or an element holding several) marked aria-invalid. */
function focusFirstInvalidField(form: HTMLElement | null) {
  // Marked are controls only: a group's error marks each of its boxes (Checkbox's errorId).
  const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
  if (!target) return;
  // A field in a folded <details> section cannot take the focus until it is open.
  target.closest("details")?.setAttribute("open", "");
  target.focus({ preventScroll: true });
  // Scrolled to the middle of the screen with its message, not just into
  // view: at the bottom edge a sticky bar (the filing form's send button on a
  // phone) would cover the field and the message under it.
  const group = target.closest("fieldset") ?? target.parentElement;
  const reveal = group && group.getBoundingClientRect().height < window.innerHeight * 0.6 ? group : target;
  reveal.scrollIntoView({ block: "center" });
}

/**
 * Calls focusFirstInvalidField after each commit in which `trigger` changed:
 * only then are the new aria-invalid marks in the DOM (a requestAnimationFrame
 * can run before React renders an update made after an await). Pass the errors
 * object a form replaces on every failed submit, whether its own check or the
 * server's answer failed; or a count of failed submits when the errors also
 * change as the person types.
 */
export function useFocusFirstInvalidField(formRef: RefObject<HTMLElement | null>, trigger: unknown) {
  useEffect(() => {
    if (trigger) focusFirstInvalidField(formRef.current);
  }, [formRef, trigger]);
}
