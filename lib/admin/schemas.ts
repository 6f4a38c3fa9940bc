import { z } from "zod";
import { bigintIdSchema } from "@/lib/validation/ids";
import { isStorableText } from "@/lib/validation/text";
import { calendarDaySchema } from "@/lib/dashboard/dates";

// One schema per admin input, shared by the forms and the Server Actions.
// Messages are keys of the "admin" namespace (messages/<locale>/admin.json).
export const ROLES = ["EMPLOYEE", "SUPERVISOR", "HR", "ADMIN"] as const;

const id = z.uuid("invalidId");
const ids = z.array(id).max(200).default([]);
const name = z.string().trim().min(1, "nameRequired").max(120, "nameTooLong").refine(isStorableText, "nameInvalid");
const email = z.string().trim().toLowerCase().min(1, "emailRequired").email("emailInvalid").max(254, "emailInvalid");

/**
 * An employee files reports at their locations: with none, the filing form
 * would be a dead end (the page says so to an account that has none anyway,
 * e.g. one created by single sign-on).
 */
function employeeHasLocation(user: { role: (typeof ROLES)[number]; locationIds: string[] }, ctx: z.RefinementCtx) {
  if (user.role === "EMPLOYEE" && user.locationIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["locationIds"], message: "employeeLocationRequired" });
  }
}

/**
 * A new supervisor reviews at least one location: with none their queue is
 * empty. Only at creation and when an edit would take a supervisor's last
 * location away (lib/admin/users.ts): an existing account with none (made by
 * single sign-on, or left so by the location page) can still be edited.
 */
function newSupervisorHasLocation(user: { role: (typeof ROLES)[number]; supervisedLocationIds: string[] }, ctx: z.RefinementCtx) {
  if (user.role === "SUPERVISOR" && user.supervisedLocationIds.length === 0) {
    ctx.addIssue({ code: "custom", path: ["supervisedLocationIds"], message: "supervisorLocationRequired" });
  }
}

export const createUserSchema = z
  .object({ name, email, role: z.enum(ROLES), locationIds: ids, supervisedLocationIds: ids })
  .strict()
  .superRefine(employeeHasLocation)
  .superRefine(newSupervisorHasLocation);
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z
  .object({ userId: id, name, role: z.enum(ROLES), locationIds: ids, supervisedLocationIds: ids })
  .strict()
  .superRefine(employeeHasLocation);
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const userIdSchema = z.object({ userId: id }).strict();

export const userSearchSchema = z.object({
  q: z.string().trim().max(100).refine(isStorableText).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["active", "inactive"]).optional().catch(undefined),
});

const code = z
  .string()
  .trim()
  .toUpperCase()
  .min(2, "codeInvalid")
  .max(20, "codeInvalid")
  .regex(/^[A-Z0-9-]+$/, "codeInvalid");

export const createLocationSchema = z.object({ code, name }).strict();
export const renameLocationSchema = z.object({ locationId: id, name }).strict();
export const archiveLocationSchema = z.object({ locationId: id, archived: z.boolean() }).strict();
export const locationSupervisorsSchema = z.object({ locationId: id, supervisorIds: ids }).strict();

export const settingsSchema = z
  .object({
    reviewDeadlineHours: z.coerce.number().int("wholeNumber").min(1, "deadlineRange").max(720, "deadlineRange"),
    retentionMonths: z.coerce.number().int("wholeNumber").min(1, "retentionRange").max(120, "retentionRange"),
  })
  .strict();

export const auditFilterSchema = z.object({
  actor: id.optional().catch(undefined),
  action: z.string().trim().max(80).regex(/^[a-z_.]*$/).optional().catch(undefined),
  // Days parseDay reads: z.iso.date() let "0000-01-01" through, an instant PostgreSQL refused (a 500).
  from: calendarDaySchema.optional().catch(undefined),
  to: calendarDaySchema.optional().catch(undefined),
  before: bigintIdSchema.optional().catch(undefined),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;
