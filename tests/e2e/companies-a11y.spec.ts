import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import { invitationFromMailbox, invite, registerCompany, sampleCompany } from "./companies-support";
import {
  contextOptionsFor,
  DEMO_PASSWORD,
  demoAccounts,
  type Locale,
  logIn,
  newContext,
  signedInUser,
  t,
  uniqueEmail,
  uniquePassword,
} from "./support";

async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(status);
}

for (const locale of ["ja", "en"] as const satisfies readonly Locale[]) {
  test.describe(`companies: axe in ${locale}`, () => {
    test.use(contextOptionsFor(locale));

    test("an owner's pages, the invitation pages and a member's view", async ({
      page,
      browser,
    }) => {
      await signedInUser(page, { locale, role: "COMPANY_MEMBER" });
      await visit(page, "/company");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expectNoViolations(page, "/company without a company");

      await visit(page, "/company/new");
      await expectNoViolations(page, "/company/new");
      await page.getByRole("button", { name: t(locale, "companies.new.submit") }).click();
      await expect(page.getByText(t(locale, "reference.errors.prefecture"))).toBeVisible();
      await expectNoViolations(page, "/company/new with errors");

      const company = sampleCompany(`A11y${locale}${Date.now().toString(36)}`);
      const companyId = await registerCompany(page, locale, company);
      await expectNoViolations(page, "/companies/:id (the owner's view, with a toast)");
      await visit(page, "/company");
      await expectNoViolations(page, "/company with a company");
      await visit(page, `/companies/${companyId}/edit`);
      await expectNoViolations(page, "/companies/:id/edit");

      await visit(page, `/companies/${companyId}/members`);
      const email = uniqueEmail(`a11y-invite-${locale}`);
      await invite(page, locale, email);
      await expectNoViolations(page, "/companies/:id/members (owner, a pending invitation)");

      // The invitee, signed out, in the same language.
      const context = await newContext(browser, locale);
      const invitee = await context.newPage();
      const { path } = await invitationFromMailbox(invitee, email, company.name);
      await visit(invitee, path);
      await expectNoViolations(invitee, "the invitation sign-up page");
      await invitee
        .getByRole("button", { name: t(locale, "companies.invitation.signupSubmit") })
        .click();
      await expect(invitee.getByText(t(locale, "form.terms.required"))).toBeVisible();
      await expectNoViolations(invitee, "the invitation sign-up page with errors");
      await visit(invitee, `/invitations/${"a".repeat(32)}`, 404);
      await expectNoViolations(invitee, "an unknown invitation");

      await visit(invitee, path);
      await invitee.getByLabel(t(locale, "field.name"), { exact: true }).fill("A11y Member");
      await invitee.getByLabel(t(locale, "field.password"), { exact: true }).fill(uniquePassword());
      await invitee.getByRole("checkbox").check();
      await invitee
        .getByRole("button", { name: t(locale, "companies.invitation.signupSubmit") })
        .click();
      await expect(invitee).toHaveURL(`/companies/${companyId}`);
      await expectNoViolations(invitee, "/companies/:id (a member, with a toast)");
      await visit(invitee, `/companies/${companyId}/members`);
      await expectNoViolations(invitee, "/companies/:id/members (a plain member)");
      await visit(invitee, path, 410);
      await expectNoViolations(invitee, "a used invitation");
      await context.close();

      // Now there is someone to hand over to: the transfer form, submitted empty.
      await visit(page, `/companies/${companyId}/members`);
      await page.getByRole("button", { name: t(locale, "companies.transfer.submit") }).click();
      await expect(page.getByText(t(locale, "companies.transfer.confirmRequired"))).toBeVisible();
      await expectNoViolations(page, "/companies/:id/members with transfer errors");

      // Anyone may read the company page.
      await page.context().clearCookies();
      await visit(page, `/companies/${companyId}`);
      await expectNoViolations(page, "/companies/:id (anonymous)");
    });
  });
}

test.describe("companies: demo data and staff pages (ja)", () => {
  test("the demo company's pages as its owner, and the directory as a coordinator", async ({
    page,
  }) => {
    await logIn(page, demoAccounts.companyShinshu.email, DEMO_PASSWORD);
    await visit(page, "/company");
    await expectNoViolations(page, "/company (demo owner)");
    await page.getByRole("link", { name: "信州精密工業株式会社" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("信州精密工業株式会社");
    await expectNoViolations(page, "/companies/:id (demo company)");
    await page.getByRole("link", { name: t("ja", "companies.nav.members") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t("ja", "companies.members.title"),
    );
    await expectNoViolations(page, "/companies/:id/members (demo company)");

    await page.context().clearCookies();
    await logIn(page, demoAccounts.coordinatorNagano.email, DEMO_PASSWORD);
    await visit(page, "/companies");
    await expectNoViolations(page, "/companies");
    await visit(page, "/companies?prefecture=20&page=1");
    await expectNoViolations(page, "/companies filtered");
  });
});
