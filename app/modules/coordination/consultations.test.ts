import { describe, expect, it } from "vitest";
import {
  consultationFiltersSchema,
  consultationSchema,
  currentMonth,
  monthRange,
} from "./consultations";

const schema = consultationSchema(() => "2026-03-10");
const valid = { companyId: "c1", heldOn: "2026-03-10", topic: "販路", outcome: "FOLLOW_UP" };

describe("consultationSchema", () => {
  it("accepts today and earlier days, never a future one", () => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse({ ...valid, heldOn: "2025-12-31" }).success).toBe(true);
    const future = schema.safeParse({ ...valid, heldOn: "2026-03-11" });
    expect(future.error?.issues[0]?.message).toBe("coordination.errors.future");
  });

  it("checks the topic's length, the outcome and the company", () => {
    expect(schema.safeParse({ ...valid, topic: "あ".repeat(200) }).success).toBe(true);
    expect(schema.safeParse({ ...valid, topic: "あ".repeat(201) }).success).toBe(false);
    expect(schema.safeParse({ ...valid, outcome: "DONE" }).success).toBe(false);
    expect(schema.safeParse({ ...valid, companyId: "" }).success).toBe(false);
    expect(schema.parse(valid).note).toBe("");
  });
});

describe("months", () => {
  it("bounds a month in Japan time, December included", () => {
    expect(monthRange("2026-03")).toEqual({
      gte: new Date("2026-02-28T15:00:00.000Z"),
      lt: new Date("2026-03-31T15:00:00.000Z"),
    });
    expect(monthRange("2026-12").lt).toEqual(new Date("2026-12-31T15:00:00.000Z"));
  });

  it("the current month is Japan's", () => {
    expect(currentMonth(new Date("2026-03-31T15:30:00Z"))).toBe("2026-04");
  });

  it("drops malformed filters", () => {
    expect(consultationFiltersSchema.parse({ month: "2026-13", companyId: "" })).toEqual({
      month: undefined,
      companyId: undefined,
    });
    expect(consultationFiltersSchema.parse({ month: "2026-04" }).month).toBe("2026-04");
  });
});
