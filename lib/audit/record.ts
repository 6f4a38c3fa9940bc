import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

export interface AuditEntry {
  actorId: string | null;
  /** Dotted verb, e.g. "report.claimed", "admin.user.deactivated", "export.csv". */
  action: string;
  entityType: string;
  entityId: string;
  reportId?: string | null;
  fromStatus?: ReportStatus | null;
  toStatus?: ReportStatus | null;
  reason?: string | null;
  data?: Prisma.InputJsonValue;
}

/**
 * Appends an audit event inside the caller's transaction, so the event exists
 * exactly when the change it describes does. The table rejects UPDATE/DELETE.
 */
export function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry) {
  return tx.auditEvent.create({ data: { ...entry, data: entry.data ?? undefined } });
}
