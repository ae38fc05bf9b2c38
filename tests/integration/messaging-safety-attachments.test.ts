import { existsSync, readFileSync, statSync, utimesSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { attachmentsDir } from "~/lib/env.server";
import {
  ATTACHMENT_MAX_BYTES,
  deleteAttachmentsOf,
  readMessageForm,
  saveAttachments,
  sweepOrphanedAttachments,
  type AttachmentUpload,
} from "~/modules/messaging/attachments.server";
import { postMessage } from "~/modules/messaging/messages.server";
import { attachmentContentTypes as types } from "~/modules/messaging/sniff-files";
import { sampleFiles } from "~/modules/messaging/sniff-files.fixtures";
import * as downloadRoute from "~/routes/messages.$threadId_.attachments.$attachmentId";
import { resetDatabase } from "../support/database";
import { projectRoot, tmpDir } from "../support/paths";
import { callRoute } from "../support/routes";
import {
  messageForm,
  multipartRequest,
  seedThreadMarket,
  type ThreadMarket,
} from "../support/safety";

const encoder = new TextEncoder();

describe("readMessageForm", () => {
  it("reads a url-encoded post as fields without files", async () => {
    const request = new Request("http://localhost:3000/m", {
      method: "POST",
      body: new URLSearchParams({ intent: "post", body: "こんにちは" }),
    });
    const result = await readMessageForm(request);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fields.get("body")).toBe("こんにちは");
    expect(result.files).toEqual([]);
  });

  it("types files by content, ignores an empty file input and keeps the other fields", async () => {
    const form = messageForm({ intent: "post", body: "資料です" }, [
      { name: "見積書.pdf", bytes: sampleFiles.pdf, type: "application/pdf" },
      { name: "../../契約書.docx", bytes: sampleFiles.docx },
      // A PNG that claims to be a PDF, by name and by type.
      { name: "invoice.pdf", bytes: sampleFiles.png, type: "application/pdf" },
    ]);
    form.append("attachments", new File([], "", { type: "application/octet-stream" }));
    const result = await readMessageForm(multipartRequest(form));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fields.get("body")).toBe("資料です");
    expect(result.fields.get("attachments")).toBeNull();
    expect(result.files.map(({ fileName, contentType }) => ({ fileName, contentType }))).toEqual([
      { fileName: "見積書.pdf", contentType: types.pdf },
      { fileName: "契約書.docx", contentType: types.docx },
      { fileName: "invoice.pdf", contentType: types.png },
    ]);
    expect(result.files[1]!.bytes).toEqual(sampleFiles.docx);
  });

  it.each([
    ["an SVG", "logo.svg", sampleFiles.svg],
    ["HTML called .pdf", "report.pdf", sampleFiles.html],
    ["an executable called .docx", "report.docx", sampleFiles.exe],
    ["a plain zip", "files.zip", sampleFiles.zip],
  ])("refuses %s", async (_label, name, bytes) => {
    const result = await readMessageForm(
      multipartRequest(messageForm({ body: "x" }, [{ name, bytes }])),
    );
    expect(result).toEqual({ ok: false, error: "safety.attachments.unsupportedType", status: 400 });
  });

  it("refuses a sixth file", async () => {
    const files = Array.from({ length: 6 }, (_, index) => ({
      name: `p${index}.pdf`,
      bytes: sampleFiles.pdf,
    }));
    const result = await readMessageForm(multipartRequest(messageForm({ body: "x" }, files)));
    expect(result).toEqual({ ok: false, error: "safety.attachments.tooMany", status: 400 });
  });

  it("accepts a file of exactly 10 MB", async () => {
    const bytes = new Uint8Array(ATTACHMENT_MAX_BYTES);
    bytes.set(sampleFiles.pdf);
    const result = await readMessageForm(
      multipartRequest(messageForm({ body: "x" }, [{ name: "big.pdf", bytes }])),
    );
    expect(result.ok).toBe(true);
  });

  it("refuses a file over 10 MB with 413, without reading the rest of the body", async () => {
    const boundary = "----enishi-test-boundary";
    const head = encoder.encode(
      `--${boundary}\r\nContent-Disposition: form-data; name="body"\r\n\r\nhello\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="huge.pdf"\r\n` +
        "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n",
    );
    const chunk = new Uint8Array(64 * 1024).fill(0x41);
    const total = 40 * 1024 * 1024;
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (pulled === 0) {
            pulled += head.byteLength;
            controller.enqueue(head);
          } else if (pulled < total) {
            pulled += chunk.byteLength;
            controller.enqueue(chunk);
          } else {
            controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
            controller.close();
          }
        },
      },
      { highWaterMark: 0 },
    );
    const request = new Request("http://localhost:3000/m", {
      method: "POST",
      body,
      headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
      duplex: "half",
    } as RequestInit);
    const result = await readMessageForm(request);
    expect(result).toEqual({ ok: false, error: "safety.attachments.tooLarge", status: 413 });
    // Stopped a little past 10 MB, far from the 40 MB on offer.
    expect(pulled).toBeGreaterThan(ATTACHMENT_MAX_BYTES);
    expect(pulled).toBeLessThan(ATTACHMENT_MAX_BYTES + 2 * 1024 * 1024);
  });

  it("refuses a body whose declared length is too large before reading it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.close();
      },
    });
    const request = new Request("http://localhost:3000/m", {
      method: "POST",
      body,
      headers: {
        "Content-Type": "multipart/form-data; boundary=x",
        "Content-Length": String(200 * 1024 * 1024),
      },
      duplex: "half",
    } as RequestInit);
    expect(await readMessageForm(request)).toEqual({
      ok: false,
      error: "safety.attachments.tooLarge",
      status: 413,
    });
    // At most the stream's first pull when the request was made: nothing was read.
    expect(pulled).toBeLessThanOrEqual(1);
  });
});

