import "server-only";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { DEFAULT_RETENTION_MONTHS } from "@/lib/jobs/retention";
import { DEFAULT_REVIEW_DEADLINE_HOURS } from "@/lib/review/deadline";
import type { settingsSchema } from "./schemas";

const SETTINGS_ID = 1;

export async function getOrgSettings() {
  const row = await db.orgSettings.findUnique({ where: { id: SETTINGS_ID } });
  return row ?? { id: SETTINGS_ID, reviewDeadlineHours: DEFAULT_REVIEW_DEADLINE_HOURS, retentionMonths: DEFAULT_RETENTION_MONTHS, updatedAt: null };
}

export async function updateOrgSettings(admin: SessionUser, input: z.output<typeof settingsSchema>) {
  return db.$transaction(async (tx) => {
    const before = await tx.orgSettings.findUnique({ where: { id: SETTINGS_ID } });
    const after = await tx.orgSettings.upsert({
      where: { id: SETTINGS_ID },
      create: { id: SETTINGS_ID, ...input },
      update: input,
    });
    await recordAudit(tx, {
      actorId: admin.id,
      action: "admin.settings.updated",
      entityType: "OrgSettings",
      entityId: String(SETTINGS_ID),
      data: {
        before: before ? { reviewDeadlineHours: before.reviewDeadlineHours, retentionMonths: before.retentionMonths } : null,
        after: { reviewDeadlineHours: after.reviewDeadlineHours, retentionMonths: after.retentionMonths },
      },
    });
    return { reviewDeadlineHours: after.reviewDeadlineHours, retentionMonths: after.retentionMonths };
  });
}
