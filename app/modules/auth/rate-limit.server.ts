import { data, type AppLoadContext, type HeadersFunction } from "@remix-run/node";
import { getEnv } from "~/lib/env.server";
import { rateLimiter } from "~/lib/rate-limit.server";
import { logger } from "~/lib/logger.server";

/**
 * Counts one auth POST against the caller's IP and, when the form names one, the
 * account; past either limit it throws 429 with Retry-After.
 */
export function enforceAuthRateLimit(context: AppLoadContext, action: string, account?: string) {
  const env = getEnv();
  const windowMs = env.AUTH_RATE_LIMIT_WINDOW_SECONDS * 1000;
  const byIp = rateLimiter.consume(
    `${action}:ip:${context.clientIp}`,
    env.AUTH_RATE_LIMIT_PER_IP,
    windowMs,
  );
  const byAccount = account
    ? rateLimiter.consume(
        accountLimitKey(action, account),
        env.AUTH_RATE_LIMIT_PER_ACCOUNT,
        windowMs,
      )
    : { allowed: true, retryAfterSeconds: 0 };
  if (byIp.allowed && byAccount.allowed) return;
  const retryAfter = Math.max(
    byIp.allowed ? 0 : byIp.retryAfterSeconds,
    byAccount.allowed ? 0 : byAccount.retryAfterSeconds,
  );
  logger.warn("auth rate limit", { action, ip: context.clientIp, byAccount: !byAccount.allowed });
  throw data(
    { error: "rate-limited", retryAfter },
    { status: 429, headers: { "Retry-After": String(retryAfter) } },
  );
}

function accountLimitKey(action: string, account: string) {
  return `${action}:account:${account.toLowerCase()}`;
}

/**
 * Forgets an account's attempts once it proves its password: the per-account limit is
 * there to stop guessing, not to lock out someone who signs in on several devices.
 */
export function clearAccountRateLimit(action: string, account: string) {
  rateLimiter.reset(accountLimitKey(action, account));
}

/** The account an auth form names, read before validation so bad input still counts. */
export function accountKeyFrom(formData: FormData, field = "email") {
  const value = formData.get(field);
  return typeof value === "string" && value.trim() ? value.trim().toLowerCase() : undefined;
}

/**
 * A route `headers` export for forms that are rate limited: a thrown 429 keeps its
 * Retry-After (Remix passes a thrown response's headers on only through this export).
 */
export const keepRetryAfter: HeadersFunction = ({ errorHeaders }) => {
  const retryAfter = errorHeaders?.get("Retry-After");
  return retryAfter ? { "Retry-After": retryAfter } : new Headers();
};
