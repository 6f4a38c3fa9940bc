import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { processEvidence, safeFileName } from "./evidence";

// A JPEG straight from a phone: camera make and GPS position in its EXIF.
async function phoneJpeg() {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: "#b33" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneCam", Model: "Secret Model 9", Copyright: "Jan Kowalski" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 13/1 47/1", GPSLongitudeRef: "E", GPSLongitude: "21/1 0/1 41/1" },
    })
    .toBuffer();
}

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

describe("evidence files", () => {
  it("removes EXIF and GPS from photos and makes a small thumbnail", async () => {
    const original = await phoneJpeg();
    const before = await sharp(original).metadata();
    expect(before.exif?.includes(Buffer.from("PhoneCam"))).toBe(true);
    // The GPS IFD pointer tag (0x8825) is there, in either byte order.
    expect(before.exif?.includes(Buffer.from([0x88, 0x25])) || before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);

    const stored = await processEvidence(original, "IMG_0001.JPG");
    expect(stored.mimeType).toBe("image/jpeg");
    expect(stored.fileName).toBe("IMG_0001.jpg");
    const after = await sharp(stored.data).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(stored.data.includes(Buffer.from("PhoneCam"))).toBe(false);
    expect(stored.data.includes(Buffer.from("Jan Kowalski"))).toBe(false);
    expect([after.width, after.height]).toEqual([800, 600]);
    const thumbnail = await sharp(stored.thumbnail!).metadata();
    expect(thumbnail.format).toBe("webp");
    expect(Math.max(thumbnail.width!, thumbnail.height!)).toBeLessThanOrEqual(320);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps PNG and WebP in their format, without metadata", async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 4, background: "#0f0" } })
      .png()
      .withExif({ IFD0: { Make: "PhoneCam" } })
      .toBuffer();
    const stored = await processEvidence(png, "zrzut ekranu.png");
    expect(stored.mimeType).toBe("image/png");
    expect((await sharp(stored.data).metadata()).exif).toBeUndefined();
    const webp = await processEvidence(await sharp(png).webp().toBuffer(), "a.webp");
    expect(webp.mimeType).toBe("image/webp");
  });

  it("judges the type by the bytes, not the name", async () => {
    const pdf = await processEvidence(PDF, "skarga klienta.jpg");
    expect(pdf).toMatchObject({ mimeType: "application/pdf", fileName: "skarga klienta.pdf", thumbnail: null });
    await expect(processEvidence(Buffer.from("<html><script>alert(1)</script></html>"), "photo.jpg")).rejects.toMatchObject({
      code: "validation",
      message: "errors.fileType",
    });
    await expect(processEvidence(Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), "faktura.pdf")).rejects.toMatchObject({ code: "validation" });
    const gif = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");
    await expect(processEvidence(gif, "a.gif")).rejects.toMatchObject({ message: "errors.fileType" });
  });

  it("refuses a truncated photo and a file over 10 MB", async () => {
    const broken = (await phoneJpeg()).subarray(0, 400);
    await expect(processEvidence(broken, "broken.jpg")).rejects.toMatchObject({ code: "validation" });
    const huge = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
    await expect(processEvidence(huge, "big.pdf")).rejects.toMatchObject({ message: "errors.fileTooLarge" });
  });

  it("makes names safe to show and to send in a header", () => {
    expect(safeFileName("../../etc/passwd", "application/pdf")).toBe("passwd.pdf");
    expect(safeFileName('zdjęcie "szyby"\r\n.heic', "image/jpeg")).toBe("zdjęcie szyby.jpg");
    // A right-to-left override would show "faktura\u202Egnp.exe.png" as "fakturagnp.exe"-looking text; invisible marks go too.
    expect(safeFileName("faktura\u202Egnp.exe.png", "image/png")).toBe("fakturagnp.exe.png");
    expect(safeFileName("zdj\u200Bęcie\u2066\uFEFF.jpg", "image/jpeg")).toBe("zdjęcie.jpg");
    expect(safeFileName("", "image/png")).toBe("evidence.png");
  });
});
