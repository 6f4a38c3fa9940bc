import { z } from "zod";
import { bigintIdSchema } from "@/lib/validation/ids";

export const retryMailJobSchema = z.object({ id: z.uuid() }).strict();

export const retryOutboxEventSchema = z.object({ id: bigintIdSchema }).strict();
