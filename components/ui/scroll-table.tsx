/**
 * A table's box that scrolls sideways on a phone and prints in full. Its
 * tables hold no links, so the box itself takes focus: otherwise a keyboard
 * could not scroll it (axe scrollable-region-focusable). It is a named group,
 * not a region: the section or figure around it already bears that name, and
 * two regions of one name are one landmark too many.
 */
export function ScrollTable({ labelledBy, className = "", children }: { labelledBy: string; className?: string; children: React.ReactNode }) {
  return (
    <div role="group" aria-labelledby={labelledBy} tabIndex={0} className={`overflow-x-auto print:overflow-visible ${className}`}>
      {children}
    </div>
  );
}
