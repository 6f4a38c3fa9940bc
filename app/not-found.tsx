import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";

export default async function NotFound() {
  const [t, common] = await Promise.all([getTranslations("common.notFound"), getTranslations("common")]);
  return (
    <MessagePage
      title={t("title")}
      body={t("body")}
      action={{ href: "/", label: t("home") }}
      documentTitle={`${t("title")} · ${common("appName")}`}
    />
  );
}
