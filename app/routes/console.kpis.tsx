import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatNumber } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { requireCoordinator } from "~/modules/coordination/regions.server";
import { kpiSearchParams, kpiFilterSchema, resolveKpiFilters } from "~/modules/coordination/kpis";
import { kpiReport } from "~/modules/coordination/kpis.server";
import {
  FunnelChart,
  KpiDefinitions,
  KpiFilterForm,
  KpiTable,
  MonthlyKpiChart,
  formatMonth,
} from "~/modules/coordination/kpis-view";
import { ConsoleNumbersNav } from "~/modules/coordination/reports-nav";
import { prefectureName } from "~/modules/reference/prefectures";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";
import { PageHeader } from "~/ui/page";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "console.kpis.title");

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { prefectures } = await requireCoordinator(request, context);
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = resolveKpiFilters(kpiFilterSchema.parse(query));
  return {
    report: await kpiReport(filters, prefectures),
    prefectureCodes: prefectures,
    query: kpiSearchParams(filters).toString(),
  };
}

const charted = [
  "consultations",
  "published",
  "introductions",
  "applications",
  "contracts",
  "completions",
] as const;

export default function KpisPage() {
  const t = useT();
  const locale = useLocale();
  const { report, prefectureCodes, query } = useLoaderData<typeof loader>();
  const headline = ["consultations", "introductions", "contracts", "repeats"] as const;
  return (
    <div className="space-y-6">
      <ConsoleNumbersNav />
      <PageHeader
        title={t("console.kpis.title")}
        lead={t("console.kpis.lead", {
          from: formatMonth(locale, report.filters.from),
          to: formatMonth(locale, report.filters.to),
        })}
      />
      <KpiFilterForm filters={report.filters} prefectureCodes={prefectureCodes} />
      <section aria-labelledby="kpi-summary" className="space-y-3">
        <h2 id="kpi-summary" className="text-lg font-semibold">
          {t("console.kpis.summary")}
        </h2>
        <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {headline.map((kind) => (
            <div key={kind} className="card p-4">
              <dt className="text-sm text-muted">{t(`console.kpis.kind.${kind}`)}</dt>
              <dd className="text-2xl font-bold tabular-nums" data-kpi-total={kind}>
                {formatNumber(locale, report.totals[kind])}
              </dd>
            </div>
          ))}
          <div className="card p-4">
            <dt className="text-sm text-muted">{t("console.kpis.median")}</dt>
            <dd className="text-2xl font-bold tabular-nums" data-kpi-total="medianDays">
              {report.medianDays === null
                ? t("console.kpis.noData")
                : t("console.kpis.days", { days: formatNumber(locale, report.medianDays) })}
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="kpi-downloads" className="card space-y-2 p-4">
        <h2 id="kpi-downloads" className="text-lg font-semibold">
          {t("console.kpis.downloads")}
        </h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {(["months", "prefectures", "categories", "engagements"] as const).map((table) => (
            <li key={table}>
              <a href={`/console/kpis.csv?${query}&table=${table}`} download>
                {t("console.kpis.csvOf", { table: t(`console.kpis.dimension.${table}`) })}
              </a>
            </li>
          ))}
          <li>
            <a href="/console/matches.csv" download>
              {t("console.kpis.matchesCsv")}
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="kpi-charts" className="space-y-4">
        <h2 id="kpi-charts" className="text-lg font-semibold">
          {t("console.kpis.byMonth")}
        </h2>
        <div className="grid gap-4 xl:grid-cols-2">
          {charted.map((kind) => (
            <MonthlyKpiChart key={kind} kind={kind} months={report.months} />
          ))}
          <FunnelChart funnel={report.funnel} />
        </div>
        <KpiTable
          caption={t("console.kpis.monthTable")}
          dimension={t("console.kpis.dimension.months")}
          rows={report.months.map((row) => ({ ...row, label: formatMonth(locale, row.key) }))}
          total={report.totals}
        />
      </section>
      <section aria-labelledby="kpi-breakdowns" className="space-y-4">
        <h2 id="kpi-breakdowns" className="text-lg font-semibold">
          {t("console.kpis.breakdowns")}
        </h2>
        <KpiTable
          caption={t("console.kpis.byPrefecture")}
          dimension={t("console.kpis.dimension.prefectures")}
          rows={report.prefectures.map((row) => ({
            ...row,
            label: prefectureName(row.key, locale),
          }))}
          total={report.totals}
        />
        <KpiTable
          caption={t("console.kpis.byCategory")}
          dimension={t("console.kpis.dimension.categories")}
          rows={report.categories.map((row) => ({
            ...row,
            label:
              row.key === "NONE"
                ? t("console.kpis.noChallenge")
                : t(`reference.category.${row.key}`),
          }))}
          total={report.totals}
        />
        <KpiTable
          caption={t("console.kpis.byEngagement")}
          dimension={t("console.kpis.dimension.engagements")}
          rows={report.engagements.map((row) => ({
            ...row,
            label: t(`reference.engagement.${row.key}`),
          }))}
        />
        <p className="text-sm text-muted">{t("console.kpis.engagementNote")}</p>
      </section>
      <KpiDefinitions />
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
