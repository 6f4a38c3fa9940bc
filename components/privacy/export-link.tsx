import { getTranslations } from "next-intl/server";

/**
 * For an admin answering a person's request for their data: a JSON download
 * (audited). A form that posts, so the download needs the admin's own click
 * on our page (see the route); the browser saves the file and stays here.
 */
export async function PersonalDataExportLink({ userId }: { userId: string }) {
  const t = await getTranslations("notifications.privacy");
  return (
    <form method="post" action={`/api/admin/users/${userId}/export`} className="mt-4 text-sm">
      <button type="submit" className="font-medium text-brand-700 underline underline-offset-4">
        {t("export")}
      </button>{" "}
      <span className="text-slate-600">{t("exportHint")}</span>
    </form>
  );
}
