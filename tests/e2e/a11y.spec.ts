import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import {
  contextOptionsFor,
  DEMO_PASSWORD,
  demoAccounts,
  linkIn,
  type Locale,
  logIn,
  readLatestMail,
  sameOriginHeaders,
  signedInUser,
  signUpByRequest,
  t,
  toast,
  uniqueEmail,
  uniquePassword,
} from "./support";

async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(status);
}

const publicPages: { path: string; status?: number }[] = [
  { path: "/" },
  { path: "/login" },
  { path: "/signup" },
  { path: "/verify-email" },
  { path: "/verify-email?token=bogus" },
  { path: "/forgot-password" },
  { path: "/reset-password?token=bogus" },
  { path: "/terms" },
  { path: "/privacy" },
  { path: "/this-page-does-not-exist", status: 404 },
  { path: "/dev/mailbox" },
];

for (const locale of ["ja", "en"] as const satisfies readonly Locale[]) {
  test.describe(`axe in ${locale}`, () => {
    test.use(contextOptionsFor(locale));

    for (const { path, status } of publicPages) {
      test(`public page ${path}`, async ({ page }) => {
        await visit(page, path, status);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoViolations(page, path);
      });
    }

    test("pages reached from mail: a mailbox message, the confirm page, the reset form", async ({
      page,
    }) => {
      const email = uniqueEmail(`a11y-${locale}`);
      const password = uniquePassword();
      await signUpByRequest(page, { email, password, name: "A11y", locale });
      const verifyMail = await readLatestMail(page, email);
      await expectNoViolations(page, "a mailbox message");
      await expect(page.locator("iframe[sandbox]")).toHaveAttribute(
        "title",
        t(locale, "devMailbox.htmlVersion"),
      );

      await visit(page, linkIn(verifyMail, "/verify-email"));
      await expect(
        page.getByRole("button", { name: t(locale, "auth.verify.confirm") }),
      ).toBeVisible();
      await expectNoViolations(page, "the email confirmation page");
      await page.getByRole("button", { name: t(locale, "auth.verify.confirm") }).click();
      await expect(page).toHaveURL(/\/login$/);
      await expectNoViolations(page, "the login page with a toast");

      const reset = await page.request.post("/forgot-password", {
        form: { email },
        headers: sameOriginHeaders(locale),
      });
      expect(reset.status()).toBe(200);
      const resetMail = await readLatestMail(page, email, {
        subject: t(locale, "email.reset.subject"),
      });
      await visit(page, linkIn(resetMail, "/reset-password"));
      await expect(page.getByLabel(t(locale, "field.newPassword"), { exact: true })).toBeVisible();
      await expectNoViolations(page, "the reset-password form");
    });

    test("signed-in pages: settings", async ({ page }) => {
      await signedInUser(page, { locale });
      await expectNoViolations(page, "the signed-in home page");
      for (const path of [
        "/settings",
        "/settings/email",
        "/settings/password",
        "/settings/sessions",
      ]) {
        await visit(page, path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expectNoViolations(page, path);
      }
      // A form showing server-side errors.
      await visit(page, "/settings/password");
      await page
        .getByLabel(t(locale, "field.currentPassword"), { exact: true })
        .fill("not-my-password");
      await page.getByLabel(t(locale, "field.newPassword"), { exact: true }).fill("short");
      await page.getByLabel(t(locale, "field.confirmPassword"), { exact: true }).fill("different");
      await page.getByRole("button", { name: t(locale, "settings.password.submit") }).click();
      await expect(page.getByText(t(locale, "form.password.tooShort"))).toBeVisible();
      await expectNoViolations(page, "/settings/password with errors");
    });

    test("admin pages (as an admin invited with this language)", async ({ page }) => {
      // The account's language wins over the browser's, and the demo admin is shared by
      // every test: invite an admin of our own in this language instead of switching it.
      const admin = demoAccounts.admin;
      // The login page is in the browser's language; once signed in, in the admin's.
      await logIn(page, admin.email, DEMO_PASSWORD, { locale });
      await visit(page, "/admin/users");
      const invitee = {
        name: `Admin ${locale}`,
        email: uniqueEmail(`admin-${locale}`),
        password: uniquePassword(),
      };
      await page.getByLabel(t(admin.locale, "field.name"), { exact: true }).fill(invitee.name);
      await page.getByLabel(t(admin.locale, "field.email"), { exact: true }).fill(invitee.email);
      await page
        .getByRole("combobox", { name: t(admin.locale, "field.role"), exact: true })
        .selectOption("ADMIN");
      await page
        .getByRole("combobox", { name: t(admin.locale, "field.language"), exact: true })
        .selectOption(locale);
      await page.getByRole("button", { name: t(admin.locale, "admin.users.create") }).click();
      await expect(toast(page, admin.locale, "admin.users.invited")).toBeVisible();
      await expect(page.getByRole("cell", { name: invitee.email, exact: true })).toBeVisible();
      await page
        .getByRole("banner")
        .getByRole("button", { name: t(admin.locale, "nav.logout") })
        .click();
      await expect(page).toHaveURL(/\/$/);

      const invite = await readLatestMail(page, invitee.email, {
        subject: t(locale, "email.invite.subject"),
      });
      await visit(page, linkIn(invite, "/reset-password"));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(locale, "auth.reset.inviteTitle"),
      );
      await expectNoViolations(page, "the invitation's choose-a-password page");
      await page.getByLabel(t(locale, "field.newPassword"), { exact: true }).fill(invitee.password);
      await page
        .getByLabel(t(locale, "field.confirmPassword"), { exact: true })
        .fill(invitee.password);
      await page.getByRole("button", { name: t(locale, "auth.reset.submit") }).click();
      await expect(toast(page, locale, "auth.reset.inviteDone")).toBeVisible();

      await logIn(page, invitee.email, invitee.password, { locale });
      for (const path of ["/admin/users", "/admin/audit"]) {
        await visit(page, path);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("table")).toBeVisible();
        await expectNoViolations(page, path);
      }
    });

    test("forms showing errors: empty sign-up (JS validation) and a failed login", async ({
      page,
    }) => {
      await visit(page, "/signup");
      await page.getByRole("button", { name: t(locale, "auth.signup.submit") }).click();
      await expect(page.getByText(t(locale, "form.terms.required"))).toBeVisible();
      await expect(page.getByLabel(t(locale, "field.email"), { exact: true })).toHaveAttribute(
        "aria-invalid",
        "true",
      );
      await expect(page).toHaveURL(/\/signup$/);
      await expectNoViolations(page, "the empty sign-up form after submit");

      await visit(page, "/login");
      await page.getByLabel(t(locale, "field.email"), { exact: true }).fill(uniqueEmail("nobody"));
      await page.getByLabel(t(locale, "field.password"), { exact: true }).fill("wrong-password");
      await page.getByRole("button", { name: t(locale, "auth.login.submit"), exact: true }).click();
      await expect(page.getByRole("alert")).toHaveText(t(locale, "auth.login.invalid"));
      await expectNoViolations(page, "the login form after a failed attempt");
    });
  });
}

