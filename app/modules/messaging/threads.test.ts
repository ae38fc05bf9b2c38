import { describe, expect, it } from "vitest";
import { threadAllowed, threeWayAllowed } from "./threads";

const now = new Date("2026-01-05T10:00:00Z");
const base = {
  stage: "INTERESTED" as const,
  professionalAcceptedAt: null,
  companyAcceptedAt: null,
};

describe("when a match gets its thread", () => {
  it("applications and casual talks at once", () => {
    expect(threadAllowed({ ...base, source: "APPLICATION", professionalAcceptedAt: now })).toBe(
      true,
    );
    expect(threadAllowed({ ...base, source: "CASUAL_TALK", professionalAcceptedAt: now })).toBe(
      true,
    );
  });
  it("a scout once the professional accepts", () => {
    expect(threadAllowed({ ...base, source: "SCOUT", companyAcceptedAt: now })).toBe(false);
    expect(
      threadAllowed({
        ...base,
        source: "SCOUT",
        companyAcceptedAt: now,
        professionalAcceptedAt: now,
      }),
    ).toBe(true);
  });
  it("an introduction once both accept", () => {
    expect(threadAllowed({ ...base, source: "INTRODUCTION", professionalAcceptedAt: now })).toBe(
      false,
    );
    expect(
      threadAllowed({
        ...base,
        source: "INTRODUCTION",
        professionalAcceptedAt: now,
        companyAcceptedAt: now,
      }),
    ).toBe(true);
  });
  it("a three-way thread for introductions that have not ended", () => {
    expect(threeWayAllowed({ ...base, source: "INTRODUCTION" })).toBe(true);
    expect(threeWayAllowed({ ...base, source: "INTRODUCTION", stage: "DECLINED" })).toBe(false);
    expect(threeWayAllowed({ ...base, source: "SCOUT" })).toBe(false);
  });
});