describe("storing and serving attachments", () => {
  let market: ThreadMarket;
  beforeAll(async () => {
    await resetDatabase();
    market = await seedThreadMarket();
  });
  beforeEach(async () => {
    await db.messageAttachment.deleteMany();
    await db.message.deleteMany();
  });

  const upload = (fileName: string, bytes: Uint8Array, contentType: string): AttachmentUpload => ({
    fileName,
    bytes,
    contentType,
  });

  async function messageWith(files: AttachmentUpload[], threadId = market.threadId) {
    return db.$transaction(async (tx) => {
      const message = await tx.message.create({
        data: { threadId, authorId: market.pro.user.id, body: "添付します" },
      });
      await saveAttachments(tx, message.id, files);
      return message;
    });
  }

  it("keeps files in a test folder outside public/", () => {
    const folder = resolve(attachmentsDir());
    expect(folder.startsWith(tmpDir)).toBe(true);
    expect(folder.startsWith(resolve(projectRoot, "public"))).toBe(false);
  });

  it("writes each file under a generated name (0600) and its row", async () => {
    const message = await messageWith([
      upload("見積書.pdf", sampleFiles.pdf, types.pdf),
      upload("写真.png", sampleFiles.png, types.png),
    ]);
    const rows = await db.messageAttachment.findMany({
      where: { messageId: message.id },
      orderBy: { fileName: "asc" },
    });
    expect(rows.map((row) => [row.fileName, row.contentType, row.byteSize])).toEqual([
      ["写真.png", types.png, sampleFiles.png.byteLength],
      ["見積書.pdf", types.pdf, sampleFiles.pdf.byteLength],
    ]);
    for (const row of rows) {
      expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
      const path = join(attachmentsDir(), row.storageKey);
      expect(statSync(path).mode & 0o777).toBe(0o600);
    }
    const pdf = rows.find((row) => row.contentType === types.pdf)!;
    expect(new Uint8Array(readFileSync(join(attachmentsDir(), pdf.storageKey)))).toEqual(
      sampleFiles.pdf,
    );
  });

  it("saves the attachments of a message posted through postMessage", async () => {
    const outcome = await postMessage({
      threadId: market.threadId,
      author: { id: market.owner.user.id, side: "company" },
      body: "資料をお送りします",
      files: [upload("資料.xlsx", sampleFiles.xlsx, types.xlsx)],
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const rows = await db.messageAttachment.findMany({ where: { messageId: outcome.messageId } });
    expect(rows).toHaveLength(1);
    expect(existsSync(join(attachmentsDir(), rows[0]!.storageKey))).toBe(true);
  });

  it("leaves no row when the transaction fails; the sweeper removes the file after an hour", async () => {
    const before = new Set((await db.messageAttachment.findMany()).map((row) => row.storageKey));
    const { readdirSync } = await import("node:fs");
    const filesBefore = new Set(readdirSync(attachmentsDir()));
    await expect(
      db.$transaction(async (tx) => {
        const message = await tx.message.create({
          data: { threadId: market.threadId, authorId: market.pro.user.id, body: "x" },
        });
        await saveAttachments(tx, message.id, [upload("a.pdf", sampleFiles.pdf, types.pdf)]);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const orphans = readdirSync(attachmentsDir()).filter((name) => !filesBefore.has(name));
    expect(orphans).toHaveLength(1);
    expect(await db.messageAttachment.count({ where: { storageKey: orphans[0]! } })).toBe(0);
    expect(before.has(orphans[0]!)).toBe(false);

    const kept = await messageWith([upload("keep.pdf", sampleFiles.pdf, types.pdf)]);
    const keptRow = await db.messageAttachment.findFirstOrThrow({ where: { messageId: kept.id } });
    const orphanPath = join(attachmentsDir(), orphans[0]!);
    const keptPath = join(attachmentsDir(), keptRow.storageKey);

    // Young files stay (their transaction may still be open).
    expect(await sweepOrphanedAttachments(new Date())).toBe(0);
    expect(existsSync(orphanPath)).toBe(true);

    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(orphanPath, twoHoursAgo, twoHoursAgo);
    utimesSync(keptPath, twoHoursAgo, twoHoursAgo);
    expect(await sweepOrphanedAttachments(new Date())).toBeGreaterThanOrEqual(1);
    expect(existsSync(orphanPath)).toBe(false);
    expect(existsSync(keptPath)).toBe(true);
  });

  it("deleteAttachmentsOf removes the rows; the sweeper the old files", async () => {
    const message = await messageWith([upload("a.pdf", sampleFiles.pdf, types.pdf)]);
    const row = await db.messageAttachment.findFirstOrThrow({ where: { messageId: message.id } });
    await db.$transaction((tx) => deleteAttachmentsOf(tx, message.id));
    expect(await db.messageAttachment.count({ where: { messageId: message.id } })).toBe(0);
    const path = join(attachmentsDir(), row.storageKey);
    const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(path, old, old);
    await sweepOrphanedAttachments(new Date());
    expect(existsSync(path)).toBe(false);
  });

  async function download(attachmentId: string, cookie?: string, threadId = market.threadId) {
    return callRoute(downloadRoute.loader, {
      path: `/messages/${threadId}/attachments/${attachmentId}`,
      params: { threadId, attachmentId },
      cookie,
    });
  }

  it("serves a participant the file as a download, with safe headers", async () => {
    const message = await messageWith([upload("見積書 (最終).pdf", sampleFiles.pdf, types.pdf)]);
    const row = await db.messageAttachment.findFirstOrThrow({ where: { messageId: message.id } });
    const outcome = await download(row.id, market.owner.cookie);
    expect(outcome.status).toBe(200);
    const headers = outcome.response!.headers;
    expect(headers.get("Content-Type")).toBe("application/pdf");
    expect(headers.get("Content-Disposition")).toBe(
      "attachment; filename=\"___ (__).pdf\"; filename*=UTF-8''%E8%A6%8B%E7%A9%8D%E6%9B%B8%20%28%E6%9C%80%E7%B5%82%29.pdf",
    );
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("Content-Security-Policy")).toBe("default-src 'none'; sandbox");
    expect(headers.get("Cache-Control")).toBe("private, no-store");
    expect(new Uint8Array(await outcome.response!.arrayBuffer())).toEqual(sampleFiles.pdf);
  });

  it("serves images inline, with the type from the content", async () => {
    const message = await messageWith([upload("invoice.pdf", sampleFiles.png, types.png)]);
    const row = await db.messageAttachment.findFirstOrThrow({ where: { messageId: message.id } });
    const outcome = await download(row.id, market.pro.cookie);
    expect(outcome.status).toBe(200);
    expect(outcome.response!.headers.get("Content-Type")).toBe("image/png");
    expect(outcome.response!.headers.get("Content-Disposition")).toMatch(/^inline; /);
  });

  it("404s for strangers, for a deleted message, for another thread's attachment and a lost file", async () => {
    const message = await messageWith([upload("a.pdf", sampleFiles.pdf, types.pdf)]);
    const row = await db.messageAttachment.findFirstOrThrow({ where: { messageId: message.id } });
    for (const visitor of [market.memberB, market.outsider, market.coordinator, market.admin]) {
      expect((await download(row.id, visitor.cookie)).status).toBe(404);
    }
    expect((await download(row.id)).status).toBe(302);
    expect((await download("no-such-id", market.pro.cookie)).status).toBe(404);

    // The pro's other thread, with company B: its URL cannot reach thread A's file.
    const { openThreadForMatch } = await import("~/modules/messaging/threads.server");
    const { startMatch } = await import("~/modules/matching/matches.server");
    const { createTestChallenge } = await import("../support/challenges");
    const challengeB = await createTestChallenge(market.companyB.id, { title: "B社の課題" });
    const started = await startMatch({
      challengeId: challengeB.id,
      profileId: market.pro.profile.id,
      source: "APPLICATION",
      message: "",
      actor: { id: market.pro.user.id },
    });
    if (!started.ok) throw new Error("no match");
    const otherThread = await db.$transaction((tx) => openThreadForMatch(tx, started.matchId));
    expect((await download(row.id, market.pro.cookie, otherThread!)).status).toBe(404);

    await db.message.update({
      where: { id: message.id },
      data: { deletedAt: new Date(), body: "" },
    });
    expect((await download(row.id, market.pro.cookie)).status).toBe(404);

    const second = await messageWith([upload("b.pdf", sampleFiles.pdf, types.pdf)]);
    const secondRow = await db.messageAttachment.findFirstOrThrow({
      where: { messageId: second.id },
    });
    const { unlinkSync } = await import("node:fs");
    unlinkSync(join(attachmentsDir(), secondRow.storageKey));
    expect((await download(secondRow.id, market.pro.cookie)).status).toBe(404);
  });
});
