import { guardedRoute } from "@/lib/auth/route";
import { exportResponse } from "@/lib/exports/http";

export const dynamic = "force-dynamic";

export const GET = guardedRoute("reports.export", (request, user) => exportResponse(request, user, "csv"), {
  notFromOtherSites: true,
});
