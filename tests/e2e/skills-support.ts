/** Helpers for the skills browser tests. */
import { type Page } from "@playwright/test";
import { expect } from "./fixtures";
import {
  DEMO_PASSWORD,
  demoAccounts,
  linkIn,
  type Locale,
  logIn,
  readLatestMail,
  sameOriginHeaders,
  t,
  uniqueEmail,
  uniquePassword,
} from "./support";

/**
 * Signs in as an admin whose language is `locale`: the demo admin for Japanese; for
 * English an admin of our own, invited by the demo admin (the demo admin is shared by
 * every test, so its language is never switched).
 */
export async function signedInAdmin(page: Page, locale: Locale) {
  // The login page is in the browser's language; once signed in, in the admin's.
  await logIn(page, demoAccounts.admin.email, DEMO_PASSWORD, { locale });
  if (locale === demoAccounts.admin.locale) return;
  const email = uniqueEmail(`skills-admin-${locale}`);
  const password = uniquePassword();
  const invited = await page.request.post("/admin/users", {
    form: { name: `Skills admin ${locale}`, email, role: "ADMIN", locale },
    headers: sameOriginHeaders(),
    maxRedirects: 0,
  });
  expect(invited.status(), "the invitation is sent").toBe(302);
  await page.context().clearCookies();
  const mail = await readLatestMail(page, email, { subject: t(locale, "email.invite.subject") });
  await page.goto(linkIn(mail, "/reset-password"));
  await page.getByLabel(t(locale, "field.newPassword"), { exact: true }).fill(password);
  await page.getByLabel(t(locale, "field.confirmPassword"), { exact: true }).fill(password);
  await page.getByRole("button", { name: t(locale, "auth.reset.submit") }).click();
  await expect(
    page.getByRole("status").filter({ hasText: t(locale, "auth.reset.inviteDone") }),
  ).toBeVisible();
  await logIn(page, email, password, { locale });
}

/** A skill nobody else's test uses: a unique slug and names. */
export function uniqueSkill(label: string) {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  return {
    slug: `e2e-${label}-${tag}`,
    nameJa: `テスト技能${label}${tag}`,
    nameEn: `Test skill ${label} ${tag}`,
    alias: `e2e別名${tag}`,
  };
}
