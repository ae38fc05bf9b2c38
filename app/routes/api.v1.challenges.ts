import type { LoaderFunctionArgs } from "@remix-run/node";
import { allowAnyone } from "~/modules/auth/guards.server";
import { apiRateLimits } from "~/modules/discovery/api-limits";
import {
  invalidParameters,
  publicApiCaller,
  publicCache,
  searchEnvelope,
} from "~/modules/discovery/api.server";
import { runChallengeSearch } from "~/modules/discovery/search.server";

/**
 * GET /api/v1/challenges: the /challenges search as JSON (documented in
 * /api/v1/openapi.json). Public, rate limited per address; invalid parameters → 400.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  allowAnyone();
  const { locale } = await publicApiCaller(
    request,
    context,
    "challenges",
    apiRateLimits.challengesPerIp,
  );
  const url = new URL(request.url);
  const { params, errors, result } = await runChallengeSearch(url.searchParams, locale, {
    clamp: false,
  });
  if (Object.keys(errors).length > 0) return invalidParameters(locale, errors);
  return Response.json(searchEnvelope(url.pathname, params, result), { headers: publicCache });
}
