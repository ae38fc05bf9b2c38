import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import { contextOptionsFor, type Locale, signedInUser, t } from "./support";

/** axe (WCAG 2.1 AA) on the search pages, with results, facets and errors, in both languages. */

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(200);
}

for (const locale of ["ja", "en"] as const satisfies readonly Locale[]) {
  test.describe(`discovery: axe in ${locale}`, () => {
    test.use(contextOptionsFor(locale));

    test("/challenges with results, facets, chips, suggestions and errors", async ({ page }) => {
      await visit(page, "/challenges");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("article").first()).toBeVisible();
      await expect(
        page.getByRole("group", { name: t(locale, "discovery.filters.category") }),
      ).toBeVisible();
      await expectNoViolations(page, "/challenges");

      await visit(page, "/challenges?q=DX&region=chubu&remote=1&payMin=100000&sort=deadline");
      await expect(page.getByRole("article").first()).toBeVisible();
      await expect(page.locator("article mark").first()).toBeVisible();
      await expectNoViolations(page, "/challenges with keywords and filters");

      const box = page.getByRole("combobox", { name: t(locale, "discovery.search.label") });
      await box.fill("");
      await box.pressSequentially("販路", { delay: 30 });
      await expect(
        page.getByRole("listbox", { name: t(locale, "discovery.search.suggestions") }),
      ).toBeVisible();
      await page.keyboard.press("ArrowDown");
      await expectNoViolations(page, "/challenges with suggestions open");

      await visit(page, "/challenges?pref=99&payMin=abc&q=zzzzqqqq");
      await expect(page.getByRole("alert")).toBeVisible();
      await expectNoViolations(page, "/challenges with errors and no results");
    });

    test("/challenges on a phone: the filters fold into a disclosure", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await visit(page, "/challenges?q=DX");
      const summary = page.getByText(t(locale, "discovery.filters.title"), { exact: true });
      await expect(summary).toBeVisible();
      const category = page.getByRole("group", { name: t(locale, "discovery.filters.category") });
      await expect(category).toBeHidden();
      await summary.click();
      await expect(category).toBeVisible();
      await expectNoViolations(page, "/challenges on a phone");
    });

    test("/pros as a company member", async ({ page }) => {
      await signedInUser(page, { locale, role: "COMPANY_MEMBER" });
      await visit(page, "/pros");
      await expect(page.getByRole("article").first()).toBeVisible();
      await expectNoViolations(page, "/pros");
      await visit(page, "/pros?region=kanto&tie=1&hoursMin=10&sort=available&q=Python");
      await expectNoViolations(page, "/pros with filters");
    });
  });
}
