import { getTranslations } from "next-intl/server";
import type { ReviewDetail, reviewAbilities } from "@/lib/review/detail";
import { ClaimControls } from "./claim-controls";
import { DecisionForm } from "./decision-form";
import { QuestionForm } from "./question-form";
import { ReopenForm } from "./reopen-form";

type Abilities = ReturnType<typeof reviewAbilities>;

/** The steps open to this reviewer now, each as its own small form. */
export async function ReviewActions({ detail, abilities, userId }: { detail: ReviewDetail; abilities: Abilities; userId: string }) {
  const t = await getTranslations("review.detail");
  const { report, reasons } = detail;
  const notes: string[] = [];
  if (abilities.ownDecisionAppealed) notes.push(t("ownDecisionAppealed"));
  if (abilities.decide && detail.assigneeId && detail.assigneeId !== userId && report.assignee) {
    notes.push(t("heldByOther", { name: report.assignee.name }));
  }
  const any = abilities.claim || abilities.release || abilities.ask || abilities.decide || abilities.reopen || abilities.resolveAppeal;
  if (!any && notes.length === 0) return null;
  return (
    <section aria-labelledby="actions-title" className="flex flex-col gap-5 rounded-lg bg-white p-4 ring-1 ring-brand-700/30">
      <h2 id="actions-title" className="text-lg font-semibold">{t("actionsTitle")}</h2>
      {notes.map((note) => (
        <p key={note} className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-300">{note}</p>
      ))}
      {abilities.claim ? <ClaimControls reportId={report.id} version={report.version} mode="claim" /> : null}
      {abilities.release ? <ClaimControls reportId={report.id} version={report.version} mode="release" /> : null}
      {abilities.ask ? <QuestionForm reportId={report.id} version={report.version} /> : null}
      {abilities.decide ? <DecisionForm reportId={report.id} version={report.version} reasons={reasons} /> : null}
      {abilities.resolveAppeal ? <DecisionForm reportId={report.id} version={report.version} reasons={reasons} mode="appeal" /> : null}
      {abilities.reopen ? <ReopenForm reportId={report.id} version={report.version} /> : null}
    </section>
  );
}
