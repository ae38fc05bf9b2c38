import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import { monthInJapan } from "./console-kpis-support";
import { signedInAdmin } from "./skills-support";
import { contextOptionsFor, DEMO_PASSWORD, demoAccounts, logIn, t, type Locale } from "./support";

/**
 * axe on the pipeline, KPI, report and audit pages: in Japanese as the Nagano coordinator
 * (and the demo admin for the audit log), in English as an English admin of our own (the
 * account's language wins, and the demo accounts are Japanese and shared).
 */
async function visit(page: Page, locale: Locale, path: string, heading: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
  await expectNoViolations(page, path);
}

async function pages(page: Page, locale: Locale) {
  await visit(page, locale, "/console/pipeline", t(locale, "console.pipeline.title"));
  await page.locator("main details > summary").first().click();
  await expectNoViolations(page, "/console/pipeline with the ended matches open");
  await visit(page, locale, "/console/kpis", t(locale, "console.kpis.title"));
  await visit(page, locale, "/console/reports", t(locale, "console.reports.title"));
  const month = monthInJapan();
  await visit(
    page,
    locale,
    `/console/reports/${month}`,
    t(locale, "console.reports.heading", { month: "" }).trim(),
  );
}

test.describe("axe in ja", () => {
  test.use(contextOptionsFor("ja"));

  test("the coordinator's pipeline, KPIs and reports", async ({ page }) => {
    await logIn(page, demoAccounts.coordinatorNagano.email, DEMO_PASSWORD);
    await pages(page, "ja");
  });

  test("the admin's audit log", async ({ page }) => {
    await logIn(page, demoAccounts.admin.email, DEMO_PASSWORD);
    await visit(page, "ja", "/admin/audit?role=STAFF", t("ja", "admin.audit.title"));
  });
});

test.describe("axe in en", () => {
  test.use(contextOptionsFor("en"));

  test("pipeline, KPIs, reports and the audit log", async ({ page }) => {
    await signedInAdmin(page, "en");
    await pages(page, "en");
    await visit(page, "en", "/admin/audit", t("en", "admin.audit.title"));
  });
});
