import { NextResponse } from "next/server";
import { guardedRoute } from "@/lib/auth/route";
import { AppError } from "@/lib/errors";
import { addAttachment } from "@/lib/reports/attachments";
import { MAX_ATTACHMENT_BODY_BYTES } from "@/lib/reports/fields";
import { readFormDataUpTo } from "@/lib/security/request-body";

const fileTooLarge = () => new AppError("validation", "errors.fileTooLarge", { file: ["errors.fileTooLarge"] });

/** The reporter uploads one evidence file (multipart field "file") to their report. */
type Context = { params: Promise<{ number: string }> };

export const POST = guardedRoute("reports.file", async (request, user, { params }: Context) => {
  const { number } = await params;
  const file = (await readFormDataUpTo(request, MAX_ATTACHMENT_BODY_BYTES, fileTooLarge))?.get("file");
  if (!(file instanceof File)) throw new AppError("validation", "errors.fileType", { file: ["errors.fileType"] });
  const stored = await addAttachment(user, number, { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) });
  return NextResponse.json(stored, { status: stored.created ? 201 : 200 });
});
