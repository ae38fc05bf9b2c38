import type { Browser, Page } from "@playwright/test";
import { challengeId, profileId } from "../../prisma/demo/rows";
import { expect, test } from "./fixtures";
import { expectBell } from "./notifications-support";
import { DEMO_PASSWORD, demoAccounts, logIn, newContext, t, toast } from "./support";

/**
 * The two must-show journeys, with the demo companies and professionals. Each
 * uses a pair the demo data leaves free (prisma/demo/matches.ts), so it starts clean.
 */
const locale = "ja";

async function signIn(browser: Browser, account: keyof typeof demoAccounts) {
  const context = await newContext(browser, locale);
  const page = await context.newPage();
  await logIn(page, demoAccounts[account].email, DEMO_PASSWORD, { locale });
  return { context, page };
}

async function currentStage(page: Page) {
  return page
    .getByRole("list", { name: t(locale, "matches.detail.progress") })
    .locator('[aria-current="step"]');
}

function timeline(page: Page) {
  return page
    .getByRole("region", { name: t(locale, "matches.timeline.title") })
    .getByRole("listitem");
}

test("a professional applies; the company ranks, talks, contracts and completes; both review", async ({
  browser,
}) => {
  const challenge = challengeId("azuminoProductivity");
  const pro = await signIn(browser, "proSato");
  await pro.page.goto(`/challenges/${challenge}`);
  await pro.page.getByRole("link", { name: t(locale, "matches.apply.cta"), exact: true }).click();
  await pro.page
    .getByLabel(t(locale, "matches.apply.message"))
    .fill("フロント業務のデジタル化を3件担当しました。");
  // The availability check is required: sending without it keeps the message and says why.
  await pro.page.getByRole("button", { name: t(locale, "matches.apply.submit") }).click();
  await expect(pro.page.getByText(t(locale, "matches.apply.confirmRequired"))).toBeVisible();
  await expect(pro.page.getByLabel(t(locale, "matches.apply.message"))).toHaveValue(
    "フロント業務のデジタル化を3件担当しました。",
  );
  await pro.page.getByRole("checkbox").check();
  await pro.page.getByRole("button", { name: t(locale, "matches.apply.submit") }).click();
  await expect(toast(pro.page, locale, "matches.apply.done")).toBeVisible();
  const matchUrl = pro.page.url();
  expect(matchUrl).toMatch(/\/matches\/\w+$/);

  // The company sees the applicant with a score and the reasons for it.
  const company = await signIn(browser, "companyAzumino");
  await company.page.goto(`/challenges/${challenge}/applicants`);
  const applicant = company.page
    .getByTestId("applicant")
    .filter({ hasText: demoAccounts.proSato.name });
  await expect(applicant).toHaveCount(1);
  const meter = applicant.getByRole("meter");
  await expect(meter).toHaveAttribute("aria-valuenow", /^\d+$/);
  expect(Number(await meter.getAttribute("aria-valuenow"))).toBeGreaterThan(0);
  await expect(applicant.getByRole("listitem").first()).not.toBeEmpty();
  await applicant.getByRole("link", { name: demoAccounts.proSato.name }).click();

  await company.page.getByRole("button", { name: t(locale, "matches.actions.takeUp") }).click();
  await expect(toast(company.page, locale, "matches.actions.done.accept")).toBeVisible();
  await expect(await currentStage(company.page)).toContainText(t(locale, "matches.stage.TALKING"));
  for (const stage of ["CONTRACTED", "COMPLETED"] as const) {
    await company.page
      .getByRole("button", {
        name: t(locale, "matches.actions.moveTo", { stage: t(locale, `matches.stage.${stage}`) }),
      })
      .click();
    await expect(toast(company.page, locale, "matches.actions.done.move")).toBeVisible();
    await expect(await currentStage(company.page)).toContainText(
      t(locale, `matches.stage.${stage}`),
    );
  }
  await expect(timeline(company.page)).toHaveCount(4);

  // The professional sees the same timeline, and the bell has news.
  await pro.page.goto(matchUrl);
  await expect(await currentStage(pro.page)).toContainText(t(locale, "matches.stage.COMPLETED"));
  await expect(timeline(pro.page)).toHaveCount(4);
  await expect(timeline(pro.page).nth(2)).toContainText(t(locale, "matches.stage.CONTRACTED"));

  // Reviews: the professional's stays hidden from the company until it writes its own.
  await pro.page.getByRole("link", { name: t(locale, "matches.review.write") }).click();
  await pro.page.getByRole("radio", { name: "5" }).check();
  await pro.page.getByLabel(t(locale, "matches.review.comment")).fill("判断の早いチームでした。");
  await pro.page.getByRole("button", { name: t(locale, "matches.review.submit") }).click();
  await expect(toast(pro.page, locale, "matches.review.done")).toBeVisible();

  await company.page.reload();
  await expect(company.page.getByText("判断の早いチームでした。")).toHaveCount(0);
  await company.page.getByRole("link", { name: t(locale, "matches.review.write") }).click();
  await company.page.getByRole("radio", { name: "4" }).check();
  await company.page
    .getByLabel(t(locale, "matches.review.comment"))
    .fill("予定より早く定着しました。");
  await company.page.getByRole("radio", { name: t(locale, "matches.review.yes") }).check();
  await company.page.getByRole("button", { name: t(locale, "matches.review.submit") }).click();
  await expect(toast(company.page, locale, "matches.review.done")).toBeVisible();
  await expect(company.page.getByText("判断の早いチームでした。")).toBeVisible();
  await expect(company.page.getByText(t(locale, "matches.review.again.yes"))).toBeVisible();
  await pro.page.reload();
  await expect(pro.page.getByText("予定より早く定着しました。")).toBeVisible();

  await pro.context.close();
  await company.context.close();
});

