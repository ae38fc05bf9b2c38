/**
 * Fixed-window counters kept in this process. Enough for one app process (the default
 * deployment); a multi-process deployment swaps this for a shared store.
 */
export class RateLimiter {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts one hit for `key`; says whether it is within `limit` per `windowMs`. */
  consume(key: string, limit: number, windowMs: number) {
    const now = this.now();
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + windowMs };
      this.#windows.set(key, window);
      if (this.#windows.size > 50_000) this.#sweep(now);
    }
    window.count += 1;
    return {
      allowed: window.count <= limit,
      retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)),
    };
  }

  reset(key: string) {
    this.#windows.delete(key);
  }

  #sweep(now: number) {
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
  }
}

const globalForLimiter = globalThis as unknown as { enishiRateLimiter?: RateLimiter };
export const rateLimiter = (globalForLimiter.enishiRateLimiter ??= new RateLimiter());
