import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";

export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return <MessagePage title={t("title")} body={t("body")} action={{ href: "/", label: t("home") }} />;
}
