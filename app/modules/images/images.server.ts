import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import type { DbClient } from "~/lib/db.server";
import type { MessageKey } from "~/lib/i18n/translate";
import { sniffImageType, type ImageContentType } from "./sniff";

/** Largest picture we store (docs/decisions/007). */
export const MAX_IMAGE_BYTES = 1024 * 1024;
/** Room for the other fields and the multipart framing around the picture. */
const MAX_BODY_BYTES = MAX_IMAGE_BYTES + 64 * 1024;

export type UploadedImage = { bytes: Uint8Array; contentType: ImageContentType };

export type ImageUploadResult =
  | { ok: true; formData: FormData; image: UploadedImage | null }
  /** status: 413 when the upload is too large, 400 otherwise (use it for the response). */
  | { ok: false; error: MessageKey; status: 400 | 413 };

/**
 * Reads a form that may carry a picture in `fieldName`. The picture is capped at 1 MB while
 * streaming (never buffered beyond that), and its type comes from its magic bytes only:
 * PNG, JPEG or WebP. An empty file input gives `image: null`. Other fields come back in
 * `formData` (a form without a file, e.g. url-encoded, is read normally).
 */
export async function readImageUpload(
  request: Request,
  fieldName: string,
): Promise<ImageUploadResult> {
  const declaredLength = Number(request.headers.get("Content-Length") ?? "0");
  if (Number.isFinite(declaredLength) && declaredLength > MAX_BODY_BYTES) {
    return { ok: false, error: "companies.image.tooLarge", status: 413 };
  }
  const contentType = request.headers.get("Content-Type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    try {
      return { ok: true, formData: await request.formData(), image: null };
    } catch {
      return { ok: false, error: "companies.image.invalid", status: 400 };
    }
  }

  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_IMAGE_BYTES }),
    );
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      return { ok: false, error: "companies.image.tooLarge", status: 413 };
    }
    return { ok: false, error: "companies.image.invalid", status: 400 };
  }

  const file = formData.get(fieldName);
  formData.delete(fieldName);
  if (file === null || typeof file === "string" || file.size === 0) {
    return { ok: true, formData, image: null };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const sniffed = sniffImageType(bytes);
  if (!sniffed) return { ok: false, error: "companies.image.unsupportedType", status: 400 };
  return { ok: true, formData, image: { bytes, contentType: sniffed } };
}

/** Stores a picture (already checked by readImageUpload) and returns its id. */
export async function saveImage(tx: DbClient, image: UploadedImage): Promise<{ id: string }> {
  return tx.image.create({
    data: {
      contentType: image.contentType,
      bytes: Buffer.from(image.bytes),
      byteSize: image.bytes.byteLength,
    },
    select: { id: true },
  });
}

/**
 * Serves a stored picture: its sniffed type, `nosniff`, inline, a CSP that forbids
 * everything (so even a mislabelled file can't run script), private caching.
 */
export function imageResponse(
  image: { bytes: Uint8Array | Buffer; contentType: string },
  { cacheSeconds = 300 }: { cacheSeconds?: number } = {},
): Response {
  const bytes = new Uint8Array(image.bytes);
  return new Response(bytes, {
    status: 200,
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Content-Disposition": "inline",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": `private, max-age=${cacheSeconds}`,
    },
  });
}
