"use server";

import { revalidatePath } from "next/cache";
import { guardedAction } from "@/lib/auth/action";
import { answerQuestion, editReport, withdrawReport } from "./changes";
import { fileReport } from "./filing";
import { forAction } from "./action-schema";
import { answerQuestionSchema, editReportSchema, fileReportSchema, withdrawReportSchema } from "./schema";

// One action per write; each calls the lib/reports service that owns it.

export const fileReportAction = guardedAction("reports.file", forAction(fileReportSchema), async (user, input) => {
  const filed = await fileReport(user, input);
  revalidatePath("/reports");
  return filed;
});

export const editReportAction = guardedAction("reports.file", forAction(editReportSchema), async (user, input) => {
  const edited = await editReport(user, input);
  revalidatePath(`/reports/${edited.number}`);
  return edited;
});

export const withdrawReportAction = guardedAction("reports.file", forAction(withdrawReportSchema), async (user, input) => {
  const withdrawn = await withdrawReport(user, input);
  revalidatePath(`/reports/${withdrawn.number}`);
  return withdrawn;
});

export const answerQuestionAction = guardedAction("reports.file", forAction(answerQuestionSchema), async (user, input) => {
  const answered = await answerQuestion(user, input);
  revalidatePath(`/reports/${answered.number}`);
  return answered;
});
