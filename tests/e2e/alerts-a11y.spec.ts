import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import { ageSavedSearch, saveSearch, sendDigests, unsubscribeLinkIn } from "./alerts-support";
import { contextOptionsFor, readLatestMail, signedInUser, t, type Locale } from "./support";

for (const locale of ["ja", "en"] as const satisfies readonly Locale[]) {
  test.describe(`saved searches, axe in ${locale}`, () => {
    test.use(contextOptionsFor(locale));

    test("/searches empty and filled, the unsubscribe page before and after", async ({ page }) => {
      const user = await signedInUser(page, { locale });
      await page.goto("/searches");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByText(t(locale, "alerts.empty"))).toBeVisible();
      await expectNoViolations(page, "/searches (empty)");

      await page.goto("/challenges?q=DX");
      await page
        .locator("details")
        .filter({ hasText: t(locale, "alerts.save.legend") })
        .locator("summary")
        .click();
      await expectNoViolations(page, "the open save form");
      const name = `a11y ${locale} ${randomBytes(3).toString("hex")}`;
      await saveSearch(page, locale, { name, frequency: "DAILY" });
      await expect(
        page.getByRole("status").filter({ hasText: t(locale, "alerts.save.saved") }),
      ).toBeVisible();

      await page.goto("/searches");
      await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
      await expectNoViolations(page, "/searches");

      // A rename refused by the server shows its error next to the field.
      const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) });
      await item.getByLabel(t(locale, "alerts.field.name")).fill(" ");
      await item.getByRole("button", { name: t(locale, "alerts.rename") }).click();
      await expect(item.getByText(t(locale, "alerts.errors.name"))).toBeVisible();
      await expectNoViolations(page, "/searches with an error");

      ageSavedSearch(name, 60);
      await sendDigests();
      const mail = await readLatestMail(page, user.email, { subject: name });
      const link = unsubscribeLinkIn(mail);
      await page.goto(link);
      await expectNoViolations(page, "the unsubscribe page");
      await page.getByRole("button", { name: t(locale, "alerts.unsubscribe.submit") }).click();
      await expect(
        page
          .getByRole("status")
          .filter({ hasText: t(locale, "alerts.unsubscribe.done", { name }) }),
      ).toBeVisible();
      await expectNoViolations(page, "the unsubscribe page, done");

      await page.goto("/unsubscribe/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
      await expect(page.getByText(t(locale, "alerts.unsubscribe.notFound"))).toBeVisible();
      await expectNoViolations(page, "the unsubscribe page, unknown link");
    });
  });
}
