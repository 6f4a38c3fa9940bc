import { NextResponse } from "next/server";
import { isDatabaseHealthy } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// Public on purpose (load balancers call it); says nothing but up or down.
export async function GET() {
  const database = await isDatabaseHealthy();
  return NextResponse.json(
    { status: database ? "ok" : "unavailable", database: database ? "up" : "down" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
