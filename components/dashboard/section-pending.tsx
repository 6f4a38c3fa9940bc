/** What a dashboard section shows while its figures are computed (a year takes a second or two). */
export function SectionPending({ label }: { label: string }) {
  return (
    <div role="status" className="mt-6 flex min-h-24 items-center rounded-lg bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
      <span aria-hidden="true" className="mr-2 inline-block size-3 animate-pulse rounded-full bg-brand-600" />
      {label}
    </div>
  );
}
