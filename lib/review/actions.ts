"use server";

import { guardedAction } from "@/lib/auth/action";
import { appealDecision, resolveAppeal } from "./appeals";
import { decideReport, reopenReport } from "./decide";
import { appealSchema, claimSchema, decideSchema, releaseSchema, reopenSchema, requestInfoSchema, resolveAppealSchema } from "./schemas";
import { claimReport, releaseReport, requestInfo } from "./workflow";

// The review steps as Server Actions. Each one is guarded (permission, zod
// schema) and calls the service, which applies the scope from the report row.

export const claimAction = guardedAction("reports.review", claimSchema, claimReport);
export const releaseAction = guardedAction("reports.review", releaseSchema, releaseReport);
export const requestInfoAction = guardedAction("reports.review", requestInfoSchema, requestInfo);
export const decideAction = guardedAction("reports.review", decideSchema, decideReport);
export const reopenAction = guardedAction("reports.review", reopenSchema, reopenReport);
export const resolveAppealAction = guardedAction("appeals.resolve", resolveAppealSchema, resolveAppeal);
export const appealAction = guardedAction("reports.file", appealSchema, appealDecision);
