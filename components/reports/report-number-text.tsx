/**
 * A translated text that names a report number, with the number kept on one
 * line. Browsers may break a line after a hyphen, and on a phone a heading
 * then read "Report WAW-2026-" over "000123", as if they were two things.
 * The number is found in the finished text rather than marked in the
 * messages, so the same messages still serve the page's plain-text title.
 */
export function TextWithReportNumber({ text, number }: { text: string; number: string }) {
  const at = text.indexOf(number);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <span className="whitespace-nowrap">{number}</span>
      {text.slice(at + number.length)}
    </>
  );
}
