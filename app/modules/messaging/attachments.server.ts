/**
 * Message attachments: reading them from a post (size capped while streaming, type from
 * the bytes), storing them under generated names in the attachments folder (outside
 * public/), serving them to thread participants, and sweeping files no row points at.
 */
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readdir, stat, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";
import { db, type DbClient } from "~/lib/db.server";
import { attachmentsDir } from "~/lib/env.server";
import type { MessageKey } from "~/lib/i18n/translate";
import {
  contentDisposition,
  isInlineImage,
  sanitizeFileName,
  sniffAttachmentType,
} from "./sniff-files";

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENTS_PER_MESSAGE = 5;
/** The form field that carries the files (`<input type="file" name="attachments" multiple>`). */
export const ATTACHMENTS_FIELD = "attachments";
/** Any text field of the post form (the message itself is far shorter). */
const FIELD_MAX_BYTES = 64 * 1024;
/** Every file at its largest, plus the text fields and the multipart framing. */
const MAX_BODY_BYTES = ATTACHMENTS_PER_MESSAGE * ATTACHMENT_MAX_BYTES + 256 * 1024;
/** A file no row points at is removed once it is this old (a rolled-back post, a deleted message). */
export const ORPHAN_AGE_MS = 60 * 60 * 1000;

export type AttachmentUpload = { fileName: string; contentType: string; bytes: Uint8Array };

export type MessageFormResult =
  | { ok: true; fields: FormData; files: AttachmentUpload[] }
  /** status: 413 when a file or the body is too large, 400 otherwise */
  | { ok: false; error: MessageKey; status: 400 | 413 };

class UploadRefused extends Error {
  constructor(
    readonly key: MessageKey,
    readonly status: 400 | 413,
  ) {
    super(key);
  }
}

/** Reads a part into memory, giving up (without reading further) past `max` bytes. */
async function collect(data: AsyncIterable<Uint8Array>, max: number, tooLarge: UploadRefused) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of data) {
    size += chunk.byteLength;
    if (size > max) throw tooLarge;
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Reads a message post, url-encoded or multipart. Files come from the `attachments`
 * field (several allowed, up to five): each at most 10 MB — reading stops at the first
 * byte past that —, typed by content only, its name sanitised. An empty file input is
 * ignored. The other fields come back in `fields`.
 */
export async function readMessageForm(request: Request): Promise<MessageFormResult> {
  const declaredLength = Number(request.headers.get("Content-Length") ?? "0");
  if (Number.isFinite(declaredLength) && declaredLength > MAX_BODY_BYTES) {
    return { ok: false, error: "safety.attachments.tooLarge", status: 413 };
  }
  const contentType = request.headers.get("Content-Type") ?? "";
  if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
    try {
      return { ok: true, fields: await request.formData(), files: [] };
    } catch {
      return { ok: false, error: "safety.attachments.invalid", status: 400 };
    }
  }

  const files: AttachmentUpload[] = [];
  const fileTooLarge = new UploadRefused("safety.attachments.tooLarge", 413);
  const handler: UploadHandler = async ({ name, filename, data }) => {
    if (filename === undefined) {
      // An empty file input may come without a file name: nothing to keep.
      if (name === ATTACHMENTS_FIELD) {
        await collect(data, FIELD_MAX_BYTES, fileTooLarge);
        return undefined;
      }
      const bytes = await collect(data, FIELD_MAX_BYTES, fileTooLarge);
      return new TextDecoder().decode(bytes);
    }
    if (name !== ATTACHMENTS_FIELD) {
      await collect(data, 0, new UploadRefused("safety.attachments.invalid", 400));
      return undefined;
    }
    const bytes = await collect(data, ATTACHMENT_MAX_BYTES, fileTooLarge);
    if (bytes.byteLength === 0) return undefined;
    if (files.length >= ATTACHMENTS_PER_MESSAGE) {
      throw new UploadRefused("safety.attachments.tooMany", 400);
    }
    const fileName = sanitizeFileName(filename);
    const sniffed = sniffAttachmentType(bytes, fileName);
    if (!sniffed) throw new UploadRefused("safety.attachments.unsupportedType", 400);
    files.push({ fileName, contentType: sniffed, bytes });
    return undefined;
  };

  try {
    const fields = await unstable_parseMultipartFormData(request, handler);
    return { ok: true, fields, files };
  } catch (error) {
    if (error instanceof UploadRefused)
      return { ok: false, error: error.key, status: error.status };
    return { ok: false, error: "safety.attachments.invalid", status: 400 };
  }
}

