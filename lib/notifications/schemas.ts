import { z } from "zod";
import { NOTIFICATION_KINDS } from "./kinds";

export const markReadSchema = z.object({ id: z.uuid() }).strict();

export const markAllReadSchema = z.object({}).strict();

/** E-mail on/off per kind; kinds left out keep their setting. */
export const preferencesSchema = z
  .object({ email: z.partialRecord(z.enum(NOTIFICATION_KINDS), z.boolean()) })
  .strict();

export type PreferencesInput = z.infer<typeof preferencesSchema>;
