/**
 * The JSON API's plumbing: RFC 9457 problem responses in the caller's language, the
 * per-IP and per-user rate limits, the session check of the professionals endpoints, and
 * the response envelope `{ data, meta, facets, links }`.
 */
import type { AppLoadContext } from "@remix-run/node";
import { getEnv } from "~/lib/env.server";
import { resolveLocale } from "~/lib/i18n/locale.server";
import type { Locale } from "~/lib/i18n/locales";
import { translate, translateError } from "~/lib/i18n/translate";
import { logger } from "~/lib/logger.server";
import { rateLimiter } from "~/lib/rate-limit.server";
import { getOptionalUser } from "~/modules/auth/guards.server";
import type { Role } from "~/modules/auth/roles";
import { viewerOf } from "~/modules/professionals/views.server";
import { toQueryString } from "~/modules/search/params";
import { apiRateLimits, PROBLEM_TYPE_BASE } from "./api-limits";
import { HITS_PER_PAGE, type AnySearchParams } from "./filters";
import type { FieldErrors } from "./parse";

/** An RFC 9457 problem response (never cached). */
export function problem(
  status: number,
  body: { type?: string; title: string; detail?: string } & Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return new Response(JSON.stringify({ type: "about:blank", status, ...body }), {
    status,
    headers: {
      "Content-Type": "application/problem+json; charset=utf-8",
      "Cache-Control": "no-store",
      ...headers,
    },
  });
}

/** 400 naming each invalid parameter with its message in the caller's language. */
export function invalidParameters(locale: Locale, errors: FieldErrors) {
  const invalidParams = Object.entries(errors).map(([name, messages]) => ({
    name,
    reason: messages.map((message) => translateError(locale, message)).join(" "),
  }));
  return problem(400, {
    type: `${PROBLEM_TYPE_BASE}/invalid-parameters`,
    title: translate(locale, "discovery.api.badRequest"),
    detail: translate(locale, "discovery.api.badRequestDetail", {
      names: invalidParams.map((entry) => entry.name).join(", "),
    }),
    invalidParams,
  });
}

/** Counts one request; past the limit, throws 429 with Retry-After. */
export function enforceApiRateLimit(key: string, limit: number, locale: Locale) {
  const budget = rateLimiter.consume(`api:${key}`, limit, apiRateLimits.windowSeconds * 1000);
  if (budget.allowed) return;
  logger.warn("api rate limit", { key });
  const seconds = budget.retryAfterSeconds;
  throw problem(
    429,
    {
      type: `${PROBLEM_TYPE_BASE}/rate-limited`,
      title: translate(locale, "discovery.api.rateLimited"),
      detail: translate(locale, "discovery.api.rateLimitedDetail", { seconds }),
      retryAfter: seconds,
    },
    { "Retry-After": String(seconds) },
  );
}

const profileBrowsers: readonly Role[] = ["COMPANY_MEMBER", "COORDINATOR", "ADMIN"];

/**
 * For endpoints over profiles: a signed-in company member, coordinator or admin (401 or
 * 403 as problem+json otherwise), counted per address and per user.
 */
export async function requireApiProfileBrowser(
  request: Request,
  context: AppLoadContext,
  endpoint: string,
  limits: { perIp: number; perUser: number } = {
    perIp: apiRateLimits.professionalsPerIp,
    perUser: apiRateLimits.professionalsPerUser,
  },
) {
  const user = await getOptionalUser(request, context);
  const locale = await resolveLocale(request, user);
  enforceApiRateLimit(`${endpoint}:ip:${context.clientIp}`, limits.perIp, locale);
  if (!user) {
    throw problem(401, {
      title: translate(locale, "discovery.api.unauthorized"),
      detail: translate(locale, "discovery.api.unauthorizedDetail"),
    });
  }
  if (!profileBrowsers.includes(user.role)) {
    throw problem(403, {
      title: translate(locale, "discovery.api.forbidden"),
      detail: translate(locale, "discovery.api.forbiddenDetail"),
    });
  }
  enforceApiRateLimit(`${endpoint}:user:${user.id}`, limits.perUser, locale);
  return { user, locale, viewer: (await viewerOf(user))! };
}

/** Anyone, counted per address. */
export async function publicApiCaller(
  request: Request,
  context: AppLoadContext,
  endpoint: string,
  limit: number,
) {
  const user = await getOptionalUser(request, context);
  const locale = await resolveLocale(request, user);
  enforceApiRateLimit(`${endpoint}:ip:${context.clientIp}`, limit, locale);
  return { user, locale };
}

export const publicCache = {
  "Cache-Control": "public, max-age=60",
  Vary: "Accept-Language, Cookie",
};
export const privateCache = { "Cache-Control": "private, no-store", Vary: "Cookie" };

/** The list envelope every search endpoint answers with. */
export function searchEnvelope<Item>(
  path: string,
  params: AnySearchParams,
  result: {
    items: Item[];
    total: number;
    page: number;
    pageCount: number;
    facets: Record<string, Array<{ value: string; count: number }>>;
  },
) {
  const link = (page: number) => {
    const query = toQueryString({ ...params, page });
    return `${getEnv().APP_URL}${path}${query ? `?${query}` : ""}`;
  };
  return {
    data: result.items,
    meta: {
      total: result.total,
      page: params.page,
      pageCount: result.pageCount,
      hitsPerPage: HITS_PER_PAGE,
    },
    facets: result.facets,
    links: {
      self: link(params.page),
      next: params.page < result.pageCount ? link(params.page + 1) : null,
      prev: params.page > 1 ? link(Math.min(params.page - 1, result.pageCount)) : null,
    },
  };
}
