import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  attachmentContentTypes as types,
  contentDisposition,
  FILE_NAME_MAX,
  sanitizeFileName,
  sniffAttachmentType,
  zipEntryNames,
} from "./sniff-files";
import { buildZip, sampleFiles } from "./sniff-files.fixtures";

describe("sniffAttachmentType", () => {
  it.each([
    ["pdf", "a.pdf", types.pdf],
    ["png", "a.png", types.png],
    ["jpeg", "a.jpg", types.jpeg],
    ["webp", "a.webp", types.webp],
    ["gif", "a.gif", types.gif],
    ["docx", "a.docx", types.docx],
    ["xlsx", "a.xlsx", types.xlsx],
    ["pptx", "a.pptx", types.pptx],
  ] as const)("knows %s by its bytes", (sample, name, expected) => {
    expect(sniffAttachmentType(sampleFiles[sample], name)).toBe(expected);
  });

  it("ignores the file name: a PNG called .pdf is a PNG, a PDF called .png a PDF", () => {
    expect(sniffAttachmentType(sampleFiles.png, "invoice.pdf")).toBe(types.png);
    expect(sniffAttachmentType(sampleFiles.pdf, "photo.png")).toBe(types.pdf);
    expect(sniffAttachmentType(sampleFiles.docx, "sheet.xlsx")).toBe(types.docx);
  });

  it("tells legacy Office files apart by extension only once the bytes are a compound file", () => {
    expect(sniffAttachmentType(sampleFiles.cfb, "報告書.DOC")).toBe(types.doc);
    expect(sniffAttachmentType(sampleFiles.cfb, "budget.xls")).toBe(types.xls);
    expect(sniffAttachmentType(sampleFiles.cfb, "deck.ppt")).toBe(types.ppt);
    // An installer is a compound file too.
    expect(sniffAttachmentType(sampleFiles.cfb, "setup.msi")).toBeNull();
    expect(sniffAttachmentType(sampleFiles.cfb, "noextension")).toBeNull();
    // The extension alone proves nothing.
    expect(sniffAttachmentType(sampleFiles.text, "letter.doc")).toBeNull();
  });

  it.each([
    ["svg", "logo.svg"],
    ["svg", "logo.png"],
    ["html", "page.html"],
    ["html", "page.pdf"],
    ["exe", "setup.exe"],
    ["exe", "report.docx"],
    ["zip", "archive.zip"],
    ["zip", "archive.docx"],
    ["text", "notes.txt"],
  ] as const)("refuses %s (named %s)", (sample, name) => {
    expect(sniffAttachmentType(sampleFiles[sample], name)).toBeNull();
  });

  it("refuses a zip with Office folders but no [Content_Types].xml, and an empty file", () => {
    expect(sniffAttachmentType(buildZip({ "word/document.xml": "<w/>" }), "a.docx")).toBeNull();
    expect(sniffAttachmentType(new Uint8Array(), "a.pdf")).toBeNull();
  });

  it("reads a zip made by the zip tool (deflated, with its own central directory)", () => {
    const folder = mkdtempSync(join(tmpdir(), "enishi-zip-"));
    try {
      writeFileSync(join(folder, "[Content_Types].xml"), "<Types/>".repeat(200));
      execFileSync("mkdir", ["-p", join(folder, "word")]);
      writeFileSync(join(folder, "word", "document.xml"), "<w:document/>".repeat(200));
      execFileSync("zip", ["-q", "-r", "out.docx", "[Content_Types].xml", "word"], {
        cwd: folder,
      });
      const bytes = new Uint8Array(readFileSync(join(folder, "out.docx")));
      expect(zipEntryNames(bytes)).toContain("[Content_Types].xml");
      expect(sniffAttachmentType(bytes, "out.docx")).toBe(types.docx);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("finds entry names by walking local headers when the end record is missing", () => {
    const zip = sampleFiles.xlsx;
    const truncated = zip.subarray(0, zip.byteLength - 22);
    expect(zipEntryNames(truncated)).toEqual(["[Content_Types].xml", "xl/workbook.xml"]);
  });
});

describe("sanitizeFileName", () => {
  it("keeps only the last path part", () => {
    expect(sanitizeFileName("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFileName("C:\\Users\\me\\見積書.pdf")).toBe("見積書.pdf");
  });

  it("drops control and bidi characters and leading dots", () => {
    expect(sanitizeFileName("a\u0000b\nc\u202Efdp.exe")).toBe("abcfdp.exe");
    expect(sanitizeFileName("..hidden.pdf")).toBe("hidden.pdf");
    expect(sanitizeFileName("\u0000")).toBe("file");
    expect(sanitizeFileName("")).toBe("file");
  });

  it("cuts long names to 200 characters, keeping the extension", () => {
    const name = sanitizeFileName(`${"資".repeat(300)}.xlsx`);
    expect([...name]).toHaveLength(FILE_NAME_MAX);
    expect(name.endsWith(".xlsx")).toBe(true);
  });
});

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the RFC 5987 UTF-8 name", () => {
    expect(contentDisposition("attachment", "見積書 (1).pdf")).toBe(
      "attachment; filename=\"___ (1).pdf\"; filename*=UTF-8''%E8%A6%8B%E7%A9%8D%E6%9B%B8%20%281%29.pdf",
    );
  });

  it("cannot be broken out of with quotes", () => {
    const header = contentDisposition("inline", 'a".png');
    expect(header).toBe("inline; filename=\"a_.png\"; filename*=UTF-8''a%22.png");
  });
});
