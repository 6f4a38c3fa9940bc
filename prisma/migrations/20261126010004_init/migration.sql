-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EMPLOYEE', 'SUPERVISOR', 'HR', 'ADMIN');

-- CreateEnum
CREATE TYPE "ReportCategory" AS ENUM ('AGGRESSIVE_BEHAVIOUR', 'SAFETY_BREACH', 'UNLAWFUL_REQUEST', 'AGAINST_POLICY', 'LACK_OF_AUTHORITY', 'LACK_OF_KNOWLEDGE', 'OTHER');

-- CreateEnum
CREATE TYPE "AggressionKind" AS ENUM ('SWEARING', 'VERBAL_THREATS', 'PHYSICAL_THREATS', 'PHYSICAL_VIOLENCE', 'OTHER_ABUSE');

-- CreateEnum
CREATE TYPE "LegalRisk" AS ENUM ('NONE', 'LIKELY', 'THREATENED');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'JUSTIFIED', 'NOT_JUSTIFIED', 'APPEALED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Outcome" AS ENUM ('JUSTIFIED', 'NOT_JUSTIFIED');

-- CreateEnum
CREATE TYPE "DecisionKind" AS ENUM ('INITIAL', 'AFTER_REOPEN', 'APPEAL_UPHELD', 'APPEAL_OVERTURNED');

-- CreateEnum
CREATE TYPE "FollowUpAction" AS ENUM ('NO_ACTION', 'TALK_WITH_EMPLOYEE', 'TRAINING', 'CONTACT_CUSTOMER', 'ESCALATE_LEGAL', 'SECURITY_MEASURE');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('QUESTION', 'ANSWER', 'COMMENT');

-- CreateEnum
CREATE TYPE "ConsequenceKind" AS ENUM ('CUSTOMER_COMPLAINT', 'BAD_PUBLIC_REVIEW', 'LEGAL_CLAIM', 'NONE_AFTER_30_DAYS');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "passwordHash" TEXT,
    "locale" TEXT,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "ssoSubject" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "deactivatedAt" TIMESTAMP(3),

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserLocation" (
    "userId" UUID NOT NULL,
    "locationId" UUID NOT NULL,

    CONSTRAINT "UserLocation_pkey" PRIMARY KEY ("userId","locationId")
);

-- CreateTable
CREATE TABLE "SupervisorAssignment" (
    "userId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisorAssignment_pkey" PRIMARY KEY ("userId","locationId")
);

-- CreateTable
CREATE TABLE "OrgSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "reviewDeadlineHours" INTEGER NOT NULL DEFAULT 48,
    "retentionMonths" INTEGER NOT NULL DEFAULT 12,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrgSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportNumberSequence" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportNumberSequence_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "RefusalReport" (
    "id" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "reporterId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "category" "ReportCategory" NOT NULL,
    "aggressionKinds" "AggressionKind"[],
    "otherCategoryText" TEXT,
    "narrative" TEXT NOT NULL,
    "customerRequest" TEXT NOT NULL,
    "reasonsExplained" BOOLEAN NOT NULL,
    "reasonsExplanation" TEXT,
    "alternativeOffered" BOOLEAN NOT NULL,
    "alternativeDescription" TEXT,
    "witnesses" TEXT,
    "securityCalled" BOOLEAN NOT NULL DEFAULT false,
    "policeCalled" BOOLEAN NOT NULL DEFAULT false,
    "injury" BOOLEAN NOT NULL DEFAULT false,
    "damage" BOOLEAN NOT NULL DEFAULT false,
    "injuryDamageDetails" TEXT,
    "riskBadReview" BOOLEAN NOT NULL DEFAULT false,
    "riskLostCustomer" BOOLEAN NOT NULL DEFAULT false,
    "legalRisk" "LegalRisk" NOT NULL DEFAULT 'NONE',
    "customerDescription" TEXT,
    "customerDescriptionRedactedAt" TIMESTAMP(3),
    "status" "ReportStatus" NOT NULL DEFAULT 'SUBMITTED',
    "version" INTEGER NOT NULL DEFAULT 1,
    "assigneeId" UUID,
    "claimedAt" TIMESTAMP(3),
    "firstDecidedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),
    "overdueNotifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RefusalReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "kind" "DecisionKind" NOT NULL DEFAULT 'INITIAL',
    "reasonCodeId" UUID NOT NULL,
    "rationale" TEXT NOT NULL,
    "followUpActions" "FollowUpAction"[],
    "followUpNote" TEXT,
    "appealId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionReason" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "outcome" "Outcome" NOT NULL,
    "labelPl" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,
    "definitionPl" TEXT NOT NULL,
    "definitionEn" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DecisionReason_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "decisionId" UUID NOT NULL,
    "appellantId" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportMessage" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "kind" "MessageKind" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "uploaderId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "data" BYTEA NOT NULL,
    "thumbnail" BYTEA,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consequence" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "kind" "ConsequenceKind" NOT NULL,
    "note" TEXT,
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consequence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "reportId" UUID,
    "fromStatus" "ReportStatus",
    "toStatus" "ReportStatus",
    "reason" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEvent" (
    "id" BIGSERIAL NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dispatchedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "OutboxEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "reportId" UUID,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "email" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "AuthSession" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PasswordToken" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PasswordToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_ssoSubject_key" ON "User"("ssoSubject");

