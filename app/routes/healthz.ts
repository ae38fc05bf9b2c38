import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/lib/db.server";
import { errorFields, logger } from "~/lib/logger.server";
import { allowAnyone } from "~/modules/auth/guards.server";

/** For load balancers and uptime checks: 200 when the database answers. */
export async function loader(_: LoaderFunctionArgs) {
  allowAnyone();
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    logger.error("health check failed", errorFields(error));
    return Response.json(
      { status: "error" },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
