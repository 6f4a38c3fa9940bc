import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";
import { requireUser } from "@/lib/auth/guard";
import { problemParamsSchema } from "@/lib/auth/problem";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [{ code }, t] = await Promise.all([problemParamsSchema.parseAsync(await searchParams), getTranslations("common.problem")]);
  return { title: t(`${code}.title`) };
}

/** Where a download or file link that failed sends the browser (lib/auth/problem.ts). */
export default async function ProblemPage({ searchParams }: Props) {
  await requireUser();
  const [{ code, back }, t] = await Promise.all([problemParamsSchema.parseAsync(await searchParams), getTranslations("common.problem")]);
  return <MessagePage title={t(`${code}.title`)} body={t(`${code}.body`)} action={{ href: back, label: t("back") }} />;
}
