import type { LoaderFunctionArgs } from "@remix-run/node";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { todayInJapan } from "~/modules/challenges/dates";
import { requireCoordinator } from "~/modules/coordination/regions.server";
import {
  csvResponse,
  kpiCsvTables,
  kpiTableCsv,
  type KpiCsvTable,
} from "~/modules/coordination/csv";
import { kpiFilterSchema, resolveKpiFilters } from "~/modules/coordination/kpis";
import { kpiReport } from "~/modules/coordination/kpis.server";

/**
 * The KPI tables as CSV, with the KPI page's filters: ?table=months (default),
 * prefectures, categories or engagements (see coordination/csv.ts for the layout).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user, prefectures } = await requireCoordinator(request, context);
  const params = new URL(request.url).searchParams;
  const filters = resolveKpiFilters(kpiFilterSchema.parse(Object.fromEntries(params)));
  const requested = params.get("table") ?? "months";
  const table: KpiCsvTable = (kpiCsvTables as readonly string[]).includes(requested)
    ? (requested as KpiCsvTable)
    : "months";
  const report = await kpiReport(filters, prefectures);
  const rows =
    table === "months"
      ? report.months
      : table === "prefectures"
        ? report.prefectures
        : table === "categories"
          ? report.categories
          : report.engagements;
  const body = kpiTableCsv(table, rows, report.totals, await resolveLocale(request, user));
  const fileName = `kpis-${table}-${filters.from}-${filters.to}-${todayInJapan().replaceAll("-", "")}.csv`;
  return csvResponse(body, fileName);
}
