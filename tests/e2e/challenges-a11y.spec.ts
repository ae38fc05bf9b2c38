import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import { contextOptionsFor, type Locale, sameOriginHeaders, signedInUser, t } from "./support";

async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), `status of ${path}`).toBe(status);
}

/** Posts a form as the signed-in browser would and returns where it redirected. */
async function post(page: Page, path: string, form: Record<string, string>, locale: Locale) {
  const response = await page.request.post(path, {
    form,
    headers: sameOriginHeaders(locale),
    maxRedirects: 0,
  });
  expect(response.status(), `POST ${path}`).toBe(302);
  return response.headers().location!;
}

function daysAhead(days: number) {
  return new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

for (const locale of ["ja", "en"] as const satisfies readonly Locale[]) {
  test.describe(`challenges: axe in ${locale}`, () => {
    test.use(contextOptionsFor(locale));

    test("the public list and a challenge page", async ({ page }) => {
      await visit(page, "/challenges");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("article").first()).toBeVisible();
      await expectNoViolations(page, "/challenges");
      await visit(page, "/challenges?category=DX_IT&page=2");
      await expectNoViolations(page, "/challenges filtered");
      await page.goto("/challenges");
      await page.getByRole("article").first().getByRole("link").first().click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoViolations(page, "a challenge page");
    });

    test("a member's pages: the wizard, the management list, a draft and the forms", async ({
      page,
    }) => {
      await signedInUser(page, { locale, role: "COMPANY_MEMBER" });
      const companyUrl = await post(
        page,
        "/company/new",
        {
          name: `アクセシビリティ検証株式会社 ${locale}`,
          prefectureCode: "20",
          municipality: "松本市",
          industryCode: "E",
          employeesBand: "E10_49",
        },
        locale,
      );
      const base = `${new URL(companyUrl, "http://x").pathname}/challenges`;

      await visit(page, base);
      await expectNoViolations(page, "the empty management list");

      await visit(page, `${base}/wizard`);
      await page
        .getByRole("combobox", { name: t(locale, "challenges.field.category") })
        .selectOption("BRANDING");
      await expect(
        page.getByRole("heading", { name: t(locale, "challenges.template.title") }),
      ).toBeVisible();
      await expectNoViolations(page, "wizard step 1 with a template");
      await page.getByRole("button", { name: t(locale, "challenges.wizard.next") }).click();
      await expect(page.getByText(t(locale, "reference.errors.required")).first()).toBeVisible();
      await expectNoViolations(page, "wizard step 1 with errors");
      await page.getByLabel(t(locale, "challenges.field.title")).fill("Brand refresh");
      await page.getByRole("button", { name: t(locale, "challenges.wizard.next") }).click();
      await expect(page).toHaveURL(/step=2/);
      const wizardUrl = new URL(page.url());
      for (const step of [2, 3, 4, 5, 6]) {
        wizardUrl.searchParams.set("step", String(step));
        await visit(page, wizardUrl.pathname + wizardUrl.search);
        await expectNoViolations(page, `wizard step ${step}`);
      }
      const draftId = wizardUrl.searchParams.get("id")!;
      await visit(page, `/challenges/${draftId}`);
      await expectNoViolations(page, "a draft as its member sees it");

      await visit(page, `${base}/new`);
      await expectNoViolations(page, "the plain form");
      await page.getByRole("button", { name: t(locale, "challenges.new.submit") }).click();
      await expect(page.getByText(t(locale, "challenges.errors.category"))).toBeVisible();
      await expectNoViolations(page, "the plain form with errors");

      // A complete challenge through the plain form, published: the member's view of it.
      const created = await post(
        page,
        `${base}/new`,
        {
          title: "Brand refresh for a heritage maker",
          summary: "Refresh our brand for younger buyers.",
          background: "Our buyers are ageing and our packaging has not changed in 30 years.",
          successCriteria: "A new brand concept the whole company shares.",
          category: "BRANDING",
          requiredSkills: locale === "ja" ? "ブランディング" : "Branding",
          engagementTypes: "SIDE_JOB",
          workStyle: "REMOTE",
          onsiteVisitsPerMonth: "0",
          hoursPerWeek: "6",
          durationMonths: "4",
          compensationType: "HOURLY",
          compensationMin: "4000",
          startDate: daysAhead(40),
          applicationDeadline: daysAhead(20),
          prefectureCode: "20",
          municipality: "松本市",
        },
        locale,
      );
      const challengePath = new URL(created, "http://x").pathname;
      await post(page, `${challengePath}/status`, { intent: "publish" }, locale);
      await visit(page, challengePath);
      await expect(
        page.getByRole("button", { name: t(locale, "challenges.status.action.pause") }),
      ).toBeVisible();
      await expectNoViolations(page, "an open challenge as its member sees it");
      await visit(page, `${challengePath}/edit`);
      await expectNoViolations(page, "the edit form");
      await visit(page, `${challengePath}/status`);
      await page.getByRole("button", { name: t(locale, "challenges.status.action.close") }).click();
      await expect(page.getByText(t(locale, "challenges.errors.closeReason"))).toBeVisible();
      await expectNoViolations(page, "the status page with an error");
      await visit(page, base);
      await expect(page.getByRole("table")).toBeVisible();
      await expectNoViolations(page, "the management list");
    });
  });
}
