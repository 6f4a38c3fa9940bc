"use server";

import { guardedAction } from "@/lib/auth/action";
import { appealDecision, resolveAppeal } from "./appeals";
import { decideReport, reopenReport } from "./decide";
import { createReason, updateReason } from "./reasons";
import {
  appealSchema,
  claimSchema,
  createReasonSchema,
  decideSchema,
  releaseSchema,
  reopenSchema,
  requestInfoSchema,
  resolveAppealSchema,
  updateReasonSchema,
} from "./schemas";
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

export const updateReasonAction = guardedAction("admin.settings", updateReasonSchema, updateReason);
export const createReasonAction = guardedAction("admin.settings", createReasonSchema, createReason);
