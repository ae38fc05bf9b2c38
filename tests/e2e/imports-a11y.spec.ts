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
  t,
  toast,
  uniqueEmail,
  uniquePassword,
} from "./support";

/**
 * Signs in a coordinator whose language is `locale`. The account's language wins over
 * the browser's and the demo coordinators are Japanese and shared, so for English the
 * demo admin invites a coordinator of our own.
 */
async function signInCoordinator(page: Page, locale: Locale) {
  if (locale === "ja") {
    await logIn(page, demoAccounts.coordinatorNagano.email, DEMO_PASSWORD, { locale });
    return;
  }
  const admin = demoAccounts.admin;
  const invitee = { email: uniqueEmail("import-coordinator"), password: uniquePassword() };
  await logIn(page, admin.email, DEMO_PASSWORD, { locale });
  await page.goto("/admin/users");
  await page.getByLabel(t(admin.locale, "field.name"), { exact: true }).fill("Import Coordinator");
  await page.getByLabel(t(admin.locale, "field.email"), { exact: true }).fill(invitee.email);
  await page
    .getByRole("combobox", { name: t(admin.locale, "field.role"), exact: true })
    .selectOption("COORDINATOR");
  await page
    .getByRole("combobox", { name: t(admin.locale, "field.language"), exact: true })
    .selectOption(locale);
  await page.getByRole("button", { name: t(admin.locale, "admin.users.create") }).click();
  await expect(toast(page, admin.locale, "admin.users.invited")).toBeVisible();
  await page.context().clearCookies();
  const invite = await readLatestMail(page, invitee.email, {
    subject: t(locale, "email.invite.subject"),
  });
  await page.goto(linkIn(invite, "/reset-password"));
  await page.getByLabel(t(locale, "field.newPassword"), { exact: true }).fill(invitee.password);
  await page.getByLabel(t(locale, "field.confirmPassword"), { exact: true }).fill(invitee.password);
  await page.getByRole("button", { name: t(locale, "auth.reset.submit") }).click();
  await expect(toast(page, locale, "auth.reset.inviteDone")).toBeVisible();
  await logIn(page, invitee.email, invitee.password, { locale });
}

for (const locale of ["ja", "en"] as const satisfies readonly Locale[]) {
  test.describe(`axe in ${locale}`, () => {
    test.use(contextOptionsFor(locale));

    test("/import, a job with errors, and the finished job", async ({ page }) => {
      await signInCoordinator(page, locale);
      await page.goto("/import");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t(locale, "imports.title"));
      // The column lists are open, as a reader would open them.
      for (const summary of await page.locator("main details > summary").all())
        await summary.click();
      await expectNoViolations(page, "/import");

      // The form's errors, from the browser's validation.
      await page.getByRole("button", { name: t(locale, "imports.upload.submit") }).click();
      await expect(page.getByText(t(locale, "imports.upload.kindRequired"))).toBeVisible();
      await expectNoViolations(page, "/import with errors");

      const tag = `${locale}-${Date.now().toString(36)}`;
      await page.getByRole("radio", { name: t(locale, "imports.kind.PROFESSIONALS") }).check();
      await page.getByLabel(t(locale, "imports.upload.file"), { exact: true }).setInputFiles({
        name: `pros-${tag}.csv`,
        mimeType: "text/csv",
        buffer: Buffer.from(
          [
            "email,name,visibility",
            `a11y-${tag}@e2e.example,A11y ${tag},ANONYMOUS`,
            `not-an-email,B,`,
          ].join("\n"),
        ),
      });
      await page.getByRole("button", { name: t(locale, "imports.upload.submit") }).click();
      await expect(page).toHaveURL(/\/import\/c[a-z0-9]+$/);
      await expect(page.getByTestId("import-error")).toHaveCount(1);
      await expectNoViolations(page, "a previewed job");

      await page
        .getByRole("button", { name: t(locale, "imports.job.runValid", { count: 1 }) })
        .click();
      await expect(page.getByTestId("import-result")).toHaveText(
        t(locale, "imports.job.done", { count: 1 }),
      );
      await expectNoViolations(page, "a finished job");

      await page.goto("/import");
      await expect(page.getByRole("cell", { name: `pros-${tag}.csv` })).toBeVisible();
      await expectNoViolations(page, "/import with recent jobs");
    });
  });
}