-- CreateIndex
CREATE INDEX "User_role_active_idx" ON "User"("role", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Location_code_key" ON "Location"("code");

-- CreateIndex
CREATE INDEX "UserLocation_locationId_idx" ON "UserLocation"("locationId");

-- CreateIndex
CREATE INDEX "SupervisorAssignment_locationId_idx" ON "SupervisorAssignment"("locationId");

-- CreateIndex
CREATE UNIQUE INDEX "RefusalReport_number_key" ON "RefusalReport"("number");

-- CreateIndex
CREATE UNIQUE INDEX "RefusalReport_idempotencyKey_key" ON "RefusalReport"("idempotencyKey");

-- CreateIndex
CREATE INDEX "RefusalReport_locationId_status_createdAt_id_idx" ON "RefusalReport"("locationId", "status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "RefusalReport_status_createdAt_id_idx" ON "RefusalReport"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "RefusalReport_reporterId_createdAt_idx" ON "RefusalReport"("reporterId", "createdAt");

-- CreateIndex
CREATE INDEX "RefusalReport_assigneeId_status_idx" ON "RefusalReport"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "RefusalReport_occurredAt_idx" ON "RefusalReport"("occurredAt");

-- CreateIndex
CREATE INDEX "RefusalReport_createdAt_idx" ON "RefusalReport"("createdAt");

-- CreateIndex
CREATE INDEX "RefusalReport_category_createdAt_idx" ON "RefusalReport"("category", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Decision_appealId_key" ON "Decision"("appealId");

-- CreateIndex
CREATE INDEX "Decision_reportId_createdAt_idx" ON "Decision"("reportId", "createdAt");

-- CreateIndex
CREATE INDEX "Decision_reviewerId_createdAt_idx" ON "Decision"("reviewerId", "createdAt");

-- CreateIndex
CREATE INDEX "Decision_createdAt_idx" ON "Decision"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DecisionReason_code_key" ON "DecisionReason"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_reportId_key" ON "Appeal"("reportId");

-- CreateIndex
CREATE INDEX "ReportMessage_reportId_createdAt_idx" ON "ReportMessage"("reportId", "createdAt");

-- CreateIndex
CREATE INDEX "Attachment_reportId_idx" ON "Attachment"("reportId");

-- CreateIndex
CREATE INDEX "Consequence_reportId_idx" ON "Consequence"("reportId");

-- CreateIndex
CREATE INDEX "AuditEvent_reportId_id_idx" ON "AuditEvent"("reportId", "id");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "OutboxEvent_dispatchedAt_id_idx" ON "OutboxEvent"("dispatchedAt", "id");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PasswordToken_tokenHash_key" ON "PasswordToken"("tokenHash");

-- CreateIndex
CREATE INDEX "PasswordToken_userId_idx" ON "PasswordToken"("userId");

-- AddForeignKey
ALTER TABLE "UserLocation" ADD CONSTRAINT "UserLocation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserLocation" ADD CONSTRAINT "UserLocation_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisorAssignment" ADD CONSTRAINT "SupervisorAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisorAssignment" ADD CONSTRAINT "SupervisorAssignment_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefusalReport" ADD CONSTRAINT "RefusalReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefusalReport" ADD CONSTRAINT "RefusalReport_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefusalReport" ADD CONSTRAINT "RefusalReport_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "RefusalReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_reasonCodeId_fkey" FOREIGN KEY ("reasonCodeId") REFERENCES "DecisionReason"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_appealId_fkey" FOREIGN KEY ("appealId") REFERENCES "Appeal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "RefusalReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_appellantId_fkey" FOREIGN KEY ("appellantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportMessage" ADD CONSTRAINT "ReportMessage_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "RefusalReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportMessage" ADD CONSTRAINT "ReportMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "RefusalReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_uploaderId_fkey" FOREIGN KEY ("uploaderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consequence" ADD CONSTRAINT "Consequence_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "RefusalReport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consequence" ADD CONSTRAINT "Consequence_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthSession" ADD CONSTRAINT "AuthSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PasswordToken" ADD CONSTRAINT "PasswordToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Decisions and audit events are append-only: history is never rewritten.
CREATE FUNCTION refusal_desk_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE TRIGGER "Decision_append_only" BEFORE UPDATE OR DELETE ON "Decision"
  FOR EACH ROW EXECUTE FUNCTION refusal_desk_forbid_change();

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION refusal_desk_forbid_change();
