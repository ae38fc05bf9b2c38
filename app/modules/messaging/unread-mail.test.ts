import { describe, expect, it } from "vitest";
import { excerptOf, sqliteTimestamp, unreadEmailKey } from "./unread-mail";

describe("excerptOf", () => {
  it("keeps a short message as one line", () => {
    expect(excerptOf("  こんにちは\n\n来週の件です ")).toBe("こんにちは 来週の件です");
  });

  it("cuts at 140 characters with an ellipsis, counting characters not UTF-16 units", () => {
    const excerpt = excerptOf("😀".repeat(200));
    expect([...excerpt]).toHaveLength(140);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerptOf("あ".repeat(140))).toBe("あ".repeat(140));
  });
});

describe("unreadEmailKey", () => {
  it("is the same within a clock hour and changes with the next", () => {
    const at = (iso: string) => unreadEmailKey("t1", "u1", new Date(iso));
    expect(at("2026-01-01T10:00:00Z")).toBe(at("2026-01-01T10:59:59Z"));
    expect(at("2026-01-01T10:59:59Z")).not.toBe(at("2026-01-01T11:00:00Z"));
    expect(at("2026-01-01T10:00:00Z")).toMatch(/^thread-unread\/t1\/u1\/\d+$/);
  });
});

describe("sqliteTimestamp", () => {
  it("writes the format Prisma stores", () => {
    expect(sqliteTimestamp(new Date("2026-01-01T10:00:00.123Z"))).toBe(
      "2026-01-01T10:00:00.123+00:00",
    );
  });
});
