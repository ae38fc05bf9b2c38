import { describe, expect, it } from "vitest";
import { canSaveSearch, searchPath } from "./kinds";
import { defaultSearchName, parseSearchQuery, summarizeSearch } from "./summary";

describe("summarizeSearch", () => {
  it("says every filter of a challenge search in Japanese", () => {
    const query =
      "category=DX_IT&engagement=SIDE_JOB&payMin=300000&pref=20&q=DX&region=shikoku&remote=1&sort=newest";
    expect(summarizeSearch("challenges", query, "ja")).toBe(
      "「DX」・四国・長野県・DX・IT導入・副業・兼業・リモート可・月300,000円以上・新着順",
    );
  });

  it("says them in English", () => {
    expect(summarizeSearch("challenges", "pref=20&q=DX&style=REMOTE", "en")).toBe(
      "“DX” · Nagano · Remote",
    );
  });

  it("describes professional searches, with ties and hours", () => {
    expect(summarizeSearch("professionals", "hoursMin=10&pref=39&tie=1", "ja")).toBe(
      "高知県・ゆかりのある人・週10時間以上",
    );
  });

  it("names an empty search after what it lists", () => {
    expect(summarizeSearch("challenges", "", "ja")).toBe("すべての課題");
    expect(summarizeSearch("professionals", "", "en")).toBe("All professionals");
  });

  it("does not echo an invalid query", () => {
    expect(summarizeSearch("challenges", "pref=99", "ja")).toBe("すべての課題");
    expect(parseSearchQuery("challenges", "pref=99")).toBeNull();
    expect(parseSearchQuery("professionals", "category=DX_IT")).not.toBeNull(); // unknown keys ignored
  });

  it("cuts a long default name to 80 characters", () => {
    const name = defaultSearchName("challenges", `q=${"あ".repeat(150)}`, "ja");
    expect(name).toHaveLength(80);
    expect(name.endsWith("…")).toBe(true);
  });
});

describe("kinds", () => {
  it("lets professionals save only challenge searches", () => {
    expect(canSaveSearch("PROFESSIONAL", "challenges")).toBe(true);
    expect(canSaveSearch("PROFESSIONAL", "professionals")).toBe(false);
    for (const role of ["COMPANY_MEMBER", "COORDINATOR", "ADMIN"]) {
      expect(canSaveSearch(role, "challenges")).toBe(true);
      expect(canSaveSearch(role, "professionals")).toBe(true);
    }
  });

  it("opens the search page of each kind", () => {
    expect(searchPath("challenges", "q=DX")).toBe("/challenges?q=DX");
    expect(searchPath("professionals", "")).toBe("/pros");
  });
});
