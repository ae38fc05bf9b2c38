import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/modules/auth/guards.server";
import { templateDownload } from "~/modules/imports/downloads.server";
import { importRoles } from "~/modules/imports/upload";

/** /import/template/companies.csv, …/challenges.json and so on. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireRole(request, context, importRoles);
  return templateDownload(params.file ?? "");
}
