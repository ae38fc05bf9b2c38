import { expect, test } from "./fixtures";
import { monthInJapan, readKpiCsv, readKpiPage } from "./console-kpis-support";
import { DEMO_PASSWORD, demoAccounts, logIn, t } from "./support";

/**
 * The KPI page of the Nagano coordinator on the demo data: charts that are images with a
 * name and a table beside them, totals that the CSV repeats, and the monthly report.
 */
test("the KPI page: charts with their tables, filters, and the same numbers in the CSV", async ({
  page,
}) => {
  await logIn(page, demoAccounts.coordinatorNagano.email, DEMO_PASSWORD);
  const month = monthInJapan();
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  const from = new Date(Date.UTC(year, monthNumber - 12, 1)).toISOString().slice(0, 7);
  const query = `from=${from}&to=${month}`;
  const totals = await readKpiPage(page, query);
  expect(totals.consultations, "the demo's Nagano consultations").toBeGreaterThan(0);
  expect(totals.contracts, "the demo's Nagano contracts").toBeGreaterThan(0);

  const kpi = t("ja", "console.kpis.kind.consultations");
  const chart = page.getByRole("img", { name: t("ja", "console.kpis.chartCaption", { kpi }) });
  await expect(chart).toBeVisible();
  const figure = page.getByRole("figure", { name: t("ja", "console.kpis.chartCaption", { kpi }) });
  const table = figure.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(13); // the header and 12 months
  await expect(page.getByTestId("funnel-table")).toBeVisible();
  await expect(
    page.getByRole("heading", { name: t("ja", "console.kpis.definitions.title") }),
  ).toBeVisible();

  const csv = await readKpiCsv(page, query);
  expect(csv.totals).toEqual(totals);
  expect(csv.rows).toHaveLength(13); // 12 months and the total

  // Another region's prefecture shows nothing to a Nagano coordinator.
  expect(await readKpiPage(page, `${query}&prefecture=39`)).toEqual({
    consultations: 0,
    introductions: 0,
    contracts: 0,
  });
  expect((await readKpiCsv(page, `${query}&prefecture=39`)).totals).toEqual({
    consultations: 0,
    introductions: 0,
    contracts: 0,
  });

  // The filter form keeps the range in the address.
  await page.goto("/console/kpis");
  await page
    .getByRole("combobox", { name: t("ja", "console.filter.category"), exact: true })
    .selectOption("DX_IT");
  await page.getByRole("button", { name: t("ja", "console.filter.apply") }).click();
  await expect(page).toHaveURL(/category=DX_IT/);
});

test("the monthly report prints without the site's navigation", async ({ page }) => {
  await logIn(page, demoAccounts.coordinatorNagano.email, DEMO_PASSWORD);
  await page.goto("/console/reports");
  await page.getByRole("button", { name: t("ja", "console.reports.open") }).click();
  const month = monthInJapan();
  await expect(page).toHaveURL(new RegExp(`/console/reports/${month}$`));
  await expect(page.getByRole("button", { name: t("ja", "console.reports.print") })).toBeVisible();
  await expect(page.getByTestId("report-kpis")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: t("ja", "console.reports.print") })).toBeHidden();
  await expect(page.getByTestId("report-kpis")).toBeVisible();
});
