/**
 * The console's CSV downloads, Excel-ready for Japan: the writer of challenges/csv.ts
 * (UTF-8 with a BOM, CRLF line ends, fields quoted when needed, formula injection
 * neutralised), headers and labels in the viewer's language.
 *
 * /console/kpis.csv?table=months (default): one row per month of the range, a column per
 * KPI, then a total row. table=prefectures | categories | engagements: the breakdowns, one
 * row per prefecture / category / engagement type (a challenge with several engagement
 * types counts under each). /console/matches.csv: one row per match.
 */
import type { Locale } from "~/lib/i18n/locales";
import { getTranslator } from "~/lib/i18n/translate";
import { toCsv, type CsvValue } from "~/modules/challenges/csv";
import { prefectureName } from "~/modules/reference/prefectures";
import { kpiKinds, type KpiCounts, type KpiTable } from "./kpis";

export { toCsv };

export const kpiCsvTables = ["months", "prefectures", "categories", "engagements"] as const;
export type KpiCsvTable = (typeof kpiCsvTables)[number];

/** A KPI table as CSV: the first column names the row, then one column per KPI. */
export function kpiTableCsv(
  table: KpiCsvTable,
  rows: KpiTable<string>,
  total: KpiCounts,
  locale: Locale,
): string {
  const t = getTranslator(locale);
  const firstColumn = t(`console.kpis.dimension.${table}`);
  const header = [firstColumn, ...kpiKinds.map((kind) => t(`console.kpis.kind.${kind}`))];
  const label = (key: string) => {
    if (table === "months") return key;
    if (table === "prefectures") return prefectureName(key, locale);
    if (table === "categories") {
      return key === "NONE"
        ? t("console.kpis.noChallenge")
        : t(`reference.category.${key as "OTHER"}`);
    }
    return t(`reference.engagement.${key as "CONTRACT"}`);
  };
  const body: CsvValue[][] = rows.map((row) => [
    label(row.key),
    ...kpiKinds.map((kind) => row.counts[kind]),
  ]);
  // The engagement breakdown counts a challenge under each of its types: no total row.
  if (table !== "engagements") {
    body.push([t("console.kpis.total"), ...kpiKinds.map((kind) => total[kind])]);
  }
  return toCsv(header, body);
}

export type MatchCsvRow = {
  id: string;
  challengeTitle: string;
  companyName: string;
  prefectureCode: string;
  category: string;
  source: string;
  stage: string;
  createdOn: string;
  contractedOn: string | null;
  completedOn: string | null;
  subsidyScheme: string | null;
  introducedBy: string | null;
  /** the name when disclosed, otherwise the anonymous summary */
  professional: string;
};

export const matchCsvColumns = [
  "id",
  "challenge",
  "company",
  "prefecture",
  "category",
  "professional",
  "source",
  "stage",
  "created",
  "contracted",
  "completed",
  "subsidy",
  "introducedBy",
] as const;

export function matchesCsv(rows: readonly MatchCsvRow[], locale: Locale): string {
  const t = getTranslator(locale);
  const header = matchCsvColumns.map((column) => t(`console.csv.matches.${column}`));
  const body: CsvValue[][] = rows.map((row) => [
    row.id,
    row.challengeTitle,
    row.companyName,
    prefectureName(row.prefectureCode, locale),
    t(`reference.category.${row.category as "OTHER"}`),
    row.professional,
    t(`matches.source.${row.source as "APPLICATION"}`),
    t(`matches.stage.${row.stage as "TALKING"}`),
    row.createdOn,
    row.contractedOn,
    row.completedOn,
    row.subsidyScheme,
    row.introducedBy,
  ]);
  return toCsv(header, body);
}

/** A CSV download: attachment with a dated name, never cached. */
export function csvResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
