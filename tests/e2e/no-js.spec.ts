import { expect, test } from "./fixtures";
import {
  contextOptionsFor,
  expectLoggedInHeader,
  expectLoggedOutHeader,
  fillLogin,
  fillSignup,
  header,
  headerName,
  linkIn,
  readLatestMail,
  signUpAndVerify,
  t,
  toast,
  uniqueEmail,
  uniquePassword,
} from "./support";

// Every form must work as a plain HTML form: the browser runs no script at all.
test.use({ javaScriptEnabled: false });

test("without JavaScript: sign up, verify, log in (a wrong password first), log out", async ({
  page,
}) => {
  const locale = "ja";
  const email = uniqueEmail("nojs");
  const password = uniquePassword();
  const name = "スクリプト 無し子";

  await page.goto("/signup");
  // The app's scripts really did not run (the router is what hydration creates).
  expect(await page.evaluate(() => "__remixRouter" in window).catch(() => false)).toBe(false);
  await fillSignup(page, { role: "PROFESSIONAL", name, email, password }, locale);
  await expect(page).toHaveURL(/\/verify-email\?sent=1$/);
  await expect(page.getByText(t(locale, "auth.verify.sent"))).toBeVisible();

  const mail = await readLatestMail(page, email, { subject: t(locale, "email.verify.subject") });
  // The link in the mailbox is a real link.
  await page.getByTestId("mail-text").getByRole("link").first().click();
  await expect(page).toHaveURL(linkIn(mail, "/verify-email"));
  await page.getByRole("button", { name: t(locale, "auth.verify.confirm") }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(toast(page, locale, "auth.verify.done")).toBeVisible();

  await fillLogin(page, email, `${password}-wrong`, locale);
  await expect(page.getByRole("alert")).toHaveText(t(locale, "auth.login.invalid"));
  await expect(page).toHaveURL(/\/login$/);
  // The password is not sent back into the page.
  await expect(page.getByLabel(t(locale, "field.password"), { exact: true })).toHaveValue("");

  await fillLogin(page, email, password, locale);
  await expect(page).toHaveURL(/\/$/);
  await expectLoggedInHeader(page, name, locale);

  await header(page)
    .getByRole("button", { name: t(locale, "nav.logout") })
    .click();
  await expect(page).toHaveURL(/\/$/);
  await expectLoggedOutHeader(page, locale);
});

test.describe("in English", () => {
  test.use(contextOptionsFor("en"));

  test("without JavaScript: an empty sign-up comes back with every error from the server", async ({
    page,
  }) => {
    const locale = "en";
    await page.goto("/signup");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await page.getByLabel(t(locale, "field.email"), { exact: true }).fill("not-an-email");
    await page.getByRole("button", { name: t(locale, "auth.signup.submit") }).click();
    await expect(page).toHaveURL(/\/signup$/);
    await expect(page.getByText(t(locale, "form.email.invalid"))).toBeVisible();
    await expect(page.getByText(t(locale, "form.required"))).toHaveCount(2); // name, password
    await expect(page.getByText(t(locale, "form.terms.required"))).toBeVisible();
    await expect(page.getByLabel(t(locale, "field.email"), { exact: true })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await expect(page.getByLabel(t(locale, "field.email"), { exact: true })).toHaveValue(
      "not-an-email",
    );
  });
});

test("without JavaScript: the profile name saves and the language switch works", async ({
  page,
}) => {
  const user = await signUpAndVerify(page, { locale: "ja" });
  await page.goto("/login");
  await fillLogin(page, user.email, user.password, "ja");
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/settings");
  const newName = `${user.name} 改`;
  const nameField = page.getByLabel(t("ja", "field.name"), { exact: true });
  await expect(nameField).toHaveValue(user.name);
  await nameField.fill(newName);
  await page.getByRole("button", { name: t("ja", "common.save") }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(toast(page, "ja", "settings.saved")).toBeVisible();
  await expect(headerName(page, newName)).toBeVisible();
  await expect(page.getByLabel(t("ja", "field.name"), { exact: true })).toHaveValue(newName);

  // The header's language switch: back on the same page, in English, and remembered.
  // (Right after the "saved" toast, which must not cover the header: without JavaScript
  // it never goes away.)
  await header(page).getByRole("button", { name: "English" }).click({ timeout: 5_000 });
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "settings.profile.title"),
  );
  await expect(page.getByRole("combobox", { name: t("en", "field.language") })).toHaveValue("en");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t("en", "home.welcome", { name: newName }),
  );

  // And back to Japanese through the settings form.
  await page.goto("/settings");
  await page.getByRole("combobox", { name: t("en", "field.language") }).selectOption("ja");
  await page.getByRole("button", { name: t("en", "common.save") }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(toast(page, "ja", "settings.saved")).toBeVisible();
});

test("without JavaScript: a visitor can switch the language", async ({ page }) => {
  await page.goto("/forgot-password");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ja", "auth.forgot.title"));
  await header(page).getByRole("button", { name: "English" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "auth.forgot.title"));
  await expect(
    header(page).getByRole("link", { name: t("en", "nav.login"), exact: true }),
  ).toBeVisible();
  await page.goto("/signup");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "auth.signup.title"));
});
