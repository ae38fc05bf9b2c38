/**
 * What a message attachment really is, decided from its bytes (never from the file name
 * or the Content-Type the client sent): PDF, PNG, JPEG, WebP, GIF, Office Open XML
 * (docx/xlsx/pptx) or legacy Office (doc/xls/ppt). Anything else — SVG, HTML, plain
 * zips, executables, installers — is refused (null).
 */
import { sniffImageType } from "~/modules/images/sniff";

export const attachmentContentTypes = {
  pdf: "application/pdf",
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
} as const;
export type AttachmentContentType =
  (typeof attachmentContentTypes)[keyof typeof attachmentContentTypes];

/** Types a browser may show in place (inside the download's `sandbox` CSP). */
export function isInlineImage(contentType: string) {
  return ["image/png", "image/jpeg", "image/webp", "image/gif"].includes(contentType);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0) {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const PDF = ascii("%PDF-");
const GIF87 = ascii("GIF87a");
const GIF89 = ascii("GIF89a");
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const u16 = (bytes: Uint8Array, at: number) => bytes[at]! | (bytes[at + 1]! << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
const latin1 = (bytes: Uint8Array, from: number, length: number) =>
  new TextDecoder("latin1").decode(bytes.subarray(from, from + length));

/**
 * The entry names of a zip archive: from its central directory (found through the
 * end-of-central-directory record), or, when that is missing, by walking the local file
 * headers from the start. Bounded: at most `limit` names.
 */
export function zipEntryNames(bytes: Uint8Array, limit = 5000): string[] {
  const names: string[] = [];
  // The end record is 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (u32(bytes, at) !== 0x06054b50) continue;
    const count = u16(bytes, at + 10);
    let entry = u32(bytes, at + 16);
    for (let index = 0; index < count && names.length < limit; index += 1) {
      if (entry + 46 > bytes.length || u32(bytes, entry) !== 0x02014b50) break;
      const nameLength = u16(bytes, entry + 28);
      const extraLength = u16(bytes, entry + 30);
      const commentLength = u16(bytes, entry + 32);
      names.push(latin1(bytes, entry + 46, nameLength));
      entry += 46 + nameLength + extraLength + commentLength;
    }
    if (names.length > 0) return names;
    break;
  }
  let at = 0;
  while (at + 30 <= bytes.length && u32(bytes, at) === 0x04034b50 && names.length < limit) {
    const flags = u16(bytes, at + 6);
    const compressedSize = u32(bytes, at + 18);
    const nameLength = u16(bytes, at + 26);
    const extraLength = u16(bytes, at + 28);
    names.push(latin1(bytes, at + 30, nameLength));
    // With a data descriptor (flag bit 3) the size is unknown here: stop walking.
    if (flags & 0x08) break;
    at += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}

function officeOpenXmlType(bytes: Uint8Array): AttachmentContentType | null {
  const names = zipEntryNames(bytes);
  if (!names.includes("[Content_Types].xml")) return null;
  if (names.some((name) => name.startsWith("word/"))) return attachmentContentTypes.docx;
  if (names.some((name) => name.startsWith("xl/"))) return attachmentContentTypes.xlsx;
  if (names.some((name) => name.startsWith("ppt/"))) return attachmentContentTypes.pptx;
  return null;
}

const legacyOfficeByExtension: Record<string, AttachmentContentType> = {
  doc: attachmentContentTypes.doc,
  xls: attachmentContentTypes.xls,
  ppt: attachmentContentTypes.ppt,
};

function extensionOf(fileName: string) {
  const dot = fileName.lastIndexOf(".");
  return dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

/**
 * The attachment's content type from its bytes. The file name matters only to tell the
 * three legacy Office formats apart, and only once the bytes are an OLE compound file
 * (an .msi or any other compound file with another extension is refused).
 */
export function sniffAttachmentType(
  bytes: Uint8Array,
  fileName: string,
): AttachmentContentType | null {
  if (startsWith(bytes, PDF)) return attachmentContentTypes.pdf;
  const image = sniffImageType(bytes);
  if (image) return image;
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return attachmentContentTypes.gif;
  if (startsWith(bytes, ZIP_LOCAL)) return officeOpenXmlType(bytes);
  if (startsWith(bytes, CFB)) return legacyOfficeByExtension[extensionOf(fileName)] ?? null;
  return null;
}

/** Longest stored file name, in characters. */
export const FILE_NAME_MAX = 200;

// C0 and C1 controls, and the bidirectional overrides that can disguise "exe.pdf" as "fdp.exe".
// eslint-disable-next-line no-control-regex
const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name safe to store and to send back: no folder parts, no control or bidi
 * characters, NFC, at most 200 characters (the extension kept), never empty.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  let name = base.normalize("NFC").replace(unsafeCharacters, "").trim();
  name = name.replace(/^\.+/, "").trim();
  if (name === "") return "file";
  const characters = [...name];
  if (characters.length <= FILE_NAME_MAX) return name;
  const extension = extensionOf(name);
  const keep = extension && extension.length <= 10 ? `.${extension}` : "";
  return characters.slice(0, FILE_NAME_MAX - keep.length).join("") + keep;
}

/** RFC 6266/5987 Content-Disposition with an ASCII fallback and the UTF-8 name. */
export function contentDisposition(kind: "inline" | "attachment", fileName: string) {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
