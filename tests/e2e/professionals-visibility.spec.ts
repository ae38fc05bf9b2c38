import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, demoAccounts, logIn, newContext, signedInUser, t, toast } from "./support";

/**
 * The must-show flow: a professional goes anonymous and blocks their employer;
 * that employer's member cannot reach the profile by URL or list, another company sees
 * only the anonymous summary. The companies and their members come from the demo data.
 */

const locale = "ja";
const employerName = "信州精密工業株式会社";

async function saveAndExpectToast(page: Page, button: string, key: Parameters<typeof t>[1]) {
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(toast(page, locale, key)).toBeVisible();
}

test("an anonymous profile that blocks its employer: 404 for the employer, a summary for others", async ({
  page,
  browser,
}) => {
  const pro = await signedInUser(page, { locale, role: "PROFESSIONAL" });

  // Basics: the current employer (a registered company) and its industry.
  await page.goto("/profile/basics");
  await page
    .getByLabel(t(locale, "professionals.field.headline"))
    .fill("地域の製造業のDXを支援します");
  await page.getByLabel(t(locale, "professionals.field.currentEmployer")).fill(employerName);
  await page
    .getByRole("combobox", { name: t(locale, "professionals.field.currentIndustry") })
    .selectOption("E");
  await saveAndExpectToast(page, t(locale, "common.save"), "professionals.saved");

  // A skill, added with the form's own "add a row" button.
  await page.goto("/profile/skills");
  await page.getByRole("button", { name: t(locale, "professionals.skills.add") }).click();
  const row = page.getByRole("group", {
    name: t(locale, "professionals.skills.row", { number: 1 }),
  });
  await row.getByLabel(t(locale, "professionals.field.skillName")).fill("パイソン");
  await row.getByLabel(t(locale, "professionals.field.years")).fill("7");
  await row
    .getByRole("combobox", { name: t(locale, "professionals.field.level") })
    .selectOption("EXPERT");
  await saveAndExpectToast(page, t(locale, "common.save"), "professionals.saved");

  // Preferences: an unusual combination the test can filter the list on.
  await page.goto("/profile/preferences");
  await page.getByRole("checkbox", { name: t(locale, "reference.engagement.PRO_BONO") }).check();
  await saveAndExpectToast(page, t(locale, "common.save"), "professionals.saved");
  await page.goto("/profile/regions");
  await page.getByRole("checkbox", { name: "高知県" }).check();
  await saveAndExpectToast(page, t(locale, "common.save"), "professionals.saved");

  // Privacy: anonymous, then block the employer the page suggests.
  await page.goto("/profile/privacy");
  await page.getByRole("radio", { name: t(locale, "reference.visibility.ANONYMOUS") }).check();
  await saveAndExpectToast(
    page,
    t(locale, "professionals.privacy.submit"),
    "professionals.privacy.saved",
  );
  await expect(
    page.getByRole("radio", { name: t(locale, "reference.visibility.ANONYMOUS") }),
  ).toBeChecked();
  await expect(
    page.getByText(t(locale, "professionals.blocks.suggestion", { employer: employerName })),
  ).toBeVisible();
  // The search finds it too.
  await page.getByLabel(t(locale, "professionals.blocks.searchLabel")).fill("信州精密");
  await page.getByRole("button", { name: t(locale, "professionals.blocks.search") }).click();
  await expect(page).toHaveURL(/\/profile\/privacy\?q=/);
  await page
    .getByRole("button", {
      name: t(locale, "professionals.blocks.blockNamed", { name: employerName }),
    })
    .first()
    .click();
  await expect(toast(page, locale, "professionals.blocks.blockedToast")).toBeVisible();
  const blockedList = page.getByRole("list", { name: t(locale, "professionals.blocks.listTitle") });
  await expect(blockedList.getByText(employerName)).toBeVisible();
  await expect(
    blockedList.getByRole("button", {
      name: t(locale, "professionals.blocks.unblockNamed", { name: employerName }),
    }),
  ).toBeVisible();

  // The preview shows the summary companies will see.
  await page.goto("/profile/preview");
  await expect(page.getByTestId("anonymous-summary")).toHaveText("メーカー勤務・Python7年");

  await page.goto("/profile");
  const href = await page
    .getByRole("link", { name: t(locale, "professionals.overview.viewProfile") })
    .getAttribute("href");
  expect(href).toMatch(/^\/pros\/[a-z0-9]+$/);
  const profilePath = href!;
  const filtered = "/pros?prefecture=39&engagement=PRO_BONO";

  // The employer's member: not by URL, not in the list (newest first, so it would be on page 1).
  const shinshuContext = await newContext(browser, locale);
  const shinshu = await shinshuContext.newPage();
  await logIn(shinshu, demoAccounts.companyShinshu.email, DEMO_PASSWORD, { locale });
  const denied = await shinshu.goto(profilePath);
  expect(denied?.status()).toBe(404);
  await expect(shinshu.getByRole("heading", { level: 1 })).toHaveText(t(locale, "error.404.title"));
  const photo = await shinshu.request.get(`${profilePath}/photo`);
  expect(photo.status()).toBe(404);
  for (const listPath of ["/pros", filtered]) {
    await shinshu.goto(listPath);
    await expect(shinshu.getByRole("heading", { level: 1 })).toHaveText(
      t(locale, "professionals.pros.title"),
    );
    await expect(shinshu.locator(`a[href="${profilePath}"]`)).toHaveCount(0);
  }
  await shinshuContext.close();

  // Another company: the anonymous summary, never the name or the employer.
  const tosaContext = await newContext(browser, locale);
  const tosa = await tosaContext.newPage();
  await logIn(tosa, demoAccounts.companyTosa.email, DEMO_PASSWORD, { locale });
  await tosa.goto(filtered);
  const link = tosa.locator(`a[href="${profilePath}"]`);
  await expect(link).toHaveText("メーカー勤務・Python7年");
  await expect(tosa.getByText(pro.name)).toHaveCount(0);
  await link.click();
  await expect(tosa).toHaveURL(new RegExp(`${profilePath}$`));
  await expect(tosa.getByRole("heading", { level: 1 })).toHaveText("メーカー勤務・Python7年");
  await expect(tosa.getByText("地域の製造業のDXを支援します")).toBeVisible();
  await expect(tosa.getByText(t(locale, "professionals.detail.anonymousNote"))).toBeVisible();
  await expect(tosa.getByText(pro.name)).toHaveCount(0);
  await expect(tosa.getByText(employerName)).toHaveCount(0);
  await expect(tosa.locator("main img")).toHaveCount(0);
  await tosaContext.close();

  // Signed out, the anonymous profile does not exist.
  const visitorContext = await newContext(browser, locale);
  const visitor = await visitorContext.newPage();
  expect((await visitor.goto(profilePath))?.status()).toBe(404);
  await visitorContext.close();
});

test("the export downloads the professional's data as a JSON file", async ({ page }) => {
  const pro = await signedInUser(page, { locale, role: "PROFESSIONAL" });
  await page.goto("/profile/basics");
  await page.getByLabel(t(locale, "professionals.field.headline")).fill("エクスポートの確認");
  await saveAndExpectToast(page, t(locale, "common.save"), "professionals.saved");
  await page.goto("/profile");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: t(locale, "professionals.overview.export") }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^enishi-profile-\d{8}\.json$/);
  const path = await download.path();
  const { readFile } = await import("node:fs/promises");
  const body = JSON.parse(await readFile(path, "utf8"));
  expect(body.account.email).toBe(pro.email);
  expect(body.profile.headline).toBe("エクスポートの確認");
  expect(JSON.stringify(body)).not.toContain("passwordHash");
});
