import { NextResponse } from "next/server";
import { fieldErrorsOf } from "@/lib/auth/action";
import { guardedRoute } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { fileReport } from "@/lib/reports/filing";
import { forAction } from "@/lib/reports/action-schema";
import { MAX_FILING_BODY_BYTES } from "@/lib/reports/fields";
import { fileReportSchema } from "@/lib/reports/schema";
import { readJsonUpTo } from "@/lib/security/request-body";

export const dynamic = "force-dynamic";

// Filing over JSON (API clients, the P1 benchmark): the form's schema and the
// same service as its Server Action. The idempotency key is in the body; a
// retry with it answers 200 with the first filing instead of 201.
export const POST = guardedRoute("reports.file", async (request, user) => {
  const parsed = forAction(fileReportSchema).safeParse(await readJsonUpTo(request, MAX_FILING_BODY_BYTES));
  if (!parsed.success) throw new AppError("validation", "validation", fieldErrorsOf(parsed.error));
  const filed = await fileReport(user, parsed.data);
  return NextResponse.json({ number: filed.number }, { status: filed.created ? 201 : 200 });
});