const STORAGE_KEY = /^[0-9a-f]{32}$/;

function storagePath(storageKey: string) {
  if (!STORAGE_KEY.test(storageKey)) throw new Error("invalid attachment storage key");
  return join(attachmentsDir(), storageKey);
}

/**
 * Writes each file under a new random name (mode 0600) and then its row, with the
 * caller's transaction. Should that transaction fail, the files stay behind without a
 * row until the sweeper removes them.
 */
export async function saveAttachments(
  tx: DbClient,
  messageId: string,
  files: AttachmentUpload[],
): Promise<void> {
  if (files.length === 0) return;
  await mkdir(attachmentsDir(), { recursive: true, mode: 0o700 });
  for (const file of files) {
    const storageKey = randomBytes(16).toString("hex");
    await writeFile(storagePath(storageKey), file.bytes, { mode: 0o600, flag: "wx" });
    await tx.messageAttachment.create({
      data: {
        messageId,
        fileName: sanitizeFileName(file.fileName),
        contentType: file.contentType,
        byteSize: file.bytes.byteLength,
        storageKey,
      },
    });
  }
}

/**
 * Deletes a message's attachment rows in the caller's transaction. Their files are
 * removed by the sweeper (they are already older than an hour, or soon will be): deleting
 * them here could lose files of a transaction that then rolls back.
 */
export async function deleteAttachmentsOf(tx: DbClient, messageId: string): Promise<void> {
  await tx.messageAttachment.deleteMany({ where: { messageId } });
}

/**
 * Removes files in the attachments folder that no row points at and that are older than
 * an hour (so a post still in its transaction keeps its files). Returns how many.
 */
export async function sweepOrphanedAttachments(now: Date = new Date()): Promise<number> {
  let names: string[];
  try {
    names = (await readdir(attachmentsDir())).filter((name) => STORAGE_KEY.test(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return 0;
    throw error;
  }
  let removed = 0;
  for (let start = 0; start < names.length; start += 500) {
    const batch = names.slice(start, start + 500);
    const kept = await db.messageAttachment.findMany({
      where: { storageKey: { in: batch } },
      select: { storageKey: true },
    });
    const keptKeys = new Set(kept.map((row) => row.storageKey));
    for (const name of batch) {
      if (keptKeys.has(name)) continue;
      const path = storagePath(name);
      const info = await stat(path).catch(() => null);
      if (!info || now.getTime() - info.mtimeMs < ORPHAN_AGE_MS) continue;
      // Checked again just before: a row may have been committed meanwhile.
      if (await db.messageAttachment.count({ where: { storageKey: name } })) continue;
      await unlink(path).catch(() => undefined);
      removed += 1;
    }
  }
  return removed;
}

/** An attachment of a live (not deleted) message in this thread, or null. */
export function findThreadAttachment(threadId: string, attachmentId: string) {
  return db.messageAttachment.findFirst({
    where: { id: attachmentId, message: { threadId, deletedAt: null } },
    select: { fileName: true, contentType: true, byteSize: true, storageKey: true },
  });
}

/**
 * Streams a stored attachment: the type recorded from its bytes, `nosniff`, a CSP that
 * forbids everything, never cached by shared caches; images inline, the rest as a download.
 * Null when the file is gone from the disk.
 */
export async function attachmentResponse(attachment: {
  fileName: string;
  contentType: string;
  storageKey: string;
}): Promise<Response | null> {
  const path = storagePath(attachment.storageKey);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return null;
  const body = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
  const inline = isInlineImage(attachment.contentType);
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Length": String(info.size),
      "Content-Disposition": contentDisposition(
        inline ? "inline" : "attachment",
        attachment.fileName,
      ),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}
