import { describe, expect, it } from "vitest";
import { checklist, profileCompleteness, type CompletenessFacts } from "./completeness";

const empty: CompletenessFacts = {
  headline: "",
  bio: "",
  hasPhoto: false,
  skillCount: 0,
  careerCount: 0,
  industryCount: 0,
  engagementTypeCount: 0,
  workStyleCount: 0,
  hoursPerWeek: null,
  availableFrom: null,
  regionCount: 0,
  tieCount: 0,
  expectedMonthlyYen: null,
  expectedHourlyYen: null,
};

const complete: CompletenessFacts = {
  headline: "製造業のDX",
  bio: "自己紹介",
  hasPhoto: true,
  skillCount: 3,
  careerCount: 1,
  industryCount: 2,
  engagementTypeCount: 1,
  workStyleCount: 1,
  hoursPerWeek: 10,
  availableFrom: null,
  regionCount: 0,
  tieCount: 1,
  expectedMonthlyYen: null,
  expectedHourlyYen: 5000,
};

describe("profileCompleteness", () => {
  it("weights add up to 100", () => {
    expect(checklist.reduce((sum, item) => sum + item.weight, 0)).toBe(100);
  });

  it("no profile yet: 0%, and the headline is the first thing to fill in", () => {
    const result = profileCompleteness(null);
    expect(result.percent).toBe(0);
    expect(result.next).toEqual({
      key: "headline",
      label: "professionals.completeness.headline",
      to: "/profile/basics",
      weight: 15,
    });
    expect(result.missing).toHaveLength(checklist.length);
    expect(profileCompleteness(empty)).toEqual(result);
  });

  it("a complete profile: 100% and nothing next", () => {
    const result = profileCompleteness(complete);
    expect(result).toEqual({ percent: 100, next: null, missing: [] });
  });

  it("suggests the heaviest missing item, in checklist order among equals", () => {
    const result = profileCompleteness({ ...empty, headline: "見出し" });
    expect(result.percent).toBe(15);
    expect(result.next?.key).toBe("skills");
    expect(result.next?.to).toBe("/profile/skills");
    // A photo weighs less than skills, career and the rest.
    const onlyPhotoMissing = profileCompleteness({ ...complete, hasPhoto: false });
    expect(onlyPhotoMissing).toMatchObject({ percent: 95, next: { key: "photo" } });
    const lighterFirst = profileCompleteness({ ...complete, hasPhoto: false, careerCount: 0 });
    expect(lighterFirst.next?.key).toBe("career");
    expect(lighterFirst.missing.map((item) => item.key)).toEqual(["career", "photo"]);
  });

  it("needs three skills; either a region or a tie; either kind of compensation", () => {
    expect(profileCompleteness({ ...complete, skillCount: 2 }).next?.key).toBe("skills");
    expect(profileCompleteness({ ...complete, tieCount: 0 }).next?.key).toBe("regions");
    expect(profileCompleteness({ ...complete, tieCount: 0, regionCount: 1 }).percent).toBe(100);
    expect(
      profileCompleteness({ ...complete, expectedHourlyYen: null, expectedMonthlyYen: 300000 })
        .percent,
    ).toBe(100);
    expect(
      profileCompleteness({ ...complete, hoursPerWeek: null, availableFrom: "2026-04-01" }).percent,
    ).toBe(100);
    expect(profileCompleteness({ ...complete, headline: "   " }).next?.key).toBe("headline");
  });
});
