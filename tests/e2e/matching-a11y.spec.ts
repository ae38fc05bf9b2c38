import type { Page } from "@playwright/test";
import { demoId } from "../../prisma/demo/random";
import { challengeId, profileId } from "../../prisma/demo/rows";
import { expect, test } from "./fixtures";
import { expectNoViolations } from "./axe";
import { DEMO_PASSWORD, demoAccounts, logIn, t, type Locale } from "./support";

const matchId = (key: string) => demoId("match", key);

/**
 * The matching pages as their users see them, read only (the demo matches of
 * prisma/demo/matches.ts; nothing is submitted but a refused form). Demo logins speak
 * their own language: the Japanese pages come from 佐藤, 土佐ゆず食品 and the Nagano
 * coordinator, the English ones from Emily Carter.
 */
async function visit(page: Page, locale: Locale, path: string, heading: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
  await expectNoViolations(page, path);
}

test("professional pages in Japanese", async ({ page }) => {
  await logIn(page, demoAccounts.proSato.email, DEMO_PASSWORD);
  await visit(page, "ja", "/matches", t("ja", "matches.title"));
  await visit(
    page,
    "ja",
    `/matches/${matchId("sato-shinshu-dx")}`,
    t("ja", "matches.detail.title"),
  );
  await visit(
    page,
    "ja",
    `/challenges/${challengeId("tosaEc")}/apply`,
    t("ja", "matches.apply.title"),
  );
  await page.getByRole("button", { name: t("ja", "matches.apply.submit") }).click();
  await expect(page.getByText(t("ja", "matches.apply.confirmRequired"))).toBeVisible();
  await expectNoViolations(page, "the application form with errors");
});

test("company pages in Japanese", async ({ page }) => {
  await logIn(page, demoAccounts.companyTosa.email, DEMO_PASSWORD);
  await visit(page, "ja", "/matches", t("ja", "matches.title"));
  await visit(page, "ja", `/matches/${matchId("tanaka-tosa-ec")}`, t("ja", "matches.detail.title"));
  await visit(
    page,
    "ja",
    `/matches/${matchId("suzuki-tosa-new-product")}`,
    t("ja", "matches.detail.title"),
  );
  await expect(
    page.getByRole("heading", { name: t("ja", "matches.review.title"), exact: true }),
  ).toBeVisible();
  await visit(
    page,
    "ja",
    `/challenges/${challengeId("tosaEc")}/applicants`,
    t("ja", "matches.applicants.title"),
  );
  await visit(page, "ja", `/pros/${profileId("proSato")}/scout`, t("ja", "matches.scout.title"));
  await visit(
    page,
    "ja",
    `/challenges/${challengeId("tosaEc")}/scout/${profileId("proSato")}`,
    t("ja", "matches.scout.title"),
  );
});

test("the coordinator's introduction form in Japanese", async ({ page }) => {
  await logIn(page, demoAccounts.coordinatorNagano.email, DEMO_PASSWORD);
  await visit(
    page,
    "ja",
    `/challenges/${challengeId("azuminoInbound")}/introduce/${profileId("proCarter")}`,
    t("ja", "matches.introduce.title"),
  );
});

test("professional pages in English", async ({ page }) => {
  // The login page is in the browser's language; the account's setting takes over after.
  await logIn(page, demoAccounts.proCarter.email, DEMO_PASSWORD);
  await visit(page, "en", "/matches", t("en", "matches.title"));
  await visit(
    page,
    "en",
    `/matches/${matchId("carter-tosa-export")}`,
    t("en", "matches.detail.title"),
  );
  await visit(
    page,
    "en",
    `/challenges/${challengeId("tosaEc")}/apply`,
    t("en", "matches.apply.title"),
  );
});
