import { describe, expect, it } from "vitest";
import { progressLine } from "./progress";

describe("progressLine", () => {
  it("draws a bar, a percentage and the counts", () => {
    expect(progressLine({ done: 45, total: 100, index: "challenges" }, 10)).toBe(
      "[#####.....]  45%  45/100  challenges",
    );
    expect(progressLine({ done: 2_740, total: 2_740, index: "profiles" }, 4)).toBe(
      "[####] 100%  2,740/2,740  profiles",
    );
    expect(progressLine({ done: 0, total: 0, index: "profiles" }, 4)).toBe(
      "[####] 100%  0/0  profiles",
    );
  });
});
