import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";

export default async function Forbidden() {
  const [t, common] = await Promise.all([getTranslations("common.forbidden"), getTranslations("common")]);
  return (
    <MessagePage
      title={t("title")}
      body={t("body")}
      action={{ href: "/", label: t("home") }}
      documentTitle={`${t("title")} · ${common("appName")}`}
    />
  );
}
