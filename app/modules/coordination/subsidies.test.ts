import { describe, expect, it } from "vitest";
import { schemeIsCurrent, subsidySchema } from "./subsidies";

describe("schemeIsCurrent", () => {
  const scheme = { active: true, startsOn: "2026-04-01", endsOn: "2027-03-31" };
  it("is current when active and within its days", () => {
    expect(schemeIsCurrent(scheme, "2026-04-01")).toBe(true);
    expect(schemeIsCurrent(scheme, "2027-03-31")).toBe(true);
    expect(schemeIsCurrent(scheme, "2026-03-31")).toBe(false);
    expect(schemeIsCurrent(scheme, "2027-04-01")).toBe(false);
    expect(schemeIsCurrent({ ...scheme, active: false }, "2026-05-01")).toBe(false);
    expect(schemeIsCurrent({ active: true, startsOn: null, endsOn: null }, "2030-01-01")).toBe(
      true,
    );
  });
});

describe("subsidySchema", () => {
  const valid = { prefectureCode: "20", name: "交通費補助", coverage: "TRAVEL" };
  it("accepts a minimal scheme, inactive unless ticked", () => {
    expect(subsidySchema.parse(valid)).toMatchObject({ active: false, description: "" });
  });
  it("refuses javascript: links, an end before the start and odd amounts", () => {
    expect(subsidySchema.safeParse({ ...valid, url: "javascript:alert(1)" }).success).toBe(false);
    const dates = subsidySchema.safeParse({
      ...valid,
      startsOn: "2026-05-01",
      endsOn: "2026-04-01",
    });
    expect(dates.error?.issues[0]?.message).toBe("coordination.errors.endsBeforeStart");
    expect(subsidySchema.safeParse({ ...valid, maxAmountYen: 0 }).success).toBe(false);
    expect(subsidySchema.safeParse({ ...valid, coverage: "FOOD" }).success).toBe(false);
  });
});
