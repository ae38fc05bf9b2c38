import type { Page } from "@playwright/test";
import { demoId } from "../../prisma/demo/random";
import { challengeId, companyId, profileId } from "../../prisma/demo/rows";
import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import { contextOptionsFor, DEMO_PASSWORD, demoAccounts, logIn, t, type Locale } from "./support";

/**
 * The casework pages of the coordinator console, read as their users see them (nothing is
 * saved but refused forms). The demo coordinators and the admin speak Japanese, and
 * switching their language would change what other tests see, so the staff pages are
 * checked in Japanese; the pages the public sees (a challenge with its prefecture's
 * support schemes) in both languages.
 */
async function visit(page: Page, locale: Locale, path: string, heading: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
  await expectNoViolations(page, path);
}

test("the Nagano coordinator's console pages in Japanese", async ({ page }) => {
  await logIn(page, demoAccounts.coordinatorNagano.email, DEMO_PASSWORD);
  await visit(page, "ja", "/console", t("ja", "coordination.home.title"));
  await visit(page, "ja", "/console/intake", t("ja", "coordination.intake.title"));
  await visit(page, "ja", "/console/consultations", t("ja", "coordination.consultations.title"));
  await visit(page, "ja", "/console/consultations/new", t("ja", "coordination.consultations.new"));
  await page.getByLabel(t("ja", "coordination.consultations.topic")).fill("あ".repeat(201));
  await page.getByLabel(t("ja", "coordination.consultations.topic")).blur();
  await expect(page.getByText(t("ja", "reference.errors.tooLong"))).toBeVisible();
  await page.getByRole("button", { name: t("ja", "coordination.consultations.submit") }).click();
  await expect(page.getByText(t("ja", "coordination.errors.company"))).toBeVisible();
  await expectNoViolations(page, "the consultation form with errors");
  await visit(page, "ja", "/console/subsidies", t("ja", "coordination.subsidies.title"));
  await visit(
    page,
    "ja",
    `/console/subsidies/${demoId("subsidy", "nagano-travel")}`,
    t("ja", "coordination.subsidies.editTitle"),
  );
  // Subject pages with the notes panel (and consultations, the subsidy record).
  await visit(page, "ja", `/companies/${companyId("shinshu")}`, "信州精密工業");
  await expect(
    page.getByRole("heading", { name: t("ja", "coordination.notes.title") }),
  ).toBeVisible();
  await visit(
    page,
    "ja",
    `/matches/${demoId("match", "suzuki-azumino-inbound")}`,
    t("ja", "matches.detail.title"),
  );
  await expect(
    page.getByRole("heading", { name: t("ja", "coordination.subsidies.matchTitle") }),
  ).toBeVisible();
  await page.goto(`/pros/${profileId("proSato")}`);
  await expect(
    page.getByRole("heading", { name: t("ja", "coordination.notes.title") }),
  ).toBeVisible();
  await expectNoViolations(page, "a profile with notes");
});

test("a coordinator of Kochi gets 404 for Nagano's records", async ({ page }) => {
  await logIn(page, demoAccounts.coordinatorKochi.email, DEMO_PASSWORD);
  for (const path of [
    `/matches/${demoId("match", "suzuki-azumino-inbound")}`,
    `/console/subsidies/${demoId("subsidy", "nagano-travel")}`,
    `/challenges/${challengeId("shinshuDx")}/candidates`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await page.goto(`/companies/${companyId("shinshu")}`);
  await expect(
    page.getByRole("heading", { name: t("ja", "coordination.notes.title") }),
  ).toHaveCount(0);
});

test("the admin's region assignment page in Japanese", async ({ page }) => {
  await logIn(page, demoAccounts.admin.email, DEMO_PASSWORD);
  await visit(page, "ja", "/admin/regions", t("ja", "coordination.regions.title"));
});

for (const locale of ["ja", "en"] as const) {
  test.describe(`public pages in ${locale}`, () => {
    test.use(contextOptionsFor(locale));
    test("a Nagano challenge shows the prefecture's support schemes", async ({ page }) => {
      await page.goto(`/challenges/${challengeId("shinshuDx")}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(
        page.getByRole("heading", { name: t(locale, "coordination.subsidies.asideTitle") }),
      ).toBeVisible();
      await expect(page.getByText("長野県プロフェッショナル人材 交通費補助")).toBeVisible();
      await expectNoViolations(page, `a challenge with schemes (${locale})`);
    });
  });
}
