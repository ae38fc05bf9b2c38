import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import { signedInAdmin } from "./skills-support";
import { contextOptionsFor, type Locale, t } from "./support";

async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(200);
}

for (const locale of ["ja", "en"] as const satisfies readonly Locale[]) {
  test.describe(`skills: axe in ${locale}`, () => {
    test.use(contextOptionsFor(locale));

    test("the taxonomy editor's pages", async ({ page }) => {
      await signedInAdmin(page, locale);
      await visit(page, "/admin/skills");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("table")).toBeVisible();
      await expectNoViolations(page, "/admin/skills");

      await visit(page, "/admin/skills?q=seo&group=marketing");
      await expectNoViolations(page, "/admin/skills (filtered)");

      await visit(page, "/admin/skills?page=2");
      await expect(
        page.getByRole("navigation", { name: t(locale, "skills.admin.pagination") }),
      ).toBeVisible();
      await expectNoViolations(page, "/admin/skills (page 2)");

      await visit(page, "/admin/skills/new");
      await page.getByRole("button", { name: t(locale, "skills.new.submit") }).click();
      await expect(page.getByLabel(t(locale, "skills.field.slug"))).toHaveAttribute(
        "aria-invalid",
        "true",
      );
      await expectNoViolations(page, "/admin/skills/new with errors");

      const name = locale === "ja" ? "Webマーケティング" : "Web marketing";
      await visit(page, "/admin/skills?q=web-marketing");
      await page.getByRole("link", { name: t(locale, "skills.admin.editLabel", { name }) }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(locale, "skills.edit.title"),
      );
      await expectNoViolations(page, "/admin/skills/:id");

      await page
        .getByRole("link", { name: t(locale, "skills.admin.deleteLabel", { name }) })
        .click();
      await expect(
        page.getByRole("heading", { name: t(locale, "skills.delete.question", { name }) }),
      ).toBeVisible();
      await expectNoViolations(page, "/admin/skills/:id/delete");
    });
  });
}
