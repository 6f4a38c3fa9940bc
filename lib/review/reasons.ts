import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { parseInput } from "./parse";
import { createReasonSchema, updateReasonSchema, type CreateReasonInput, type UpdateReasonInput } from "./schemas";

const FIELDS = {
  id: true,
  code: true,
  outcome: true,
  labelPl: true,
  labelEn: true,
  definitionPl: true,
  definitionEn: true,
  active: true,
  sortOrder: true,
} as const;

/** Every reason, in use or not, for the admin page. */
export function listAllReasons() {
  return db.decisionReason.findMany({ orderBy: [{ outcome: "asc" }, { sortOrder: "asc" }, { code: "asc" }], select: FIELDS });
}

export type AdminReason = Awaited<ReturnType<typeof listAllReasons>>[number];

/** Changes a reason's wording, order or availability; decisions keep pointing at it. */
export async function updateReason(user: SessionUser, raw: UpdateReasonInput) {
  const { id, ...changes } = parseInput(updateReasonSchema, raw);
  return db.$transaction(async (tx) => {
    const before = await tx.decisionReason.findUnique({ where: { id }, select: FIELDS });
    if (!before) throw new AppError("not_found", "Reason not found.");
    const after = await tx.decisionReason.update({ where: { id }, data: changes, select: FIELDS });
    await recordAudit(tx, {
      actorId: user.id,
      action: "admin.reason.updated",
      entityType: "decision_reason",
      entityId: id,
      data: { code: before.code, before: { ...before }, after: { ...after } },
    });
    return after;
  });
}

/**
 * Adds a reason; its code is permanent, so a taken code is refused. The
 * unique index decides, so two admins adding the same code at once get one
 * reason and one field error, not an unexpected failure.
 */
export async function createReason(user: SessionUser, raw: CreateReasonInput) {
  const input = parseInput(createReasonSchema, raw);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.decisionReason.create({ data: input, select: FIELDS });
      await recordAudit(tx, {
        actorId: user.id,
        action: "admin.reason.created",
        entityType: "decision_reason",
        entityId: created.id,
        data: { ...created },
      });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("validation", "This code is already used.", { code: ["codeTaken"] });
    throw error;
  }
}
