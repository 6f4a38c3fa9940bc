import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { MAX_ATTACHMENT_BYTES } from "./fields";

// Evidence files: the type comes from the bytes, never the name or the
// browser's claim; photos are decoded and encoded again, which leaves their
// metadata (EXIF, GPS position, camera serial) behind.

const THUMBNAIL_SIZE = 320;
// A decompression bomb stops here rather than exhausting memory (about 50 megapixels).
const MAX_INPUT_PIXELS = 50_000_000;

const IMAGE_OUTPUT = {
  "image/jpeg": "image/jpeg",
  "image/png": "image/png",
  "image/webp": "image/webp",
  // HEIC decodes where the libvips build can (browsers cannot show it): stored as JPEG.
  "image/heic": "image/jpeg",
  "image/heif": "image/jpeg",
} as const;

type ImageInput = keyof typeof IMAGE_OUTPUT;

export interface ProcessedEvidence {
  fileName: string;
  mimeType: "application/pdf" | (typeof IMAGE_OUTPUT)[ImageInput];
  data: Buffer;
  thumbnail: Buffer | null;
  size: number;
  sha256: string;
}

const EXTENSION: Record<ProcessedEvidence["mimeType"], string> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
};

/** A name safe to show and to put in Content-Disposition, with the extension of what is stored. */
export function safeFileName(original: string, mimeType: ProcessedEvidence["mimeType"]): string {
  const base = (original.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    // Control characters, and the invisible and direction marks that make a
    // name read otherwise than it is ("photo\u202Egnp.exe" shows as "photoexe.png").
    .replace(/[\u0000-\u001f\u007f-\u009f"<>|*?:\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "")
    .replace(/\.[^.]*$/, "")
    .trim()
    .slice(0, 100);
  return `${base || "evidence"}.${EXTENSION[mimeType]}`;
}

function invalidFile(): AppError {
  return new AppError("validation", "errors.fileType", { file: ["errors.fileType"] });
}

async function reencode(bytes: Buffer, output: ProcessedEvidence["mimeType"]): Promise<Buffer> {
  // rotate() bakes the EXIF orientation into the pixels before the EXIF goes.
  const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();
  if (output === "image/png") return image.png({ compressionLevel: 9 }).toBuffer();
  if (output === "image/webp") return image.webp({ quality: 85 }).toBuffer();
  return image.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
}

export async function processEvidence(bytes: Buffer, originalName: string): Promise<ProcessedEvidence> {
  if (bytes.length === 0) throw invalidFile();
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new AppError("validation", "errors.fileTooLarge", { file: ["errors.fileTooLarge"] });
  }
  const detected = await fileTypeFromBuffer(bytes);
  let data: Buffer;
  let thumbnail: Buffer | null = null;
  let mimeType: ProcessedEvidence["mimeType"];
  if (detected?.mime === "application/pdf") {
    data = bytes;
    mimeType = "application/pdf";
  } else if (detected && detected.mime in IMAGE_OUTPUT) {
    mimeType = IMAGE_OUTPUT[detected.mime as ImageInput];
    try {
      data = await reencode(bytes, mimeType);
      thumbnail = await sharp(data)
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "cover" })
        .webp({ quality: 70 })
        .toBuffer();
    } catch {
      // Not decodable (corrupt, truncated, or a HEIC variant this build cannot read).
      throw invalidFile();
    }
  } else {
    throw invalidFile();
  }
  return {
    fileName: safeFileName(originalName, mimeType),
    mimeType,
    data,
    thumbnail,
    size: data.length,
    sha256: createHash("sha256").update(data).digest("hex"),
  };
}
