import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound } from "~/lib/http.server";
import { formatNumber } from "~/lib/i18n/locales";
import { resolveLocale } from "~/lib/i18n/locale.server";
import { useLocale, useT } from "~/lib/i18n/react";
import { funnelRates, funnelSteps, isMonth, kpiKinds } from "~/modules/coordination/kpis";
import { formatMonth, KpiTable } from "~/modules/coordination/kpis-view";
import { requireCoordinator } from "~/modules/coordination/regions.server";
import { ConsoleNumbersNav } from "~/modules/coordination/reports-nav";
import printStyles from "~/modules/coordination/reports-print.css?url";
import { monthlyReport } from "~/modules/coordination/reports.server";
import { PrintButton, ScrollRegion } from "~/modules/coordination/reports-view";
import { prefectureName } from "~/modules/reference/prefectures";
import { GeneralErrorBoundary } from "~/ui/error-boundary";
import { pageTitle } from "~/ui/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "console.reports.title");

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: printStyles, media: "print" },
];

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { user, prefectures } = await requireCoordinator(request, context);
  const month = params.month ?? "";
  if (!isMonth(month)) notFound();
  const locale = await resolveLocale(request, user);
  return {
    report: await monthlyReport(user, prefectures, month, locale),
    prefectureCodes: prefectures,
  };
}

export default function MonthlyReportPage() {
  const t = useT();
  const locale = useLocale();
  const { report, prefectureCodes } = useLoaderData<typeof loader>();
  const { kpis } = report;
  const rates = funnelRates(kpis.funnel);
  const scope =
    prefectureCodes === null
      ? t("console.reports.allPrefectures")
      : prefectureCodes.length === 0
        ? t("console.reports.noPrefectures")
        : prefectureCodes.map((code) => prefectureName(code, locale)).join("、");
  return (
    <article className="space-y-6">
      <ConsoleNumbersNav />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold md:text-3xl">
          {t("console.reports.heading", { month: formatMonth(locale, report.month) })}
        </h1>
        <p className="text-muted">{t("console.reports.scope", { scope })}</p>
        <div className="flex flex-wrap items-center gap-4 print:hidden">
          <PrintButton />
          <a href={`/console/kpis.csv?from=${report.month}&to=${report.month}`} download>
            {t("console.reports.csv")}
          </a>
        </div>
      </div>
      <section aria-labelledby="report-kpis" className="space-y-3">
        <h2 id="report-kpis" className="text-xl font-semibold">
          {t("console.reports.kpis")}
        </h2>
        <ScrollRegion labelledBy="report-kpis">
          <table className="w-full text-left text-sm" data-testid="report-kpis">
            <thead className="bg-paper">
              <tr>
                <th scope="col" className="p-2">
                  {t("console.reports.indicator")}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t("console.reports.value")}
                </th>
              </tr>
            </thead>
            <tbody>
              {kpiKinds.map((kind) => (
                <tr key={kind} className="border-t border-line" data-kpi={kind}>
                  <th scope="row" className="p-2 font-normal">
                    {t(`console.kpis.kind.${kind}`)}
                  </th>
                  <td className="p-2 text-right tabular-nums">
                    {formatNumber(locale, kpis.totals[kind])}
                  </td>
                </tr>
              ))}
              {funnelSteps.slice(1).map((step) => (
                <tr key={step} className="border-t border-line">
                  <th scope="row" className="p-2 font-normal">
                    {t("console.reports.funnelStep", { step: t(`console.kpis.funnel.${step}`) })}
                  </th>
                  <td className="p-2 text-right tabular-nums">
                    {`${formatNumber(locale, kpis.funnel[step])} / ${formatNumber(locale, kpis.funnel.created)} (${rates[step]}%)`}
                  </td>
                </tr>
              ))}
              <tr className="border-t border-line">
                <th scope="row" className="p-2 font-normal">
                  {t("console.kpis.median")}
                </th>
                <td className="p-2 text-right tabular-nums">
                  {kpis.medianDays === null
                    ? t("console.kpis.noData")
                    : t("console.kpis.days", { days: formatNumber(locale, kpis.medianDays) })}
                </td>
              </tr>
            </tbody>
          </table>
        </ScrollRegion>
      </section>
      <section aria-labelledby="report-categories" className="space-y-3">
        <h2 id="report-categories" className="text-xl font-semibold">
          {t("console.reports.topCategories")}
        </h2>
        {report.topCategories.length === 0 ? (
          <p className="text-muted">{t("console.reports.nothing")}</p>
        ) : (
          <KpiTable
            caption={t("console.reports.topCategoriesCaption")}
            dimension={t("console.kpis.dimension.categories")}
            rows={report.topCategories.map((row) => ({
              ...row,
              label: t(`reference.category.${row.key as "OTHER"}`),
            }))}
            kinds={["consultations", "published", "introductions", "contracts", "completions"]}
          />
        )}
      </section>
      <section aria-labelledby="report-prefectures" className="space-y-3">
        <h2 id="report-prefectures" className="text-xl font-semibold">
          {t("console.kpis.byPrefecture")}
        </h2>
        {kpis.prefectures.length === 0 ? (
          <p className="text-muted">{t("console.reports.nothing")}</p>
        ) : (
          <KpiTable
            caption={t("console.kpis.byPrefecture")}
            dimension={t("console.kpis.dimension.prefectures")}
            rows={kpis.prefectures.map((row) => ({
              ...row,
              label: prefectureName(row.key, locale),
            }))}
            total={kpis.totals}
          />
        )}
      </section>
      <section aria-labelledby="report-contracts" className="space-y-3">
        <h2 id="report-contracts" className="text-xl font-semibold">
          {t("console.reports.contracts", { count: report.contracts.length })}
        </h2>
        {report.contracts.length === 0 ? (
          <p className="text-muted">{t("console.reports.noContracts")}</p>
        ) : (
          <ScrollRegion labelledBy="report-contracts">
            <table className="w-full text-left text-sm" data-testid="report-contracts">
              <thead className="bg-paper">
                <tr>
                  <th scope="col" className="p-2">
                    {t("console.csv.matches.contracted")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("console.csv.matches.challenge")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("console.csv.matches.company")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("console.csv.matches.professional")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("console.csv.matches.source")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("console.csv.matches.introducedBy")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("console.csv.matches.subsidy")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.contracts.map((row) => (
                  <tr key={row.id} className="border-t border-line">
                    <td className="whitespace-nowrap p-2">{row.contractedOn}</td>
                    <th scope="row" className="p-2 font-normal">
                      <a href={`/matches/${row.id}`}>{row.challengeTitle}</a>
                    </th>
                    <td className="p-2">
                      {row.companyName} ({prefectureName(row.prefectureCode, locale)})
                    </td>
                    <td className="p-2">{row.professional}</td>
                    <td className="p-2">{t(`matches.source.${row.source}`)}</td>
                    <td className="p-2">{row.introducedBy ?? "—"}</td>
                    <td className="p-2">{row.subsidyScheme ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
