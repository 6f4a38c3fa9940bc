// The browser's half of lib/i18n/client-messages.ts: puts values into a
// message's "{name}" placeholders. Client-safe and tiny on purpose.

/** `message` with each "{name}" replaced by its value (as next-intl writes a simple argument: String(value)). */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
