import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import { signedInAdmin } from "./skills-support";
import { contextOptionsFor, type Locale, t } from "./support";

for (const locale of ["ja", "en"] as const satisfies readonly Locale[]) {
  test.describe(`search admin: axe in ${locale}`, () => {
    test.use(contextOptionsFor(locale));

    test("the synonyms pages, with errors and with a group", async ({ page }) => {
      const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
      await signedInAdmin(page, locale);
      const response = await page.goto("/admin/synonyms");
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoViolations(page, "/admin/synonyms");

      // Errors next to the field (sent by the server: the browser check needs JS events).
      const field = page.getByLabel(t(locale, "search.synonyms.terms"));
      await field.fill(`e2e${tag}`);
      await page.getByRole("button", { name: t(locale, "search.synonyms.add") }).click();
      await expect(field).toHaveAttribute("aria-invalid", "true");
      await expectNoViolations(page, "/admin/synonyms (errors)");

      // A group of our own: the list, the reindex state and the edit page.
      await field.fill(`e2e${tag}a\ne2e${tag}b`);
      await page.getByRole("button", { name: t(locale, "search.synonyms.add") }).click();
      const edit = page.getByRole("link", {
        name: t(locale, "search.synonyms.editLabel", { name: `e2e${tag}a` }),
      });
      await expect(edit).toBeVisible();
      await expectNoViolations(page, "/admin/synonyms (with a group)");
      await edit.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(locale, "search.synonyms.editTitle"),
      );
      await expectNoViolations(page, "/admin/synonyms/:id");
      await page.getByRole("button", { name: t(locale, "search.synonyms.delete") }).click();
      await expect(edit).toHaveCount(0);
    });
  });
}