test("a company scouts an anonymous professional, who stays anonymous until accepting", async ({
  browser,
}) => {
  const tanaka = demoAccounts.proTanaka;
  const company = await signIn(browser, "companyShinshu");
  await company.page.goto(`/pros/${profileId("proTanaka")}`);
  await expect(company.page.getByRole("heading", { level: 1 })).not.toContainText(tanaka.name);
  await company.page.getByRole("link", { name: t(locale, "matches.scout.cta") }).click();
  await company.page
    .getByLabel(t(locale, "matches.scout.pick"))
    .selectOption(challengeId("shinshuDx"));
  await company.page.getByRole("button", { name: t(locale, "matches.scout.next") }).click();
  await expect(company.page.getByText(t(locale, "matches.scout.anonymousNote"))).toBeVisible();
  await company.page
    .getByLabel(t(locale, "matches.apply.message"))
    .fill("生産管理の刷新にお力を貸してください。");
  await company.page.getByRole("button", { name: t(locale, "matches.scout.submit") }).click();
  await expect(toast(company.page, locale, "matches.scout.done")).toBeVisible();
  const matchUrl = company.page.url();
  await expect(company.page.getByTestId("professional-name")).not.toContainText(tanaka.name);
  await expect(
    company.page.getByText(t(locale, "matches.detail.waitingProfessional")),
  ).toBeVisible();
  await expect(company.page.getByText(tanaka.email)).toHaveCount(0);

  // The professional finds the scout in their matches and accepts it.
  const pro = await signIn(browser, "proTanaka");
  await expectBell(pro.page, locale, 1);
  await pro.page.goto("/matches");
  const row = pro.page.getByRole("listitem").filter({ hasText: "生産管理システムの刷新" });
  await expect(row.getByText(t(locale, "matches.awaitsYou"))).toBeVisible();
  await row.getByRole("link").first().click();
  await expect(pro.page).toHaveURL(matchUrl);
  await pro.page.getByRole("button", { name: t(locale, "matches.actions.acceptScout") }).click();
  await expect(toast(pro.page, locale, "matches.actions.done.accept")).toBeVisible();
  await expect(await currentStage(pro.page)).toContainText(t(locale, "matches.stage.TALKING"));
  await expect(pro.page.getByText(demoAccounts.companyShinshu.email)).toBeVisible();

  // Now the company sees who it is and how to reach them.
  await company.page.reload();
  await expect(company.page.getByTestId("professional-name")).toHaveText(tanaka.name);
  await expect(company.page.getByRole("link", { name: tanaka.email })).toBeVisible();

  await pro.context.close();
  await company.context.close();
});

test("without JavaScript: a casual-talk request, then the company declines with a reason", async ({
  browser,
}) => {
  const noScript = async (account: keyof typeof demoAccounts) => {
    const context = await newContext(browser, locale, { javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, demoAccounts[account].email, DEMO_PASSWORD, { locale });
    return { context, page };
  };
  const challenge = challengeId("shinshuOverseas");
  const pro = await noScript("proCarter");
  await pro.page.goto(`/challenges/${challenge}/apply?kind=casual`);
  // Carter's account speaks English once signed in.
  await expect(
    pro.page.getByRole("radio", { name: t("en", "matches.apply.kind.CASUAL_TALK") }),
  ).toBeChecked();
  await pro.page.getByRole("button", { name: t("en", "matches.apply.submit") }).click();
  await expect(toast(pro.page, "en", "matches.apply.done")).toBeVisible();
  const matchUrl = pro.page.url();
  await expect(pro.page.getByText(t("en", "matches.detail.casualNote"))).toBeVisible();

  const company = await noScript("companyShinshu");
  await company.page.goto(matchUrl);
  await company.page
    .getByText(t(locale, "matches.actions.decline"), { exact: true })
    .first()
    .click();
  await company.page.getByLabel(t(locale, "matches.actions.reason")).selectOption("TIMING");
  await company.page.getByRole("button", { name: t(locale, "matches.actions.decline") }).click();
  await expect(toast(company.page, locale, "matches.actions.done.decline")).toBeVisible();

  await pro.page.reload();
  await expect(
    pro.page.getByText(
      t("en", "matches.detail.ended", {
        stage: t("en", "matches.stage.DECLINED"),
        reason: t("en", "matches.reason.TIMING"),
      }),
    ),
  ).toBeVisible();
  await pro.context.close();
  await company.context.close();
});
