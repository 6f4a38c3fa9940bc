import { useId } from "react";
import { fill } from "@/lib/i18n/fill";
import { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from "@/lib/reports/fields";
import type { ReportFormText } from "./report-form-text";

// No HEIC/HEIF: the server's image library cannot decode iPhone photos (HEVC),
// so they would fail only after filing. Without them in the list, iOS converts
// a chosen photo to JPEG itself.
export const ACCEPTED_TYPES = "image/jpeg,image/png,image/webp,application/pdf";
// A file picked past `accept` (a desktop's "All files") is refused here, not after filing.
const accepted = (file: File) => ACCEPTED_TYPES.split(",").includes(file.type);

/** Chosen evidence files (checked again on the server, from their bytes). */
export function EvidencePicker(props: {
  files: File[];
  onChange: (files: File[]) => void;
  error: string | null;
  onError: (error: string | null) => void;
  max?: number;
  text: ReportFormText["form"];
}) {
  const t = props.text;
  const id = useId();
  const max = props.max ?? MAX_ATTACHMENTS;

  function add(list: FileList | null) {
    const chosen = [...(list ?? [])];
    const wrongType = chosen.find((file) => !accepted(file));
    const tooLarge = chosen.find((file) => file.size > MAX_ATTACHMENT_BYTES);
    const next = [...props.files, ...chosen.filter((file) => accepted(file) && file.size <= MAX_ATTACHMENT_BYTES)];
    if (wrongType) props.onError(fill(t.fileWrongType, { name: wrongType.name }));
    else if (tooLarge) props.onError(fill(t.fileTooLarge, { name: tooLarge.name }));
    else if (next.length > max) props.onError(t.tooManyFiles);
    else props.onError(null);
    props.onChange(next.slice(0, max));
  }

  return (
    <div className="flex flex-col gap-2">
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {t.evidenceHint}
      </p>
      {props.files.length < max ? (
        <label className="inline-flex min-h-11 w-fit cursor-pointer items-center rounded-md border border-brand-700 px-4 py-2 font-medium text-brand-700 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600">
          {t.addFiles}
          <input
            type="file"
            multiple
            accept={ACCEPTED_TYPES}
            className="sr-only"
            aria-describedby={`${id}-hint`}
            data-testid="evidence-input"
            onChange={(event) => {
              add(event.target.files);
              event.target.value = "";
            }}
          />
        </label>
      ) : null}
      {props.files.length ? (
        <ul className="flex flex-col gap-1 text-sm">
          {props.files.map((file, index) => (
            <li key={`${file.name}-${index}`} className="flex items-center justify-between gap-2 rounded bg-slate-50 px-2 py-1">
              <span className="truncate">{file.name}</span>
              <button
                type="button"
                className="min-h-9 shrink-0 rounded px-2 font-medium text-red-700 underline underline-offset-2"
                aria-label={fill(t.removeFile, { name: file.name })}
                onClick={() => props.onChange(props.files.filter((_, i) => i !== index))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {props.error ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** Sends each file to the report; returns how many could not be stored. */
export async function uploadEvidence(number: string, files: File[]): Promise<string[]> {
  const failed: string[] = [];
  for (const file of files) {
    const body = new FormData();
    body.append("file", file);
    try {
      const response = await fetch(`/api/reports/${encodeURIComponent(number)}/attachments`, { method: "POST", body });
      if (!response.ok) failed.push(file.name);
    } catch {
      failed.push(file.name);
    }
  }
  return failed;
}
