import { getTranslations } from "next-intl/server";

/** For an admin answering a person's request for their data: a JSON download (audited). */
export async function PersonalDataExportLink({ userId }: { userId: string }) {
  const t = await getTranslations("notifications.privacy");
  return (
    <p className="mt-4 text-sm">
      <a
        href={`/api/admin/users/${userId}/export`}
        download
        className="font-medium text-brand-700 underline underline-offset-4"
      >
        {t("export")}
      </a>{" "}
      <span className="text-slate-600">{t("exportHint")}</span>
    </p>
  );
}
