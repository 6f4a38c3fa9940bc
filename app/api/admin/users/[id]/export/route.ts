import { NextResponse } from "next/server";
import { guardedRoute } from "@/lib/auth/route";
import { exportPersonalData } from "@/lib/privacy/export";

type Context = { params: Promise<{ id: string }> };

// An admin hands a person their own data on request: JSON download, audited.
export const GET = guardedRoute("admin.users", async (_request, user, { params }: Context) => {
  const { id } = await params;
  const data = await exportPersonalData(user.id, id);
  return NextResponse.json(data, {
    headers: {
      "Content-Disposition": `attachment; filename="personal-data-${id}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
