import { describe, expect, it } from "vitest";
import { digestIdempotencyKey, dueBefore, DUE_GRACE_MS, isDue, periodKey } from "./schedule";

const now = new Date("2026-11-25T00:00:00Z"); // 09:00 in Japan, a Wednesday
const ago = (ms: number) => new Date(now.getTime() - ms);
const HOUR = 3_600_000;

describe("isDue", () => {
  it("sends a daily digest once the last one is a day old (with a few minutes' grace)", () => {
    expect(isDue({ frequency: "DAILY", lastNotifiedAt: ago(24 * HOUR) }, now)).toBe(true);
    expect(isDue({ frequency: "DAILY", lastNotifiedAt: ago(24 * HOUR - DUE_GRACE_MS) }, now)).toBe(
      true,
    );
    expect(
      isDue({ frequency: "DAILY", lastNotifiedAt: ago(24 * HOUR - DUE_GRACE_MS - 1) }, now),
    ).toBe(false);
    expect(isDue({ frequency: "DAILY", lastNotifiedAt: ago(HOUR) }, now)).toBe(false);
  });

  it("sends a weekly digest once the last one is seven days old", () => {
    expect(isDue({ frequency: "WEEKLY", lastNotifiedAt: ago(7 * 24 * HOUR) }, now)).toBe(true);
    expect(isDue({ frequency: "WEEKLY", lastNotifiedAt: ago(6 * 24 * HOUR) }, now)).toBe(false);
  });

  it("never sends when alerts are off", () => {
    expect(isDue({ frequency: "OFF", lastNotifiedAt: ago(365 * 24 * HOUR) }, now)).toBe(false);
    expect(dueBefore("OFF", now)).toBeNull();
  });

  it("keeps an hourly job on the same hour every day", () => {
    // Sent a few seconds after yesterday's 09:00 run: due again at today's 09:00 run.
    expect(isDue({ frequency: "DAILY", lastNotifiedAt: ago(24 * HOUR - 5_000) }, now)).toBe(true);
  });
});

describe("periodKey", () => {
  it("is the day in Japan for daily digests", () => {
    expect(periodKey("DAILY", now)).toBe("2026-11-25");
    // 23:30 UTC is already the next morning in Japan.
    expect(periodKey("DAILY", new Date("2026-11-25T23:30:00Z"))).toBe("2026-11-26");
  });

  it("is the ISO week in Japan for weekly digests", () => {
    expect(periodKey("WEEKLY", now)).toBe("2026-W48");
    expect(periodKey("WEEKLY", new Date("2026-11-29T14:00:00Z"))).toBe("2026-W48"); // Sun 23:00 JST
    expect(periodKey("WEEKLY", new Date("2026-11-29T15:00:00Z"))).toBe("2026-W49"); // Mon 00:00 JST
    expect(periodKey("WEEKLY", new Date("2027-01-01T03:00:00Z"))).toBe("2026-W53");
    expect(periodKey("WEEKLY", new Date("2026-01-01T03:00:00Z"))).toBe("2026-W01");
  });

  it("makes one idempotency key per saved search and period", () => {
    expect(digestIdempotencyKey("ss1", "DAILY", now)).toBe("saved-search-digest/ss1/2026-11-25");
    expect(digestIdempotencyKey("ss1", "WEEKLY", now)).toBe("saved-search-digest/ss1/2026-W48");
  });
});
