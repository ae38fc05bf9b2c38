import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import { expectBell, notifyUser } from "./notifications-support";
import { contextOptionsFor, signedInUser, t, type Locale } from "./support";

for (const locale of ["ja", "en"] as const satisfies readonly Locale[]) {
  test.describe(`notifications, axe in ${locale}`, () => {
    test.use(contextOptionsFor(locale));

    test("/notifications empty and filled, the bell, /settings/notifications", async ({ page }) => {
      const user = await signedInUser(page, { locale });
      await page.goto("/notifications");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByText(t(locale, "notifications.empty"))).toBeVisible();
      await expectNoViolations(page, "/notifications (empty)");

      await notifyUser(user.email, [
        {
          kind: "match.applied",
          href: "/challenges",
          params: { challengeTitle: "Webマーケティング強化", partyName: "Emma Carter" },
        },
        {
          kind: "match.ended",
          href: "/challenges",
          params: {
            challengeTitle: "新工場の立ち上げ",
            partyName: "信州精密工業",
            outcome: "DECLINED",
          },
        },
      ]);
      await page.goto("/notifications");
      await expectBell(page, locale, 2);
      await page
        // The entry's own button ("既読にする: …"), not "すべて既読にする".
        .getByRole("button", {
          name: t(locale, "notifications.markReadLabel", { text: "" }).trim(),
        })
        .first()
        .click();
      await expect(page.locator('[data-read="false"]')).toHaveCount(1);
      await expectBell(page, locale, 1);
      await expectNoViolations(page, "/notifications (read and unread)");

      await page.goto("/settings/notifications");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(locale, "notifications.settings.title"),
      );
      await expectNoViolations(page, "/settings/notifications");
    });
  });
}
