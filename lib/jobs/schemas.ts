import { z } from "zod";

export const retryMailJobSchema = z.object({ id: z.uuid() }).strict();

export const retryOutboxEventSchema = z.object({ id: z.string().regex(/^\d{1,19}$/) }).strict();
