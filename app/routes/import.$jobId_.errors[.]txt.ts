import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/guards.server";
import { errorsDownload } from "~/modules/imports/downloads.server";
import { importRoles } from "~/modules/imports/upload";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireRole(request, context, importRoles);
  return errorsDownload(request, user, params.jobId ?? "", "txt");
}
