import type { Page } from "@playwright/test";
import { challengeId } from "../../prisma/demo/rows";
import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import {
  DEMO_PASSWORD,
  contextOptionsFor,
  demoAccounts,
  logIn,
  sameOriginHeaders,
  signedInUser,
  t,
  type Locale,
} from "./support";

async function visit(page: Page, locale: Locale, path: string, heading: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expectNoViolations(page, path);
}

/** Posts a form as the signed-in browser would and returns where it redirected. */
async function post(page: Page, path: string, form: Record<string, string>, locale: Locale) {
  const response = await page.request.post(path, {
    form,
    headers: sameOriginHeaders(locale),
    maxRedirects: 0,
  });
  expect(response.status(), `POST ${path}`).toBe(302);
  return new URL(response.headers().location!, "http://x").pathname;
}

function daysAhead(days: number) {
  return new Date(Date.now() + 9 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Both recommendation pages through axe, in both languages. The demo logins speak
 * Japanese (and Emily Carter English); the English candidates page comes from a new
 * company member who posts and publishes a challenge.
 */
test("Japanese: candidates (open, draft), as member and coordinator; a professional's list", async ({
  page,
}) => {
  await logIn(page, demoAccounts.companyShinshu.email, DEMO_PASSWORD);
  const title = t("ja", "recommendations.candidates.title");
  await visit(page, "ja", `/challenges/${challengeId("shinshuDx")}/candidates`, title);
  await expect(page.getByTestId("score-summary").first()).toBeVisible();
  await visit(page, "ja", `/challenges/${challengeId("shinshuPeople")}/candidates`, title);

  await page.context().clearCookies();
  await logIn(page, demoAccounts.coordinatorNagano.email, DEMO_PASSWORD);
  await visit(page, "ja", `/challenges/${challengeId("azuminoInbound")}/candidates`, title);
  await expect(
    page.getByRole("link", { name: t("ja", "recommendations.candidates.introduce") }).first(),
  ).toBeVisible();

  await page.context().clearCookies();
  await logIn(page, demoAccounts.proSato.email, DEMO_PASSWORD);
  await visit(page, "ja", "/recommended", t("ja", "recommendations.recommended.title"));
  await expect(page.getByTestId("score-summary").first()).toBeVisible();
});

test.describe("English", () => {
  test.use(contextOptionsFor("en"));

  test("a professional's list, and the page before a profile exists", async ({ page }) => {
    await logIn(page, demoAccounts.proCarter.email, DEMO_PASSWORD, { locale: "en" });
    const heading = t("en", "recommendations.recommended.title");
    await visit(page, "en", "/recommended", heading);
    await expect(page.getByTestId("score-summary").first()).toBeVisible();

    await page.context().clearCookies();
    await signedInUser(page, { locale: "en", role: "PROFESSIONAL" });
    await visit(page, "en", "/recommended", heading);
    await expect(page.getByText(t("en", "recommendations.recommended.noProfile"))).toBeVisible();
  });

  test("a company member's candidates for a new challenge", async ({ page }) => {
    await signedInUser(page, { locale: "en", role: "COMPANY_MEMBER" });
    const company = await post(
      page,
      "/company/new",
      {
        name: `Recommendation a11y ${Date.now().toString(36)}`,
        prefectureCode: "20",
        municipality: "松本市",
        industryCode: "E",
        employeesBand: "E10_49",
      },
      "en",
    );
    const challenge = await post(
      page,
      `${company}/challenges/new`,
      {
        title: "Visualise production on the shop floor",
        summary: "Make the progress of every order visible on one screen.",
        background: "Orders are tracked on paper and in personal spreadsheets.",
        successCriteria: "The morning progress check takes fifteen minutes.",
        category: "DX_IT",
        requiredSkills: "Production management",
        engagementTypes: "SIDE_JOB",
        workStyle: "HYBRID",
        onsiteVisitsPerMonth: "2",
        hoursPerWeek: "8",
        durationMonths: "6",
        compensationType: "MONTHLY",
        compensationMin: "150000",
        compensationMax: "250000",
        startDate: daysAhead(40),
        applicationDeadline: daysAhead(20),
        prefectureCode: "20",
        municipality: "松本市",
      },
      "en",
    );
    const title = t("en", "recommendations.candidates.title");
    // As a draft first (with the notice), then published.
    await visit(page, "en", `${challenge}/candidates`, title);
    await post(page, `${challenge}/status`, { intent: "publish" }, "en");
    await visit(page, "en", `${challenge}/candidates`, title);
    await expect(page.getByTestId("score-summary").first()).toBeVisible();
  });
});
