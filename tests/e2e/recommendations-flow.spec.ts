import { challengeId } from "../../prisma/demo/rows";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, demoAccounts, header, logIn, t } from "./support";

/**
 * Recommendations on the demo market: a company member ranks professionals for an open
 * challenge and can scout them; a professional finds their recommended challenges
 * from the header and can apply. Read only: nothing is submitted.
 */
test("a company member sees ranked candidates with score bars and reasons", async ({ page }) => {
  await logIn(page, demoAccounts.companyShinshu.email, DEMO_PASSWORD);
  const id = challengeId("shinshuDx");
  await page.goto(`/challenges/${id}/candidates`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t("ja", "recommendations.candidates.title"),
  );
  const list = page.getByRole("list", { name: t("ja", "recommendations.candidates.listLabel") });
  const entries = list.getByRole("article");
  await expect(entries.first()).toBeVisible();
  expect(await entries.count()).toBeGreaterThanOrEqual(5);
  expect(await entries.count()).toBeLessThanOrEqual(20);

  // Best first, each with its score bar and at least one reason.
  const first = entries.first();
  await expect(first.getByText(t("ja", "recommendations.rank", { rank: 1 }))).toBeVisible();
  const summaries = list.getByTestId("score-summary");
  expect(await summaries.count()).toBe(await entries.count());
  const totals: number[] = [];
  for (const meter of await list.getByRole("meter").all()) {
    totals.push(Number(await meter.getAttribute("aria-valuenow")));
  }
  expect(totals.length).toBe(await entries.count());
  expect(totals).toEqual([...totals].sort((a, b) => b - a));
  await expect(first.getByRole("listitem").first()).not.toBeEmpty();

  // The next step: scout the candidate (the lead's form), or open a conversation.
  const scout = first.getByRole("link", { name: t("ja", "recommendations.candidates.scout") });
  const conversation = first.getByRole("link", { name: t("ja", "recommendations.openMatch") });
  await expect(scout.or(conversation)).toBeVisible();
  if (await scout.isVisible()) {
    await expect(scout).toHaveAttribute("href", new RegExp(`^/challenges/${id}/scout/c[a-z0-9]+$`));
  }
  const profileLink = first.getByRole("heading", { level: 2 }).getByRole("link");
  await expect(profileLink).toHaveAttribute("href", /^\/pros\/c[a-z0-9]+$/);
});

test("a member sees candidates for a draft, with a notice and no scouting", async ({ page }) => {
  await logIn(page, demoAccounts.companyShinshu.email, DEMO_PASSWORD);
  await page.goto(`/challenges/${challengeId("shinshuPeople")}/candidates`);
  await expect(
    page.getByRole("note").filter({ hasText: t("ja", "reference.status.DRAFT") }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: t("ja", "recommendations.candidates.scout") }),
  ).toHaveCount(0);
});

test("a professional opens their recommended challenges from the header", async ({ page }) => {
  await logIn(page, demoAccounts.proSato.email, DEMO_PASSWORD);
  await header(page)
    .getByRole("link", { name: t("ja", "recommendations.nav"), exact: true })
    .filter({ visible: true })
    .click();
  await expect(page).toHaveURL(/\/recommended$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t("ja", "recommendations.recommended.title"),
  );
  const list = page.getByRole("list", {
    name: t("ja", "recommendations.recommended.listLabel"),
  });
  const entries = list.getByRole("article");
  await expect(entries.first()).toBeVisible();
  expect(await list.getByTestId("score-summary").count()).toBe(await entries.count());
  const first = entries.first();
  const title = await first.getByRole("heading", { level: 2 }).innerText();
  const apply = first.getByRole("link", {
    name: t("ja", "recommendations.recommended.applyLabel", { title }),
  });
  const conversation = first.getByRole("link", { name: t("ja", "recommendations.openMatch") });
  await expect(apply.or(conversation)).toBeVisible();
  if (await apply.isVisible()) {
    await expect(apply).toHaveAttribute("href", /^\/challenges\/c[a-z0-9]+\/apply$/);
  }
});

test("other roles cannot open someone's candidates or the professional page", async ({ page }) => {
  await logIn(page, demoAccounts.companyTosa.email, DEMO_PASSWORD);
  const response = await page.goto(`/challenges/${challengeId("shinshuDx")}/candidates`);
  expect(response?.status()).toBe(403);
  const draft = await page.goto(`/challenges/${challengeId("shinshuPeople")}/candidates`);
  expect(draft?.status()).toBe(404);
  const recommended = await page.goto("/recommended");
  expect(recommended?.status()).toBe(403);
});
