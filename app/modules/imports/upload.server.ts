import {
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import { MAX_FILE_BYTES } from "./source";

/**
 * The upload form's fields, the file held in memory and capped at MAX_FILE_BYTES while
 * it streams in: a larger file stops the upload with "tooLarge".
 */
export async function readUploadForm(
  request: Request,
): Promise<{ ok: true; formData: FormData } | { ok: false; error: "tooLarge" | "notMultipart" }> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) return { ok: false, error: "notMultipart" };
  try {
    const formData = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_FILE_BYTES }),
    );
    return { ok: true, formData };
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return { ok: false, error: "tooLarge" };
    // A multipart body without a boundary cannot be read.
    if (error instanceof TypeError) return { ok: false, error: "notMultipart" };
    throw error;
  }
}
