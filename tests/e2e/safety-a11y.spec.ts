import { randomBytes } from "node:crypto";
import { expectNoViolations } from "./axe";
import { expect, test } from "./fixtures";
import { createSafetyThread } from "./safety-support";
import { contextOptionsFor, logIn, t, type Locale } from "./support";

for (const locale of ["ja", "en"] as const satisfies readonly Locale[]) {
  test.describe(`safety, axe in ${locale}`, () => {
    test.use(contextOptionsFor(locale));

    test("the thread's safety page, the report form, the moderation queue and a report", async ({
      page,
    }) => {
      const text = `a11y ${locale} ${randomBytes(4).toString("hex")}`;
      const thread = await createSafetyThread(locale, ["最初のメッセージです", text]);
      await logIn(page, thread.pro.email, thread.password, { locale });

      await page.goto(`/messages/${thread.threadId}/safety`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(locale, "safety.title"));
      await expectNoViolations(page, "/messages/:id/safety");

      await page.goto(`/messages/${thread.threadId}`);
      await page
        .getByTestId("message")
        .filter({ hasText: text })
        .getByRole("link", { name: t(locale, "messaging.message.report") })
        .click();
      await expect(page.locator("blockquote")).toHaveText(text);
      await page.getByRole("button", { name: t(locale, "safety.report.submit") }).click();
      await expect(page.getByText(t(locale, "safety.errors.reason"))).toBeVisible();
      await expectNoViolations(page, "/messages/:id/safety?message= (with an error)");
      await page.getByLabel(t(locale, "safety.report.reason.spam")).check();
      await page.getByRole("button", { name: t(locale, "safety.report.submit") }).click();
      await expect(page).toHaveURL(new RegExp(`/messages/${thread.threadId}$`));

      await page.context().clearCookies();
      await logIn(page, thread.admin.email, thread.password, { locale });
      await page.goto("/admin/reports");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(locale, "safety.admin.title"),
      );
      const card = page.getByTestId("report").filter({ hasText: text });
      await expect(card).toBeVisible();
      await expectNoViolations(page, "/admin/reports");

      await card.getByRole("link").click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(locale, "safety.admin.detailTitle"),
      );
      await expectNoViolations(page, "/admin/reports/:id");

      await page.goto("/admin/reports?status=DISMISSED&page=999");
      await expect(page.getByText(t(locale, "safety.admin.empty"))).toBeVisible();
      await expectNoViolations(page, "/admin/reports (empty)");
    });
  });
}
