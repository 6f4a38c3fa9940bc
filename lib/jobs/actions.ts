"use server";
import { guardedAction } from "@/lib/auth/action";
import { retryMailJob, retryOutboxEvent } from "./failures";
import { retryMailJobSchema, retryOutboxEventSchema } from "./schemas";

export const retryMailJobAction = guardedAction("admin.settings", retryMailJobSchema, (user, input) => retryMailJob(user.id, input.id));

export const retryOutboxEventAction = guardedAction("admin.settings", retryOutboxEventSchema, (user, input) =>
  retryOutboxEvent(user.id, BigInt(input.id)),
);
