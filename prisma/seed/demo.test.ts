import { describe, expect, it } from "vitest";
import { describeSchema, withScratchDatabase } from "@/test/db";
import { applyMigrations } from "@/lib/db/migrations";
import { createPrismaClient } from "@/lib/db/prisma-node";
import { DEMO_PASSWORD, seedDemo } from "./demo";

async function tableCounts(prisma: ReturnType<typeof createPrismaClient>) {
  const [users, locations, reports, decisions, messages, audit] = await Promise.all([
    prisma.user.count(),
    prisma.location.count(),
    prisma.refusalReport.count(),
    prisma.decision.count(),
    prisma.reportMessage.count(),
    prisma.auditEvent.count(),
  ]);
  return { users, locations, reports, decisions, messages, audit };
}

describe("demo seed", () => {
  it("creates the demo company once; running it twice changes nothing", async () => {
    await withScratchDatabase(async (url) => {
      await applyMigrations(url);
      const prisma = createPrismaClient(url);
      try {
        const first = await seedDemo(prisma);
        expect(first.created).toBe(true);
        const counts = await tableCounts(prisma);
        expect(counts).toMatchObject({ users: 10, locations: 3 });
        expect(counts.reports).toBeGreaterThanOrEqual(180);
        expect(first.accounts.every((account) => account.password === DEMO_PASSWORD)).toBe(true);
        expect(first.accounts.map((a) => a.role).sort()).toEqual(
          ["ADMIN", "EMPLOYEE", "EMPLOYEE", "EMPLOYEE", "EMPLOYEE", "EMPLOYEE", "EMPLOYEE", "HR", "SUPERVISOR", "SUPERVISOR"],
        );
        const schemaBefore = await describeSchema(url);

        const second = await seedDemo(prisma);
        expect(second.created).toBe(false);
        expect(await tableCounts(prisma)).toEqual(counts);
        expect(await describeSchema(url)).toEqual(schemaBefore);

        const categories = await prisma.refusalReport.groupBy({ by: ["category"], _count: { _all: true } });
        expect(categories).toHaveLength(7);
        const numbers = await prisma.refusalReport.findMany({ select: { number: true } });
        expect(new Set(numbers.map((n) => n.number)).size).toBe(numbers.length);

        // Two appeals wait for a ruling, one past the review deadline (48 h), each on its
        // report's decision, with the report appealed and the appeal in its history.
        const appeals = await prisma.appeal.findMany({
          include: { report: { select: { status: true, reporterId: true } }, decision: { select: { reportId: true, outcome: true } } },
          orderBy: { createdAt: "asc" },
        });
        expect(appeals).toHaveLength(2);
        expect(Date.now() - appeals[0].createdAt.getTime()).toBeGreaterThan(48 * 3_600_000);
        expect(Date.now() - appeals[1].createdAt.getTime()).toBeLessThan(48 * 3_600_000);
        for (const appeal of appeals) {
          expect(appeal).toMatchObject({ report: { status: "APPEALED", reporterId: appeal.appellantId }, decision: { reportId: appeal.reportId, outcome: "NOT_JUSTIFIED" } });
          const history = await prisma.auditEvent.findMany({ where: { reportId: appeal.reportId }, orderBy: { id: "asc" } });
          expect(history.at(-1)).toMatchObject({ action: "report.appealed", fromStatus: "NOT_JUSTIFIED", toStatus: "APPEALED", actorId: appeal.appellantId });
        }
      } finally {
        await prisma.$disconnect();
      }
    });
    // Argon2 hashes for ten accounts and a few hundred reports: slow on a busy 2-core machine.
  }, 180_000);
});
