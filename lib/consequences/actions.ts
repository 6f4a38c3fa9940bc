"use server";

import { guardedAction } from "@/lib/auth/action";
import { recordConsequenceSchema } from "./schema";
import { recordConsequence } from "./service";

export const recordConsequenceAction = guardedAction("consequences.record", recordConsequenceSchema, async (user, input) => {
  const consequence = await recordConsequence(user, input);
  return { id: consequence.id };
});
