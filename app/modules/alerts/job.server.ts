import { errorFields, logger } from "~/lib/logger.server";
import { sendDueDigests } from "./digest.server";

const HOUR_MS = 60 * 60 * 1000;

/**
 * Sends due saved-search digests hourly inside the app process (and once shortly after
 * start, to catch up after downtime). `npm run alerts:send` does the same from cron;
 * running both is safe. Returns the function that stops it.
 */
export function startDigestJob({ intervalMs = HOUR_MS, firstRunMs = 60_000 } = {}) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sendDueDigests(new Date());
    } catch (error) {
      logger.error("saved-search digest job failed", errorFields(error));
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), firstRunMs);
  first.unref();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
