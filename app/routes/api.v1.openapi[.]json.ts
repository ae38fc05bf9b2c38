import type { LoaderFunctionArgs } from "@remix-run/node";
import { getEnv, usesSecureCookies } from "~/lib/env.server";
import { allowAnyone } from "~/modules/auth/guards.server";
import { buildOpenApiDocument } from "~/modules/discovery/openapi";

/** GET /api/v1/openapi.json: the API's OpenAPI 3.1 description (public). */
export function loader(_args: LoaderFunctionArgs) {
  allowAnyone();
  const document = buildOpenApiDocument({
    serverUrl: getEnv().APP_URL,
    sessionCookieName: usesSecureCookies() ? "__Host-enishi_session" : "enishi_session",
  });
  return Response.json(document, {
    headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" },
  });
}
