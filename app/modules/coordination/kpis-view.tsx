/** The KPI page's pieces, shared with the monthly report: filters, tables, charts. */
import { Form } from "@remix-run/react";
import { useId } from "react";
import { formatNumber, type Locale } from "~/lib/i18n/locales";
import { useLocale, useT } from "~/lib/i18n/react";
import { prefectures as allPrefectures } from "~/modules/reference/prefectures";
import { engagementTypes } from "~/modules/reference/work";
import { BarChart, ChartFigure, HorizontalBars } from "./charts-view";
import {
  funnelRates,
  funnelSteps,
  kpiKinds,
  type Funnel,
  type KpiCounts,
  type KpiFilters,
  type KpiKind,
} from "./kpis";
import { CategoryFilter, PrefectureFilter } from "./filter-fields";
import { ScrollRegion } from "./reports-view";

/** "2026-05" as "2026年5月" / "May 2026". */
export function formatMonth(locale: Locale, month: string, style: "long" | "short" = "long") {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    ...(style === "long" ? { year: "numeric" } : {}),
    month: style === "long" ? "long" : "short",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

type Row = { key: string; label: string; counts: KpiCounts };

/** A table of KPI counts: one row per month / prefecture / category…, a column per KPI. */
export function KpiTable({
  caption,
  dimension,
  rows,
  total,
  kinds = kpiKinds,
}: {
  caption: string;
  dimension: string;
  rows: Row[];
  total?: KpiCounts;
  kinds?: readonly KpiKind[];
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <ScrollRegion label={caption}>
      <table className="w-full text-left text-sm">
        <caption className="p-3 text-left font-semibold">{caption}</caption>
        <thead className="bg-paper">
          <tr>
            <th scope="col" className="p-2">
              {dimension}
            </th>
            {kinds.map((kind) => (
              <th key={kind} scope="col" className="p-2 text-right">
                {t(`console.kpis.kind.${kind}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-line">
              <th scope="row" className="p-2 font-normal">
                {row.label}
              </th>
              {kinds.map((kind) => (
                <td key={kind} className="p-2 text-right tabular-nums">
                  {formatNumber(locale, row.counts[kind])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot>
            <tr className="border-t-2 border-ink font-semibold">
              <th scope="row" className="p-2">
                {t("console.kpis.total")}
              </th>
              {kinds.map((kind) => (
                <td key={kind} className="p-2 text-right tabular-nums">
                  {formatNumber(locale, total[kind])}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </ScrollRegion>
  );
}

/** A bar chart of one KPI by month, with its two-column table. */
export function MonthlyKpiChart({
  kind,
  months,
}: {
  kind: KpiKind;
  months: Array<{ key: string; counts: KpiCounts }>;
}) {
  const t = useT();
  const locale = useLocale();
  const label = t(`console.kpis.kind.${kind}`);
  return (
    <ChartFigure
      caption={t("console.kpis.chartCaption", { kpi: label })}
      chart={(captionId) => (
        <BarChart
          labelledBy={captionId}
          values={months.map((row) => ({
            label: formatMonth(locale, row.key, "short"),
            value: row.counts[kind],
          }))}
        />
      )}
      table={
        <table className="w-full text-left text-sm" data-kpi={kind}>
          <thead className="bg-paper">
            <tr>
              <th scope="col" className="p-1.5">
                {t("console.kpis.dimension.months")}
              </th>
              <th scope="col" className="p-1.5 text-right">
                {label}
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((row) => (
              <tr key={row.key} className="border-t border-line">
                <th scope="row" className="p-1.5 font-normal">
                  {formatMonth(locale, row.key)}
                </th>
                <td className="p-1.5 text-right tabular-nums">
                  {formatNumber(locale, row.counts[kind])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** The funnel of matches created in the range, as bars and as a table. */
export function FunnelChart({ funnel }: { funnel: Funnel }) {
  const t = useT();
  const locale = useLocale();
  const rates = funnelRates(funnel);
  const rows = funnelSteps.map((step) => ({
    step,
    label: t(`console.kpis.funnel.${step}`),
    value: funnel[step],
    note: `${rates[step]}%`,
  }));
  return (
    <ChartFigure
      caption={t("console.kpis.funnel.caption")}
      chart={(captionId) => <HorizontalBars labelledBy={captionId} rows={rows} />}
      table={
        <table className="w-full text-left text-sm" data-testid="funnel-table">
          <thead className="bg-paper">
            <tr>
              <th scope="col" className="p-1.5">
                {t("console.kpis.funnel.step")}
              </th>
              <th scope="col" className="p-1.5 text-right">
                {t("console.kpis.funnel.count")}
              </th>
              <th scope="col" className="p-1.5 text-right">
                {t("console.kpis.funnel.rate")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.step} className="border-t border-line">
                <th scope="row" className="p-1.5 font-normal">
                  {row.label}
                </th>
                <td className="p-1.5 text-right tabular-nums">{formatNumber(locale, row.value)}</td>
                <td className="p-1.5 text-right tabular-nums">{row.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** The KPI filters: a plain GET form, so the range is in the address and works without JS. */
export function KpiFilterForm({
  filters,
  prefectureCodes,
}: {
  filters: KpiFilters;
  /** the prefectures the viewer may pick; null: every prefecture (admins) */
  prefectureCodes: string[] | null;
}) {
  const t = useT();
  const id = useId();
  const codes = prefectureCodes ?? allPrefectures.map((prefecture) => prefecture.code);
  return (
    <Form method="get" className="card grid gap-4 p-4 sm:grid-cols-2 lg:grid-cols-6">
      <div>
        <label htmlFor={`${id}-from`} className="mb-1 block font-semibold">
          {t("console.kpis.filter.from")}
        </label>
        <input
          id={`${id}-from`}
          name="from"
          type="month"
          className="input"
          defaultValue={filters.from}
          required
        />
      </div>
      <div>
        <label htmlFor={`${id}-to`} className="mb-1 block font-semibold">
          {t("console.kpis.filter.to")}
        </label>
        <input
          id={`${id}-to`}
          name="to"
          type="month"
          className="input"
          defaultValue={filters.to}
          required
        />
      </div>
      <PrefectureFilter id={`${id}-prefecture`} codes={codes} value={filters.prefecture} />
      <CategoryFilter id={`${id}-category`} value={filters.category} />
      <div>
        <label htmlFor={`${id}-engagement`} className="mb-1 block font-semibold">
          {t("console.kpis.filter.engagement")}
        </label>
        <select
          id={`${id}-engagement`}
          name="engagement"
          className="input"
          defaultValue={filters.engagement ?? ""}
        >
          <option value="">{t("console.kpis.filter.allEngagements")}</option>
          {engagementTypes.map((type) => (
            <option key={type} value={type}>
              {t(`reference.engagement.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-end">
        <button type="submit" className="btn-primary w-full">
          {t("console.filter.apply")}
        </button>
      </div>
    </Form>
  );
}

/** What each number counts, in words (the module comment of kpis.ts says the same). */
export function KpiDefinitions() {
  const t = useT();
  return (
    <section aria-labelledby="kpi-definitions" className="card space-y-3">
      <h2 id="kpi-definitions" className="text-lg font-semibold">
        {t("console.kpis.definitions.title")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm md:grid-cols-[max-content_1fr]">
        {kpiKinds.map((kind) => (
          <div key={kind} className="contents">
            <dt className="font-semibold">{t(`console.kpis.kind.${kind}`)}</dt>
            <dd>{t(`console.kpis.definition.${kind}`)}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="font-semibold">{t("console.kpis.funnel.caption")}</dt>
          <dd>{t("console.kpis.definition.funnel")}</dd>
        </div>
        <div className="contents">
          <dt className="font-semibold">{t("console.kpis.median")}</dt>
          <dd>{t("console.kpis.definition.median")}</dd>
        </div>
        <div className="contents">
          <dt className="font-semibold">{t("console.kpis.definition.breakdownTitle")}</dt>
          <dd>{t("console.kpis.definition.breakdown")}</dd>
        </div>
      </dl>
    </section>
  );
}