test.describe("keyboard", () => {
  async function expectVisibleFocus(page: Page) {
    const focused = page.locator(":focus");
    await expect(focused).toBeVisible();
    const outline = await focused.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        style: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        shadow: style.boxShadow,
      };
    });
    expect(
      (outline.style !== "none" && outline.width > 0) || outline.shadow !== "none",
      `a focus indicator on the focused element: ${JSON.stringify(outline)}`,
    ).toBe(true);
  }

  test("login: the skip link is the first Tab stop, then email, password and submit in order", async ({
    page,
  }) => {
    await visit(page, "/login");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: t("ja", "nav.skipToContent") });
    await expect(skip).toBeFocused();
    await expectVisibleFocus(page);

    const email = page.getByLabel(t("ja", "field.email"), { exact: true });
    const password = page.getByLabel(t("ja", "field.password"), { exact: true });
    const submit = page.getByRole("button", { name: t("ja", "auth.login.submit"), exact: true });
    let presses = 0;
    while (!(await email.evaluate((element) => element === document.activeElement))) {
      expect(++presses, "Tab reaches the email field").toBeLessThan(30);
      await page.keyboard.press("Tab");
    }
    await expectVisibleFocus(page);
    await page.keyboard.press("Tab");
    await expect(password).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.press("Tab");
    await expect(submit).toBeFocused();
    await expectVisibleFocus(page);

    // And the form works from the keyboard alone.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(email).toBeFocused();
    await page.keyboard.type("nobody@e2e.example");
    await page.keyboard.press("Tab");
    await page.keyboard.type("wrong-password");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alert")).toHaveText(t("ja", "auth.login.invalid"));
  });

  test("the skip link moves focus to the main content", async ({ page }) => {
    await visit(page, "/signup");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: t("ja", "nav.skipToContent") })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
    // The next Tab continues inside the main content, past the header.
    await page.keyboard.press("Tab");
    const inMain = await page.evaluate(() => document.activeElement?.closest("main") !== null);
    expect(inMain, "focus continues inside <main>").toBe(true);
  });
});
