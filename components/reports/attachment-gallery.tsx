import { getTranslations } from "next-intl/server";
import type { ReportDetail } from "@/lib/reports/detail";

/** Evidence thumbnails; every file goes through the report's own access check. */
export async function AttachmentGallery({ number, attachments }: { number: string; attachments: ReportDetail["attachments"] }) {
  const t = await getTranslations("reports");
  const base = `/api/reports/${encodeURIComponent(number)}/attachments`;
  return (
    <section aria-labelledby="evidence-title">
      <h2 id="evidence-title" className="text-lg font-semibold">{t("detail.evidence")}</h2>
      {attachments.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("detail.noEvidence")}</p>
      ) : (
        <ul className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-5" data-testid="attachments">
          {attachments.map((attachment) => (
            <li key={attachment.id}>
              <a
                href={`${base}/${attachment.id}`}
                target="_blank"
                rel="noopener"
                aria-label={t("attachments.open", { name: attachment.fileName })}
                className="flex aspect-square flex-col items-center justify-center overflow-hidden rounded-md bg-white ring-1 ring-slate-200"
              >
                {attachment.mimeType === "application/pdf" ? (
                  <span className="text-sm font-semibold text-slate-700">{t("attachments.pdf")}</span>
                ) : (
                  // eslint-disable-next-line @next/next/no-img-element -- served by our guarded route, not next/image
                  <img src={`${base}/${attachment.id}?variant=thumbnail`} alt="" className="size-full object-cover" loading="lazy" />
                )}
              </a>
              <p className="mt-1 truncate text-xs text-slate-600">{attachment.fileName}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
