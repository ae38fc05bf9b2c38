import { expect, test } from "./fixtures";
import {
  contextOptionsFor,
  expectLoggedInHeader,
  expectLoggedOutHeader,
  fillLogin,
  fillSignup,
  header,
  linkIn,
  type Locale,
  readLatestMail,
  signUpByRequest,
  t,
  toast,
  uniqueEmail,
  uniquePassword,
} from "./support";

// Japanese is what a browser without a preference (or asking for Japanese) gets;
// English comes from Accept-Language.
const journeys: { locale: Locale; how: string }[] = [
  { locale: "ja", how: "default language" },
  { locale: "en", how: "Accept-Language: en" },
];

for (const { locale, how } of journeys) {
  test.describe(`sign-up journey in ${locale} (${how})`, () => {
    test.use(contextOptionsFor(locale));

    test("sign up, verify by mail, log in, see the name, log out", async ({ page }) => {
      const email = uniqueEmail(`journey-${locale}`);
      const password = uniquePassword();
      const name = locale === "ja" ? "縁 花子" : "Hana Journey";

      await page.goto("/signup");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(locale, "auth.signup.title"),
      );
      await fillSignup(page, { role: "COMPANY_MEMBER", name, email, password }, locale);

      // The check-inbox page.
      await expect(page).toHaveURL(/\/verify-email\?sent=1$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(locale, "auth.verify.title"),
      );
      await expect(page.getByText(t(locale, "auth.verify.checkInbox"))).toBeVisible();
      await expect(page.getByText(t(locale, "auth.verify.sent"))).toBeVisible();

      // The mail is in the user's language and carries the verification link.
      const mail = await readLatestMail(page, email);
      expect(mail.subject).toBe(t(locale, "email.verify.subject"));
      const link = linkIn(mail, "/verify-email");

      // Opening the link only asks; the button confirms.
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(locale, "auth.verify.confirmTitle"),
      );
      await expect(page.getByText(t(locale, "auth.verify.confirmBody", { email }))).toBeVisible();
      await page.getByRole("button", { name: t(locale, "auth.verify.confirm") }).click();
      await expect(page).toHaveURL(/\/login$/);
      await expect(toast(page, locale, "auth.verify.done")).toBeVisible();
      // The toast does not cover the header: its controls take clicks while it shows.
      await header(page)
        .getByRole("button", { name: locale === "ja" ? "English" : "日本語" })
        .click({ trial: true, timeout: 2_000 });

      // The link works once.
      await page.goto(link);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(locale, "auth.verify.invalidTitle"),
      );

      await page.goto("/login");
      await fillLogin(page, email, password, locale);
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        t(locale, "home.welcome", { name }),
      );
      await expectLoggedInHeader(page, name, locale);
      await expect(
        header(page)
          .getByText(`(${t(locale, "role.COMPANY_MEMBER")})`)
          .filter({ visible: true }),
      ).toBeVisible();

      await header(page)
        .getByRole("button", { name: t(locale, "nav.logout") })
        .click();
      await expect(page).toHaveURL(/\/$/);
      await expectLoggedOutHeader(page, locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(locale, "home.headline"));
      // The session is really gone, not just hidden.
      await page.goto("/settings");
      await expect(page).toHaveURL(/\/login\?redirectTo=%2Fsettings$/);
    });

    test("an unverified account cannot log in and is told why", async ({ page }) => {
      const email = uniqueEmail(`unverified-${locale}`);
      const password = uniquePassword();
      await signUpByRequest(page, { email, password, name: "Unverified", locale });

      await page.goto("/login");
      await fillLogin(page, email, password, locale);
      await expect(page.getByRole("alert")).toHaveText(t(locale, "auth.login.unverified"));
      await expect(
        page.getByRole("link", { name: t(locale, "auth.login.resendVerification") }),
      ).toBeVisible();
      await expect(page).toHaveURL(/\/login$/);
      await expectLoggedOutHeader(page, locale);

      // A wrong password for the same account gets the generic message instead.
      await fillLogin(page, email, `${password}-wrong`, locale);
      await expect(page.getByRole("alert")).toHaveText(t(locale, "auth.login.invalid"));
    });
  });
}

test("the header's language switch changes the language and stays on the page (JS on)", async ({
  page,
}) => {
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await header(page).getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "auth.login.title"));
  await expect(header(page).getByRole("button", { name: "English" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // Remembered over Accept-Language (ja-JP) on the next page.
  await page.goto("/signup");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("en", "auth.signup.title"));
  await header(page).getByRole("button", { name: "日本語" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ja", "auth.signup.title"));
});
