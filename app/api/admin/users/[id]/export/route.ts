import { NextResponse } from "next/server";
import { guardedRoute } from "@/lib/auth/route";
import { exportPersonalData } from "@/lib/privacy/export";

type Context = { params: Promise<{ id: string }> };

// An admin hands a person their own data on request: JSON download, audited.
// A POST, not a GET: each download writes an audit event, and a POST must come
// from our own origin (guardedRoute), so a link or image on another site cannot
// make an admin's browser export someone's data.
export const POST = guardedRoute("admin.users", async (_request, user, { params }: Context) => {
  const { id } = await params;
  const data = await exportPersonalData(user.id, id);
  return NextResponse.json(data, {
    headers: {
      "Content-Disposition": `attachment; filename="personal-data-${id}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
