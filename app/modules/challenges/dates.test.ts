import { describe, expect, it } from "vitest";
import { dateToDay, dayToDate, isCalendarDay, todayInJapan } from "./dates";

describe("challenge dates", () => {
  it("accepts only real days as YYYY-MM-DD", () => {
    expect(isCalendarDay("2026-04-01")).toBe(true);
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-4-1")).toBe(false);
    expect(isCalendarDay("")).toBe(false);
  });

  it("stores a day as midnight in Japan and reads it back", () => {
    expect(dayToDate("2026-04-01").toISOString()).toBe("2026-03-31T15:00:00.000Z");
    expect(dateToDay(dayToDate("2026-04-01"))).toBe("2026-04-01");
  });

  it("knows today in Japan, not in UTC", () => {
    expect(todayInJapan(new Date("2026-03-31T15:30:00Z"))).toBe("2026-04-01");
    expect(todayInJapan(new Date("2026-03-31T14:59:00Z"))).toBe("2026-03-31");
  });
});
