// The unsent report kept in the browser (localStorage), per person, so a
// reload or a dropped connection loses nothing. The idempotency key travels
// with it: resending the draft can never file it twice.
import type { FormValues } from "./form-values";

export interface Draft {
  values: FormValues;
  idempotencyKey: string | null;
}

const PREFIX = "refusal-desk:report-draft:";
const storageKey = (userId: string) => `${PREFIX}${userId}`;

export function loadDraft(userId: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(storageKey(userId));
    if (!raw) return null;
    const draft = JSON.parse(raw) as Draft;
    return draft && typeof draft.values === "object" ? draft : null;
  } catch {
    return null;
  }
}

export function saveDraft(userId: string, draft: Draft): void {
  try {
    window.localStorage.setItem(storageKey(userId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the form still works without it.
  }
}

export function clearDraft(userId: string): void {
  try {
    window.localStorage.removeItem(storageKey(userId));
  } catch {
    // Nothing to clear.
  }
}

/**
 * Every person's draft on this device, at an explicit sign-out: on a shared
 * phone or counter PC the next person must not find (or restore) them.
 */
export function clearAllDrafts(): void {
  try {
    const storage = window.localStorage;
    // Collected first: removing while walking by index would skip keys.
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => Boolean(key?.startsWith(PREFIX)));
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage disabled: nothing was kept.
  }
}
