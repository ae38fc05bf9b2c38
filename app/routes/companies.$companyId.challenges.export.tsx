import type { LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { companySummary } from "~/modules/challenges/challenges.server";
import { todayInJapan } from "~/modules/challenges/dates";
import { exportChallengesCsv, exportChallengesJson } from "~/modules/challenges/export.server";
import { requireCompanyMember } from "~/modules/companies/access.server";

/**
 * A company's challenges as a download: ?format=csv (UTF-8 with BOM, for Excel) or
 * ?format=json. Members of the company only.
 */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const companyId = params.companyId ?? "";
  const { user } = await requireCompanyMember(request, context, companyId);
  const format = new URL(request.url).searchParams.get("format");
  if (format !== "csv" && format !== "json") throw data("Bad Request", { status: 400 });
  const locale = await resolveLocale(request, user);
  const company = (await companySummary(companyId))!;
  const fileName = `challenges-${todayInJapan().replaceAll("-", "")}.${format}`;
  const headers = {
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (format === "csv") {
    return new Response(await exportChallengesCsv(companyId, locale), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" },
    });
  }
  const body = await exportChallengesJson({ id: company.id, name: company.name }, locale);
  return new Response(JSON.stringify(body, null, 2), {
    headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
  });
}
