/**
 * The form's fields whose value differs from the stored report's. Compared as
 * JSON: dates by their instant, lists by their items in order, empty optional
 * fields as null on both sides (the schema turns blanks into null).
 */
export function changedFields<K extends string>(stored: Record<string, unknown>, form: Record<K, unknown>): K[] {
  return (Object.keys(form) as K[]).filter((key) => JSON.stringify(form[key]) !== JSON.stringify(stored[key]));
}
