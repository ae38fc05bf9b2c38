import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit.server";

function limiterWithClock(start = 1_000_000) {
  const clock = { now: start };
  return { clock, limiter: new RateLimiter(() => clock.now) };
}

describe("RateLimiter", () => {
  it("allows `limit` hits per window, then refuses with the time left", () => {
    const { clock, limiter } = limiterWithClock();
    for (let i = 0; i < 3; i += 1) expect(limiter.consume("ip:1", 3, 60_000).allowed).toBe(true);
    clock.now += 20_500;
    expect(limiter.consume("ip:1", 3, 60_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
  });

  it("starts a fresh window once the old one has passed", () => {
    const { clock, limiter } = limiterWithClock();
    limiter.consume("ip:1", 1, 60_000);
    expect(limiter.consume("ip:1", 1, 60_000).allowed).toBe(false);
    clock.now += 59_999;
    expect(limiter.consume("ip:1", 1, 60_000).allowed).toBe(false);
    clock.now += 1;
    expect(limiter.consume("ip:1", 1, 60_000)).toEqual({ allowed: true, retryAfterSeconds: 60 });
  });

  it("keeps refusing hits made while refused (they still count)", () => {
    const { clock, limiter } = limiterWithClock();
    limiter.consume("k", 1, 10_000);
    for (let i = 0; i < 5; i += 1) expect(limiter.consume("k", 1, 10_000).allowed).toBe(false);
    clock.now += 10_000;
    expect(limiter.consume("k", 1, 10_000).allowed).toBe(true);
  });

  it("counts keys separately", () => {
    const { limiter } = limiterWithClock();
    expect(limiter.consume("ip:1", 1, 60_000).allowed).toBe(true);
    expect(limiter.consume("ip:2", 1, 60_000).allowed).toBe(true);
    expect(limiter.consume("ip:1", 1, 60_000).allowed).toBe(false);
  });

  it("forgets a key on reset", () => {
    const { limiter } = limiterWithClock();
    limiter.consume("account:a", 1, 60_000);
    limiter.reset("account:a");
    expect(limiter.consume("account:a", 1, 60_000).allowed).toBe(true);
  });

  it("never tells a client to retry in less than a second", () => {
    const { clock, limiter } = limiterWithClock();
    limiter.consume("k", 1, 1_000);
    clock.now += 999;
    expect(limiter.consume("k", 1, 1_000).retryAfterSeconds).toBe(1);
  });
});
