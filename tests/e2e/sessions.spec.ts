import { expect, test } from "./fixtures";
import {
  expectLoggedInHeader,
  expectLoggedOutHeader,
  fillLogin,
  signedInUser,
  signInFromAnotherBrowser,
  t,
  toast,
  uniquePassword,
} from "./support";

test("“log out everywhere” ends this browser's session and every other one", async ({
  page,
  browser,
}) => {
  const locale = "ja";
  const user = await signedInUser(page, { locale });

  const { context: contextB, page: pageB } = await signInFromAnotherBrowser(browser, user);
  try {
    await pageB.goto("/settings");
    await expect(pageB).toHaveURL(/\/settings$/);

    await page.goto("/settings/sessions");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t(locale, "settings.sessions.title"),
    );
    // Both browsers are listed; this one is marked.
    await expect(page.locator("main li.card")).toHaveCount(2);
    await expect(
      page.getByText(t(locale, "settings.sessions.current"), { exact: true }),
    ).toHaveCount(1);

    await page
      .getByRole("button", { name: t(locale, "settings.sessions.logoutEverywhere") })
      .click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(toast(page, locale, "settings.sessions.loggedOutEverywhere")).toBeVisible();
    await expectLoggedOutHeader(page, locale);
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fsettings$/);

    // B's very next navigation finds its session gone.
    await pageB.goto("/settings");
    await expect(pageB).toHaveURL(/\/login\?redirectTo=%2Fsettings$/);
    await expectLoggedOutHeader(pageB, locale);
  } finally {
    await contextB.close();
  }
});

test("changing the password keeps this session and ends the others", async ({ page, browser }) => {
  const locale = "ja";
  const user = await signedInUser(page, { locale });

  const { context: contextB, page: pageB } = await signInFromAnotherBrowser(browser, user);
  try {
    await page.goto("/settings/password");
    const current = page.getByLabel(t(locale, "field.currentPassword"), { exact: true });
    const next = page.getByLabel(t(locale, "field.newPassword"), { exact: true });
    const confirm = page.getByLabel(t(locale, "field.confirmPassword"), { exact: true });
    const submit = page.getByRole("button", { name: t(locale, "settings.password.submit") });

    // A wrong current password changes nothing (B stays signed in below until the real change).
    const newPassword = uniquePassword();
    await current.fill(`${user.password}-wrong`);
    await next.fill(newPassword);
    await confirm.fill(newPassword);
    await submit.click();
    await expect(page.getByText(t(locale, "settings.password.wrong"))).toBeVisible();
    await pageB.goto("/settings");
    await expect(pageB).toHaveURL(/\/settings$/);

    await current.fill(user.password);
    await next.fill(newPassword);
    await confirm.fill(newPassword);
    await submit.click();
    await expect(toast(page, locale, "settings.password.changed")).toBeVisible();
    await expect(page).toHaveURL(/\/settings\/password$/);

    // This browser is still signed in.
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/settings$/);
    await expectLoggedInHeader(page, user.name, locale);
    await page.goto("/settings/sessions");
    await expect(page.locator("main li.card")).toHaveCount(1);

    // The other one is not.
    await pageB.goto("/settings");
    await expect(pageB).toHaveURL(/\/login\?redirectTo=%2Fsettings$/);
    await fillLogin(pageB, user.email, user.password, locale);
    await expect(pageB.getByRole("alert")).toHaveText(t(locale, "auth.login.invalid"));
    await fillLogin(pageB, user.email, newPassword, locale);
    // Back where the login page was asked to return to.
    await expect(pageB).toHaveURL(/\/settings$/);
  } finally {
    await contextB.close();
  }
});
