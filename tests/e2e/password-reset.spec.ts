import { expect, test } from "./fixtures";
import {
  contextOptionsFor,
  expectLoggedInHeader,
  fillLogin,
  linkIn,
  logIn,
  newContext,
  readLatestMail,
  signedInUser,
  signUpAndVerify,
  t,
  toast,
  uniqueEmail,
  uniquePassword,
} from "./support";

test("password reset from another browser ends every session; the link works once", async ({
  page,
  browser,
}) => {
  const locale = "ja";
  // Context A: the user, signed in.
  const user = await signedInUser(page, { locale });
  await expectLoggedInHeader(page, user.name, locale);

  // Context B: someone who has forgotten the password.
  const contextB = await newContext(browser, locale);
  const pageB = await contextB.newPage();
  try {
    // An address without an account gets exactly the same answer.
    const unknown = uniqueEmail("nobody");
    await pageB.goto("/forgot-password");
    await pageB.getByLabel(t(locale, "field.email"), { exact: true }).fill(unknown);
    await pageB.getByRole("button", { name: t(locale, "auth.forgot.submit") }).click();
    const answerForUnknown = pageB
      .getByRole("status")
      .filter({ hasText: t(locale, "auth.forgot.sent") });
    await expect(answerForUnknown).toBeVisible();
    const unknownText = await answerForUnknown.textContent();

    await pageB.goto("/forgot-password");
    await pageB.getByLabel(t(locale, "field.email"), { exact: true }).fill(user.email);
    await pageB.getByRole("button", { name: t(locale, "auth.forgot.submit") }).click();
    const answerForKnown = pageB
      .getByRole("status")
      .filter({ hasText: t(locale, "auth.forgot.sent") });
    await expect(answerForKnown).toBeVisible();
    expect(await answerForKnown.textContent()).toBe(unknownText);
    await expect(pageB).toHaveURL(/\/forgot-password$/);

    const mail = await readLatestMail(pageB, user.email, {
      subject: t(locale, "email.reset.subject"),
    });
    const link = linkIn(mail, "/reset-password");
    // Nothing was sent to the unknown address (its request came first).
    await pageB.goto(`/dev/mailbox?to=${encodeURIComponent(unknown)}`);
    await expect(pageB.getByText(t(locale, "devMailbox.empty"))).toBeVisible();

    const newPassword = uniquePassword();
    await pageB.goto(link);
    await expect(pageB.getByRole("heading", { level: 1 })).toHaveText(
      t(locale, "auth.reset.title"),
    );
    await expect(
      pageB.getByText(t(locale, "auth.reset.lead", { email: user.email })),
    ).toBeVisible();
    await pageB.getByLabel(t(locale, "field.newPassword"), { exact: true }).fill(newPassword);
    await pageB.getByLabel(t(locale, "field.confirmPassword"), { exact: true }).fill(newPassword);
    await pageB.getByRole("button", { name: t(locale, "auth.reset.submit") }).click();
    await expect(pageB).toHaveURL(/\/login$/);
    await expect(toast(pageB, locale, "auth.reset.done")).toBeVisible();

    // Context A has been logged out.
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/login\?redirectTo=%2Fsettings$/);

    // The old password no longer works; the new one does.
    await pageB.goto("/login");
    await fillLogin(pageB, user.email, user.password, locale);
    await expect(pageB.getByRole("alert")).toHaveText(t(locale, "auth.login.invalid"));
    await fillLogin(pageB, user.email, newPassword, locale);
    await expect(pageB).toHaveURL(/\/$/);
    await expectLoggedInHeader(pageB, user.name, locale);

    // The link cannot be used a second time (A is signed out, so it can open it).
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t(locale, "auth.reset.invalidTitle"),
    );
    await expect(page.getByText(t(locale, "auth.token.invalid"))).toBeVisible();
    await expect(page.getByLabel(t(locale, "field.newPassword"))).toHaveCount(0);
    // Not even by posting the token straight to the action.
    const replay = await page.request.post("/reset-password", {
      form: {
        token: new URL(link, "http://x").searchParams.get("token")!,
        password: "another-long-password",
        confirmPassword: "another-long-password",
      },
      headers: { Origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
    expect(replay.status(), "a replayed reset token is refused, not redirected to /login").toBe(
      200,
    );
    expect(await replay.text()).toContain(t(locale, "auth.token.invalid"));
    await pageB.goto("/settings");
    await expect(pageB).toHaveURL(/\/settings$/);
  } finally {
    await contextB.close();
  }
});

test.describe("in English", () => {
  test.use(contextOptionsFor("en"));

  test("a mismatched confirmation is shown and the password stays as it was", async ({ page }) => {
    const locale = "en";
    const user = await signUpAndVerify(page, { locale });
    await page.goto("/forgot-password");
    await page.getByLabel(t(locale, "field.email"), { exact: true }).fill(user.email);
    await page.getByRole("button", { name: t(locale, "auth.forgot.submit") }).click();
    await expect(
      page.getByRole("status").filter({ hasText: t(locale, "auth.forgot.sent") }),
    ).toBeVisible();
    const mail = await readLatestMail(page, user.email, {
      subject: t(locale, "email.reset.subject"),
    });
    await page.goto(linkIn(mail, "/reset-password"));
    await page
      .getByLabel(t(locale, "field.newPassword"), { exact: true })
      .fill("one-long-password");
    await page
      .getByLabel(t(locale, "field.confirmPassword"), { exact: true })
      .fill("another-long-password");
    await page.getByRole("button", { name: t(locale, "auth.reset.submit") }).click();
    await expect(page.getByText(t(locale, "form.password.mismatch"))).toBeVisible();
    // The old password still works.
    await logIn(page, user.email, user.password, { locale });
    await expectLoggedInHeader(page, user.name, locale);
  });
});
