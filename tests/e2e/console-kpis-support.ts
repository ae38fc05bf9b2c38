/**
 * Reading the KPI page and its CSV in the browser tests: the page's totals (by their
 * data-kpi-total cells) and the CSV's total row, checked to be Excel-ready (BOM, CRLF).
 */
import type { Page } from "@playwright/test";
import { parseCsv } from "../../app/modules/imports/csv";
import { expect } from "./fixtures";
import { t, type Locale } from "./support";

export type KpiTotals = { consultations: number; introductions: number; contracts: number };

/** The current month in Japan, as YYYY-MM (the KPI page's months are Japan's). */
export function monthInJapan(now = new Date()) {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 7);
}

function count(text: string | null) {
  const value = Number((text ?? "").replace(/[^\d]/g, ""));
  expect(Number.isFinite(value), `a count, not "${text}"`).toBe(true);
  return value;
}

/** The KPI page's totals for `query` (e.g. "from=2026-05&to=2026-05&prefecture=20"). */
export async function readKpiPage(page: Page, query: string, locale: Locale = "ja") {
  await page.goto(`/console/kpis?${query}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(locale, "console.kpis.title"));
  const total = (kind: string) => page.locator(`[data-kpi-total="${kind}"]`).textContent();
  return {
    consultations: count(await total("consultations")),
    introductions: count(await total("introductions")),
    contracts: count(await total("contracts")),
  } satisfies KpiTotals;
}

/** The monthly KPI CSV for `query`, parsed after checking its BOM and CRLF line ends. */
export async function readKpiCsv(page: Page, query: string) {
  const response = await page.request.get(`/console/kpis.csv?${query}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="kpis-/);
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)], "a UTF-8 byte order mark").toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  expect(text.endsWith("\r\n"), "CRLF after the last record").toBe(true);
  expect(text.replaceAll("\r\n", ""), "no bare CR or LF between records").not.toMatch(/[\r\n]/);
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`the KPI CSV does not parse (row ${parsed.row})`);
  const [header, ...rows] = parsed.records.map((record) => record.cells);
  const column = (key: "consultations" | "introductions" | "contracts") => {
    const index = header!.indexOf(t("ja", `console.kpis.kind.${key}`));
    expect(index, `a ${key} column in ${header!.join(",")}`).toBeGreaterThan(0);
    return index;
  };
  const totalRow = rows.at(-1)!;
  expect(totalRow[0]).toBe(t("ja", "console.kpis.total"));
  return {
    header: header!,
    rows,
    totals: {
      consultations: Number(totalRow[column("consultations")]),
      introductions: Number(totalRow[column("introductions")]),
      contracts: Number(totalRow[column("contracts")]),
    } satisfies KpiTotals,
  };
}

/** The KPI page's and the CSV's totals for `query`, which must agree. */
export async function kpiSnapshot(page: Page, query: string) {
  const shown = await readKpiPage(page, query);
  const { totals } = await readKpiCsv(page, query);
  expect(totals, `the CSV repeats the page's totals for ${query}`).toEqual(shown);
  return shown;
}

/** The row of the matches CSV (parsed after the same checks) whose challenge is `title`. */
export async function matchCsvRow(page: Page, title: string) {
  const response = await page.request.get("/console/matches.csv");
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  expect(text.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`the matches CSV does not parse (row ${parsed.row})`);
  const [header, ...rows] = parsed.records.map((record) => record.cells);
  const column = (key: "challenge" | "professional" | "source" | "stage" | "contracted") =>
    header!.indexOf(t("ja", `console.csv.matches.${key}`));
  const found = rows.filter((row) => row[column("challenge")] === title);
  expect(found, `one row for "${title}" in /console/matches.csv`).toHaveLength(1);
  const row = found[0]!;
  return {
    professional: row[column("professional")],
    source: row[column("source")],
    stage: row[column("stage")],
    contracted: row[column("contracted")],
  };
}
