import { describe, expect, it } from "vitest";
import { embargoEndsAt, reviewsPublished, reviewVisibleTo } from "./reviews";

const completedAt = new Date("2026-11-01T00:00:00Z");
const day = 86_400_000;

describe("reviewsPublished", () => {
  it("waits for both sides or 14 days", () => {
    const soon = new Date(completedAt.getTime() + 3 * day);
    expect(reviewsPublished(completedAt, ["company"], soon)).toBe(false);
    expect(reviewsPublished(completedAt, ["company", "professional"], soon)).toBe(true);
    expect(reviewsPublished(completedAt, ["professional"], embargoEndsAt(completedAt))).toBe(true);
    expect(
      reviewsPublished(
        completedAt,
        ["professional"],
        new Date(embargoEndsAt(completedAt).getTime() - 1),
      ),
    ).toBe(false);
  });

  it("never publishes before completion", () => {
    expect(reviewsPublished(null, ["company", "professional"], completedAt)).toBe(false);
  });
});

describe("reviewVisibleTo", () => {
  it("shows coordinators and the author everything, the other side only once published", () => {
    expect(reviewVisibleTo("coordinator", "company", false)).toBe(true);
    expect(reviewVisibleTo("company", "company", false)).toBe(true);
    expect(reviewVisibleTo("professional", "company", false)).toBe(false);
    expect(reviewVisibleTo("professional", "company", true)).toBe(true);
  });
});
