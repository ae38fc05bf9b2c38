import { describe, expect, it } from "vitest";
import { inPrefectures, prefectureFilter, regionAssignmentSchema } from "./regions";

describe("region rule helpers", () => {
  it("null (an admin) covers everything; a list only its prefectures; empty nothing", () => {
    expect(inPrefectures(null)("47")).toBe(true);
    expect(inPrefectures(["20"])("20")).toBe(true);
    expect(inPrefectures(["20"])("39")).toBe(false);
    expect(inPrefectures([])("20")).toBe(false);
    expect(prefectureFilter(null)).toBeUndefined();
    expect(prefectureFilter([])).toEqual({ in: [] });
  });

  it("the assignment form takes known prefectures, sorted and once each", () => {
    expect(regionAssignmentSchema.parse({ userId: "u", prefectures: ["39", "20", "39"] })).toEqual({
      userId: "u",
      prefectures: ["20", "39"],
    });
    expect(regionAssignmentSchema.parse({ userId: "u" }).prefectures).toEqual([]);
    expect(regionAssignmentSchema.safeParse({ userId: "u", prefectures: ["48"] }).success).toBe(
      false,
    );
  });
});
