import type { Browser, Page } from "@playwright/test";
import { companyId, profileId } from "../../prisma/demo/rows";
import { expect, test } from "./fixtures";
import { kpiSnapshot, matchCsvRow, monthInJapan } from "./console-kpis-support";
import { DEMO_PASSWORD, demoAccounts, logIn, newContext, t, toast } from "./support";

/**
 * The coordinator's journey (issue 7): a consultation, a challenge drafted for the
 * company, an introduction both sides accept, a contract. The KPI and CSV checks that
 * count exactly these rows follow in the pipeline engineer's part of this file.
 */
const locale = "ja";
const run = Date.now().toString(36);
export const journey = {
  topic: `工場の見える化の相談 ${run}`,
  title: `工場の稼働状況を見える化したい ${run}`,
};

async function signIn(browser: Browser, account: keyof typeof demoAccounts) {
  const context = await newContext(browser, locale);
  const page = await context.newPage();
  await logIn(page, demoAccounts[account].email, DEMO_PASSWORD, { locale });
  return { context, page };
}

function daysAhead(days: number) {
  const date = new Date(Date.now() + 9 * 3600_000 + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

async function currentStage(page: Page) {
  return page
    .getByRole("list", { name: t(locale, "matches.detail.progress") })
    .locator('[aria-current="step"]');
}

test("a coordinator records a consultation, drafts a challenge, introduces a professional; both accept; contracted", async ({
  browser,
}) => {
  const shinshu = companyId("shinshu");
  const coordinator = await signIn(browser, "coordinatorNagano");
  const { page } = coordinator;
  // The KPIs of this month for Nagano's DX challenges, before (the pipeline engineer's part):
  // nothing else in the browser tests adds a DX consultation, introduction or contract there.
  const month = monthInJapan();
  const kpiQuery = `from=${month}&to=${month}&prefecture=20&category=DX_IT`;
  const before = await kpiSnapshot(page, kpiQuery);

  // 1. The consultation (相談), from the console.
  await page.goto("/console");
  await page
    .getByRole("link", { name: t(locale, "coordination.consultations.new") })
    .first()
    .click();
  await page
    .getByRole("combobox", { name: t(locale, "coordination.consultations.company") })
    .selectOption(shinshu);
  await page.getByLabel(t(locale, "coordination.consultations.topic")).fill(journey.topic);
  await page
    .getByRole("combobox", { name: t(locale, "coordination.consultations.outcome") })
    .selectOption("CHALLENGE_DRAFTED");
  await page.getByLabel(t(locale, "coordination.consultations.note")).fill("工場長と面談。");
  await page.getByRole("button", { name: t(locale, "coordination.consultations.submit") }).click();
  await expect(toast(page, locale, "coordination.consultations.recordedDraft")).toBeVisible();

  // 2. The challenge drafted for the company, prefilled from the consultation.
  await expect(page).toHaveURL(/\/console\/consultations\/\w+\/draft$/);
  await expect(
    page.getByRole("textbox", { name: t(locale, "challenges.field.summary"), exact: true }),
  ).toHaveValue(journey.topic);
  await page
    .getByRole("combobox", { name: t(locale, "challenges.field.category") })
    .selectOption("DX_IT");
  await page
    .getByRole("textbox", { name: t(locale, "challenges.field.title"), exact: true })
    .fill(journey.title);
  await page
    .getByRole("textbox", { name: t(locale, "challenges.field.background"), exact: true })
    .fill("稼働状況を紙の日報で集計しており、停止の原因がすぐに分かりません。");
  await page
    .getByRole("textbox", { name: t(locale, "challenges.field.successCriteria"), exact: true })
    .fill("主要設備の稼働率を毎日ダッシュボードで確認できる");
  await page.getByLabel(t(locale, "challenges.field.requiredSkills")).fill("DX推進");
  await page.getByRole("checkbox", { name: t(locale, "reference.engagement.SIDE_JOB") }).check();
  await page.getByRole("radio", { name: t(locale, "reference.workStyle.HYBRID") }).check();
  await page.getByLabel(t(locale, "challenges.field.onsiteVisitsPerMonth")).fill("2");
  await page.getByLabel(t(locale, "challenges.field.hoursPerWeek")).fill("8");
  await page.getByLabel(t(locale, "challenges.field.durationMonths")).fill("6");
  await page.getByRole("radio", { name: t(locale, "reference.compensation.MONTHLY") }).check();
  await page.getByLabel(t(locale, "challenges.field.compensationMin")).fill("200000");
  await page.getByLabel(t(locale, "challenges.field.compensationMax")).fill("300000");
  await page.getByLabel(t(locale, "challenges.field.startDate")).fill(daysAhead(40));
  await page.getByLabel(t(locale, "challenges.field.applicationDeadline")).fill(daysAhead(20));
  await page.getByRole("button", { name: t(locale, "coordination.draft.submit") }).click();
  await expect(toast(page, locale, "coordination.draft.saved")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/companies/${shinshu}$`));
  // The company page shows the coordinator the consultation and the draft it led to.
  const row = page.getByTestId("consultation").filter({ hasText: journey.topic });
  await expect(row).toContainText(journey.title);

  // 3. The company's member finds the draft and publishes it.
  const company = await signIn(browser, "companyShinshu");
  await company.page.goto(`/companies/${shinshu}/challenges`);
  await company.page.getByRole("link", { name: journey.title, exact: true }).click();
  await company.page
    .getByRole("button", { name: t(locale, "challenges.status.action.publish") })
    .click();
  await expect(company.page.getByRole("status")).toBeVisible();
  const challengePath = new URL(company.page.url()).pathname;
  const challengeId = challengePath.split("/")[2]!;

  // 4. It reaches the coordinator's intake queue; they mark it reviewed from the queue.
  await page.goto("/console/intake");
  const queued = page.getByTestId("intake-challenge").filter({ hasText: journey.title });
  await queued.getByRole("button", { name: t(locale, "coordination.intake.markReviewed") }).click();
  await expect(toast(page, locale, "coordination.intake.reviewed")).toBeVisible();
  await expect(page.getByTestId("intake-challenge").filter({ hasText: journey.title })).toHaveCount(
    0,
  );

  // 5. From the recommendations, the coordinator introduces 佐藤 to both sides.
  await page.goto(`/challenges/${challengeId}/candidates`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto(`/challenges/${challengeId}/introduce/${profileId("proSato")}`);
  await page
    .getByLabel(t(locale, "matches.apply.message"))
    .fill("生産管理の見える化の経験が豊富な方です。ぜひ一度お話しください。");
  await page.getByRole("button", { name: t(locale, "matches.introduce.submit") }).click();
  await expect(toast(page, locale, "matches.introduce.done")).toBeVisible();
  const matchPath = new URL(page.url()).pathname;
  expect(matchPath).toMatch(/^\/matches\/\w+$/);

  // 6. Both accept (double opt-in): the professional, then the company.
  const pro = await signIn(browser, "proSato");
  await pro.page.goto(matchPath);
  await pro.page
    .getByRole("button", { name: t(locale, "matches.actions.acceptIntroduction") })
    .click();
  await expect(toast(pro.page, locale, "matches.actions.done.accept")).toBeVisible();
  await company.page.goto(matchPath);
  await company.page
    .getByRole("button", { name: t(locale, "matches.actions.acceptIntroduction") })
    .click();
  await expect(toast(company.page, locale, "matches.actions.done.accept")).toBeVisible();
  await expect(await currentStage(company.page)).toContainText(t(locale, "matches.stage.TALKING"));

  // 7. The coordinator moves the match to contracted (成約).
  await page.goto(matchPath);
  await page
    .getByRole("button", {
      name: t(locale, "matches.actions.moveTo", { stage: t(locale, "matches.stage.CONTRACTED") }),
    })
    .click();
  await expect(toast(page, locale, "matches.actions.done.move")).toBeVisible();
  await expect(await currentStage(page)).toContainText(t(locale, "matches.stage.CONTRACTED"));

  // A private note on the match, with a mention: never shown to the company.
  await page.getByLabel(t(locale, "coordination.notes.new")).fill("成約。来月フォロー面談。");
  await page.getByRole("button", { name: t(locale, "coordination.notes.add") }).click();
  await expect(toast(page, locale, "coordination.notes.added")).toBeVisible();
  await expect(page.getByTestId("note")).toContainText("成約。来月フォロー面談。");
  await company.page.goto(matchPath);
  await expect(company.page.getByText("成約。来月フォロー面談。")).toHaveCount(0);

  // 8. The KPI page and its CSV count exactly this consultation, introduction and contract,
  // and the matches CSV lists the match as contracted, with 佐藤's name (he agreed to it).
  expect(await kpiSnapshot(page, kpiQuery)).toEqual({
    consultations: before.consultations + 1,
    introductions: before.introductions + 1,
    contracts: before.contracts + 1,
  });
  expect(await matchCsvRow(page, journey.title)).toEqual({
    professional: demoAccounts.proSato.name,
    source: t(locale, "matches.source.INTRODUCTION"),
    stage: t(locale, "matches.stage.CONTRACTED"),
    contracted: new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10),
  });

  for (const session of [coordinator, company, pro]) await session.context.close();
});
