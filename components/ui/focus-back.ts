"use client";

import { useEffect, useRef } from "react";
import { focusHeading } from "./announce";

/**
 * A button disabled while its action runs loses the focus (to the top of the
 * document). Call the returned `remember()` as the action starts: once
 * `pending` ends, the element that had the focus gets it back, unless
 * something took it meanwhile (a field to fix, a heading after success). Gone
 * from the refreshed page (Deactivate became Reactivate), the page's heading
 * takes it instead. Without this a keyboard user, refused by a conflict or a
 * lost connection, had to start again from the top of the page.
 */
export function useFocusBackAfter(pending: boolean): () => void {
  const usedBefore = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (pending) return;
    const used = usedBefore.current;
    usedBefore.current = null;
    if (!used || (document.activeElement !== null && document.activeElement !== document.body)) return;
    if (used.isConnected) used.focus();
    else focusHeading();
  }, [pending]);
  return () => {
    usedBefore.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  };
}
