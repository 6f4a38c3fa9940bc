import { guardedRoute } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { attachmentResponse, readAttachment } from "@/lib/reports/attachments";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One evidence file (?variant=thumbnail for its thumbnail), only to those who may read the report. */
type Context = { params: Promise<{ number: string; id: string }> };

export const GET = guardedRoute(null, async (request, user, { params }: Context) => {
  const { number, id } = await params;
  const variant = request.nextUrl.searchParams.get("variant") === "thumbnail" ? "thumbnail" : "original";
  const file = UUID.test(id) ? await readAttachment(user, number, id, variant) : null;
  if (!file) throw new AppError("not_found", "Not found");
  return attachmentResponse(file);
});
