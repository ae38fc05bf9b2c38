import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportFileName, exportProfessionalData } from "~/modules/professionals/export.server";
import { inResourceRoute, requireProfessional } from "~/modules/professionals/guards.server";

/** All of a professional's data as a JSON download. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await inResourceRoute(() => requireProfessional(request, context));
  const now = new Date();
  const body = JSON.stringify(await exportProfessionalData(user.id, now), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(now)}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
