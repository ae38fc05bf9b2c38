import type { LoaderFunctionArgs } from "@remix-run/node";
import { allowAnyone } from "~/modules/auth/guards.server";
import { apiRateLimits } from "~/modules/discovery/api-limits";
import {
  invalidParameters,
  privateCache,
  publicApiCaller,
  publicCache,
  requireApiProfileBrowser,
} from "~/modules/discovery/api.server";
import { parseSuggestQuery } from "~/modules/discovery/parse";
import { suggest } from "~/modules/search/query.server";

/**
 * GET /api/v1/suggest?index=challenges|professionals&q=&limit= → { data: [{ text, kind }] }
 * for the search boxes. Challenges: anyone; professionals: the same people as
 * /api/v1/professionals (and only skill names are suggested there).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const forProfiles = url.searchParams.get("index") === "professionals";
  const limits = { perIp: apiRateLimits.suggestPerIp, perUser: apiRateLimits.suggestPerIp };
  let locale;
  if (forProfiles) {
    ({ locale } = await requireApiProfileBrowser(request, context, "suggest-pros", limits));
  } else {
    allowAnyone();
    ({ locale } = await publicApiCaller(request, context, "suggest", limits.perIp));
  }
  const { params, errors } = parseSuggestQuery(url.searchParams);
  if (!params) return invalidParameters(locale, errors);
  const suggestions = params.q
    ? await suggest(params.index, params.q, { locale, limit: params.limit })
    : [];
  return Response.json(
    { data: suggestions.map(({ label, kind }) => ({ text: label, kind })) },
    { headers: forProfiles ? privateCache : publicCache },
  );
}
