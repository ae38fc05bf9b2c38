import { describe, expect, it } from "vitest";
import {
  arrived,
  canDelete,
  canEdit,
  excerpt,
  formatBytes,
  MESSAGE_MAX,
  mergeMessages,
  readCount,
  threadActionSchema,
  type ThreadMessage,
} from "./messages";

function message(overrides: Partial<ThreadMessage> & { id: string }): ThreadMessage {
  return {
    authorId: "u1",
    authorName: "佐藤",
    authorSide: "professional",
    body: "こんにちは",
    deleted: false,
    createdAt: "2026-01-05T10:00:00.000Z",
    editedAt: null,
    attachments: [],
    ...overrides,
  };
}

describe("the message body", () => {
  it("is trimmed, required and at most 5,000 characters", () => {
    const parse = (body: string) => threadActionSchema.safeParse({ intent: "post", body });
    expect(parse("  やあ \n").data).toEqual({ intent: "post", body: "やあ" });
    expect(parse("   ").error?.issues[0]?.message).toBe("messaging.errors.bodyRequired");
    expect(parse("あ".repeat(MESSAGE_MAX)).success).toBe(true);
    expect(parse("あ".repeat(MESSAGE_MAX + 1)).error?.issues[0]?.message).toBe(
      "messaging.errors.bodyTooLong",
    );
  });
});

describe("editing and deleting", () => {
  const sent = { authorId: "u1", createdAt: new Date("2026-01-05T10:00:00Z"), deletedAt: null };
  it("the author may edit for five minutes", () => {
    expect(canEdit(sent, "u1", new Date("2026-01-05T10:05:00Z"))).toBe(true);
    expect(canEdit(sent, "u1", new Date("2026-01-05T10:05:00.001Z"))).toBe(false);
    expect(canEdit(sent, "u2", new Date("2026-01-05T10:01:00Z"))).toBe(false);
    expect(canEdit({ ...sent, deletedAt: new Date() }, "u1", sent.createdAt)).toBe(false);
  });
  it("the author may delete at any time, once", () => {
    expect(canDelete(sent, "u1")).toBe(true);
    expect(canDelete(sent, "u2")).toBe(false);
    expect(canDelete({ ...sent, deleted: true }, "u1")).toBe(false);
  });
});

describe("merging loaded and live messages", () => {
  it("keeps one per id, the later version winning, oldest first, pending last", () => {
    const a = message({ id: "a", createdAt: "2026-01-05T10:00:00.000Z" });
    const b = message({ id: "b", createdAt: "2026-01-05T10:01:00.000Z" });
    const bEdited = { ...b, body: "直した", editedAt: "2026-01-05T10:02:00.000Z" };
    const aDeleted = { ...a, body: "", deleted: true };
    const pending = message({
      id: "pending",
      createdAt: "2026-01-05T09:00:00.000Z",
      pending: true,
    });
    expect(mergeMessages([a, bEdited], [b, aDeleted, pending])).toEqual([
      aDeleted,
      bEdited,
      pending,
    ]);
    expect(mergeMessages([b], [a])).toEqual([a, b]);
  });
  it("sees an optimistic message arrive", () => {
    const real = message({ id: "x", body: "送信", createdAt: "2026-01-05T10:00:01.000Z" });
    const since = Date.parse("2026-01-05T10:00:00.000Z");
    expect(arrived([real], { authorId: "u1", body: "送信", since })).toBe(true);
    expect(arrived([real], { authorId: "u2", body: "送信", since })).toBe(false);
    expect(arrived([real], { authorId: "u1", body: "別", since })).toBe(false);
  });
});

describe("read receipts", () => {
  it("counts the readers who have read up to the message", () => {
    const sent = message({ id: "a", createdAt: "2026-01-05T10:00:00.000Z" });
    expect(readCount(sent, [null])).toBe(0);
    expect(readCount(sent, ["2026-01-05T09:59:59.000Z"])).toBe(0);
    expect(readCount(sent, ["2026-01-05T10:00:00.000Z", "2026-01-05T11:00:00.000Z", null])).toBe(2);
  });
});

describe("texts", () => {
  it("excerpts on one line", () => {
    expect(excerpt("一行目\n二行目")).toBe("一行目 二行目");
    expect(excerpt("あ".repeat(100), 10)).toBe(`${"あ".repeat(9)}…`);
  });
  it("formats sizes", () => {
    expect(formatBytes(820)).toBe("820 B");
    expect(formatBytes(14 * 1024)).toBe("14 KB");
    expect(formatBytes(2.4 * 1024 * 1024)).toBe("2.4 MB");
  });
});
