import { expect, test } from "./fixtures";
import { emailQueued, expectBell, notifyUser, type TestEvent } from "./notifications-support";
import {
  contextOptionsFor,
  linkIn,
  readLatestMail,
  signedInUser,
  t,
  toast,
  type Locale,
} from "./support";

const locale: Locale = "ja";
const scout: TestEvent = {
  kind: "match.scouted",
  href: "/challenges",
  params: { challengeTitle: "EC立ち上げ支援", partyName: "信州精密工業" },
};
const stage: TestEvent = {
  kind: "match.stage",
  href: "/profile",
  params: {
    challengeTitle: "基幹システム刷新のPM",
    partyName: "安曇野リゾートホテル",
    stage: "TALKING",
  },
};
const accepted: TestEvent = {
  kind: "match.accepted",
  href: "/settings",
  params: { challengeTitle: "販路開拓", partyName: "土佐ゆず食品" },
};
const textOf = (event: TestEvent) =>
  t(locale, `notifications.kind.${event.kind}`, {
    challengeTitle: event.params.challengeTitle ?? "",
    partyName: event.params.partyName ?? "",
    stage: event.params.stage ? t(locale, `notifications.stage.TALKING`) : "",
  });

test.describe("notifications", () => {
  test.use(contextOptionsFor(locale));

  test("bell count, open, mark read, mark all, email, settings that stick", async ({ page }) => {
    const user = await signedInUser(page, { locale });
    await page.goto("/");
    await expectBell(page, locale, 0);

    await notifyUser(user.email, [scout, stage, accepted]);
    await page.reload();
    await expectBell(page, locale, 3);

    // The email went out through the outbox, with the page's link and the settings link.
    const mail = await readLatestMail(page, user.email, { subject: textOf(scout) });
    expect(mail.text).toContain(t(locale, "notifications.email.action"));
    expect(mail.text).toContain("通知設定を変更する");
    expect(linkIn(mail, "/challenges")).toBe("/challenges");

    await page.goto("/");
    await page
      .getByRole("banner")
      .getByRole("link", { name: /^通知 3件未読$/ })
      .click();
    await expect(page).toHaveURL(/\/notifications$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t(locale, "notifications.title"),
    );
    const items = page.getByRole("main").getByRole("listitem");
    await expect(items).toHaveCount(3);
    // Unread entries say so to screen readers (the button's name starts with 未読).
    const openScout = page.getByRole("button", {
      name: `${t(locale, "notifications.unread")}: ${textOf(scout)}`,
    });
    await expect(openScout).toBeVisible();

    // Opening one goes to its page and marks it read; the bell counts down.
    await openScout.click();
    await expect(page).toHaveURL(/\/challenges$/);
    await expectBell(page, locale, 2);

    // "Mark as read" on one entry, without leaving the page.
    await page.goto("/notifications");
    await expect(page.getByRole("button", { name: textOf(scout), exact: true })).toBeVisible();
    await page
      .getByRole("button", {
        name: t(locale, "notifications.markReadLabel", { text: textOf(stage) }),
      })
      .click();
    await expect(page.locator('[data-read="false"]')).toHaveCount(1);
    await expectBell(page, locale, 1);
    await expect(page).toHaveURL(/\/notifications$/);

    await page.getByRole("button", { name: t(locale, "notifications.markAllRead") }).click();
    await expect(page.locator('[data-read="false"]')).toHaveCount(0);
    await expectBell(page, locale, 0);
    await expect(page.getByTestId("notifications-unread")).toHaveText(
      t(locale, "notifications.unreadCount", { count: 0 }),
    );

    // Settings: email off for scouts, everything off for stage changes; it sticks.
    await page.getByRole("link", { name: t(locale, "notifications.settingsLink") }).click();
    await expect(page).toHaveURL(/\/settings\/notifications$/);
    const box = (kind: "match.scouted" | "match.stage", channel: "inApp" | "email") =>
      page.getByRole("checkbox", {
        name: t(locale, "notifications.settings.checkbox", {
          kind: t(locale, `notifications.kindLabel.${kind}`),
          channel: t(locale, `notifications.settings.${channel}`),
        }),
      });
    await expect(box("match.scouted", "email")).toBeChecked();
    await box("match.scouted", "email").uncheck();
    await box("match.stage", "inApp").uncheck();
    await box("match.stage", "email").uncheck();
    await page.getByRole("button", { name: t(locale, "notifications.settings.submit") }).click();
    await expect(toast(page, locale, "notifications.toast.settingsSaved")).toBeVisible();
    await page.reload();
    await expect(box("match.scouted", "email")).not.toBeChecked();
    await expect(box("match.scouted", "inApp")).toBeChecked();
    await expect(box("match.stage", "inApp")).not.toBeChecked();
    await expect(box("match.stage", "email")).not.toBeChecked();

    // New events follow the settings: a scout shows under the bell but sends no mail,
    // a stage change does neither.
    const [scoutId, stageId] = await notifyUser(user.email, [scout, stage]);
    expect(emailQueued(scoutId!, user.email)).toBe(false);
    expect(emailQueued(stageId!, user.email)).toBe(false);
    await page.goto("/notifications");
    await expectBell(page, locale, 1);
    await expect(page.locator('[data-read="false"]')).toHaveCount(1);
  });

  test("works without JavaScript: open, mark read, mark all, settings", async ({ browser }) => {
    const context = await browser.newContext({
      ...contextOptionsFor(locale),
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    try {
      const user = await signedInUser(page, { locale });
      await notifyUser(user.email, [scout, stage, accepted]);
      await page.goto("/notifications");
      await expectBell(page, locale, 3);

      await page
        .getByRole("button", { name: `${t(locale, "notifications.unread")}: ${textOf(accepted)}` })
        .click();
      await expect(page).toHaveURL(/\/settings$/);
      await expectBell(page, locale, 2);

      await page.goto("/notifications");
      await page
        .getByRole("button", {
          name: t(locale, "notifications.markReadLabel", { text: textOf(stage) }),
        })
        .click();
      await expect(page).toHaveURL(/\/notifications$/);
      await expectBell(page, locale, 1);

      await page.getByRole("button", { name: t(locale, "notifications.markAllRead") }).click();
      await expect(toast(page, locale, "notifications.toast.allRead")).toBeVisible();
      await expectBell(page, locale, 0);

      await page.goto("/settings/notifications");
      const reviewEmail = page.getByRole("checkbox", {
        name: t(locale, "notifications.settings.checkbox", {
          kind: t(locale, "notifications.kindLabel.match.review"),
          channel: t(locale, "notifications.settings.email"),
        }),
      });
      await reviewEmail.uncheck();
      await page.getByRole("button", { name: t(locale, "notifications.settings.submit") }).click();
      await expect(page).toHaveURL(/\/settings\/notifications$/);
      await expect(reviewEmail).not.toBeChecked();
    } finally {
      await context.close();
    }
  });
});
