import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import { contextOptionsFor, type Locale, newContext, signedInUser, t, toast } from "./support";

async function visit(page: Page, path: string, locale: Locale, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(status);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

for (const locale of ["ja", "en"] as const satisfies readonly Locale[]) {
  test.describe(`axe in ${locale}: professionals`, () => {
    test.use(contextOptionsFor(locale));

    test("/profile, every section, the preview, and /pros as a company", async ({
      page,
      browser,
    }) => {
      const pro = await signedInUser(page, { locale, role: "PROFESSIONAL" });
      await visit(page, "/profile", locale);
      await expectNoViolations(page, "the empty profile overview");

      // Fill a little so lists, rows and chips are on screen.
      await visit(page, "/profile/basics", locale);
      await page.getByLabel(t(locale, "professionals.field.headline")).fill("DX / EC");
      await page
        .getByRole("combobox", { name: t(locale, "professionals.field.currentIndustry") })
        .selectOption("G");
      await page.getByRole("button", { name: t(locale, "common.save"), exact: true }).click();
      await expect(toast(page, locale, "professionals.saved")).toBeVisible();
      await expectNoViolations(page, "/profile/basics after saving");

      for (const section of ["skills", "career", "credentials", "regions"] as const) {
        await visit(page, `/profile/${section}`, locale);
        await expectNoViolations(page, `/profile/${section} (empty)`);
      }
      // Rows added, and a row with errors from the server.
      await visit(page, "/profile/skills", locale);
      await page.getByRole("button", { name: t(locale, "professionals.skills.add") }).click();
      const row = page.getByRole("group", {
        name: t(locale, "professionals.skills.row", { number: 1 }),
      });
      await row.getByLabel(t(locale, "professionals.field.skillName")).fill("no-such-skill");
      await row.getByLabel(t(locale, "professionals.field.years")).fill("2");
      await page.getByRole("button", { name: t(locale, "common.save"), exact: true }).click();
      await expect(
        row.getByText(t(locale, "reference.errors.unknownSkills", { names: "no-such-skill" })),
      ).toBeVisible();
      await expectNoViolations(page, "/profile/skills with a row error");
      await row.getByLabel(t(locale, "professionals.field.skillName")).fill("Python");
      await page.getByRole("button", { name: t(locale, "common.save"), exact: true }).click();
      await expect(toast(page, locale, "professionals.saved")).toBeVisible();

      await visit(page, "/profile/career", locale);
      await page.getByRole("button", { name: t(locale, "professionals.career.add") }).click();
      await expect(
        page.getByRole("group", { name: t(locale, "professionals.career.row", { number: 1 }) }),
      ).toBeVisible();
      await expectNoViolations(page, "/profile/career with a row");

      await visit(page, "/profile/credentials", locale);
      await page.getByRole("button", { name: t(locale, "professionals.links.add") }).click();
      await page.getByLabel(t(locale, "professionals.field.url")).fill("not a url");
      await page.getByLabel(t(locale, "professionals.field.linkLabel")).fill("Blog");
      await page.getByRole("button", { name: t(locale, "common.save"), exact: true }).click();
      await expect(page.getByText(t(locale, "reference.errors.url"))).toBeVisible();
      await expectNoViolations(page, "/profile/credentials with an error");

      for (const path of ["/profile/industries", "/profile/preferences", "/profile/privacy"]) {
        await visit(page, path, locale);
        await expectNoViolations(page, path);
      }
      await visit(page, "/profile/privacy?q=%E6%A0%AA%E5%BC%8F%E4%BC%9A%E7%A4%BE", locale);
      await expectNoViolations(page, "/profile/privacy with search results");
      await page.getByRole("radio", { name: t(locale, "reference.visibility.ANONYMOUS") }).check();
      await page.getByRole("button", { name: t(locale, "professionals.privacy.submit") }).click();
      await expect(toast(page, locale, "professionals.privacy.saved")).toBeVisible();

      await visit(page, "/profile/preview", locale);
      await expectNoViolations(page, "/profile/preview");
      await visit(page, "/profile", locale);
      await expectNoViolations(page, "the profile overview with a meter");
      const href = await page
        .getByRole("link", { name: t(locale, "professionals.overview.viewProfile") })
        .getAttribute("href");
      await visit(page, href!, locale);
      await expectNoViolations(page, "the professional's own full profile");

      // A company member in the same language: the list and the anonymous profile.
      const companyContext = await newContext(browser, locale);
      const company = await companyContext.newPage();
      await signedInUser(company, { locale, role: "COMPANY_MEMBER" });
      await visit(company, "/pros", locale);
      await expect(company.locator(`a[href="${href}"]`)).toBeVisible();
      await expectNoViolations(company, "/pros");
      await visit(company, "/pros?skill=no-such-skill", locale);
      await expectNoViolations(company, "/pros with an unknown skill");
      await visit(company, href!, locale);
      await expect(
        company.getByText(t(locale, "professionals.detail.anonymousNote")),
      ).toBeVisible();
      await expect(company.getByText(pro.name)).toHaveCount(0);
      await expectNoViolations(company, "an anonymous profile");
      await companyContext.close();
    });
  });
}
