import type { LoaderFunctionArgs } from "@remix-run/node";
import {
  invalidParameters,
  privateCache,
  requireApiProfileBrowser,
  searchEnvelope,
} from "~/modules/discovery/api.server";
import { runProfessionalSearch } from "~/modules/discovery/search.server";

/**
 * GET /api/v1/professionals: the /pros search as JSON, for signed-in company members,
 * coordinators and admins (401/403 problem+json otherwise). Profiles as the caller may
 * see them: anonymous ones as a summary, blocked ones left out. Never cached.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer, locale } = await requireApiProfileBrowser(request, context, "professionals");
  const url = new URL(request.url);
  const { params, errors, result } = await runProfessionalSearch(url.searchParams, viewer, locale, {
    clamp: false,
  });
  if (Object.keys(errors).length > 0) return invalidParameters(locale, errors);
  return Response.json(searchEnvelope(url.pathname, params, result), { headers: privateCache });
}
