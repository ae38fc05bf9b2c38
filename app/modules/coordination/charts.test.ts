import { describe, expect, it } from "vitest";
import { labelEvery, niceMax, verticalBars } from "./charts";

describe("charts", () => {
  it("rounds the axis up to 1, 2 or 5 times a power of ten", () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(3)).toBe(5);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(12)).toBe(20);
    expect(niceMax(50)).toBe(50);
    expect(niceMax(501)).toBe(1000);
  });

  it("scales bars to the plot, the largest to its nice maximum", () => {
    const { bars, max } = verticalBars(
      [
        { label: "a", value: 5 },
        { label: "b", value: 0 },
      ],
      200,
      100,
    );
    expect(max).toBe(5);
    expect(bars[0]).toMatchObject({ height: 100, y: 0, width: 70, x: 15 });
    expect(bars[1]).toMatchObject({ height: 0, y: 100, x: 115 });
  });

  it("labels every n-th bar when there are too many", () => {
    expect(labelEvery(12)).toBe(1);
    expect(labelEvery(24)).toBe(2);
    expect(labelEvery(60)).toBe(5);
  });
});
