import type { LoaderFunctionArgs } from "@remix-run/node";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { todayInJapan } from "~/modules/challenges/dates";
import { requireCoordinator } from "~/modules/coordination/regions.server";
import { csvResponse, matchesCsv } from "~/modules/coordination/csv";
import { pipelineFilterSchema } from "~/modules/coordination/pipeline";
import { matchesForCsv } from "~/modules/coordination/reports.server";

/** The matches of the viewer's prefectures as CSV (?prefecture= and ?category= narrow it). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, prefectures } = await requireCoordinator(request, context);
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { prefecture, category } = pipelineFilterSchema.parse(query);
  const locale = await resolveLocale(request, user);
  const rows = await matchesForCsv(user, prefectures, { prefecture, category }, locale);
  return csvResponse(matchesCsv(rows, locale), `matches-${todayInJapan().replaceAll("-", "")}.csv`);
}
