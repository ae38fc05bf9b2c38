import type { Page } from "@playwright/test";
import { demoId } from "../../prisma/demo/random";
import { namedMatches } from "../../prisma/demo/matches";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, demoAccounts, logIn, sameOriginHeaders, t, toast } from "./support";

/**
 * The pipeline board of the Nagano coordinator (demo data). Moves go between a proposal
 * and talking, on generated matches only: the named ones tell the demo's story, and these
 * two stages change no KPI that another test may be counting.
 */
// The tests move the same demo matches: one after the other.
test.describe.configure({ mode: "serial" });

const named = new Set(namedMatches.map((spec) => demoId("match", spec.key)));

function column(page: Page, stage: string) {
  return page.locator(`section[data-stage="${stage}"]`);
}

/** A generated match with a proposal (the demo has two in Nagano). */
async function proposalCard(page: Page) {
  const ids = await column(page, "PROPOSAL")
    .locator("li[data-match-id]")
    .evaluateAll((items) => items.map((item) => item.getAttribute("data-match-id")!));
  const id = ids.find((candidate) => !named.has(candidate));
  expect(id, "a generated match with a proposal in Nagano").toBeTruthy();
  return id!;
}

test("the board shows Nagano's matches by stage, stale ones flagged in words", async ({ page }) => {
  await logIn(page, demoAccounts.coordinatorNagano.email, DEMO_PASSWORD);
  await page.goto("/console/pipeline");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t("ja", "console.pipeline.title"),
  );
  for (const stage of ["INTERESTED", "TALKING", "PROPOSAL", "CONTRACTED", "WORKING", "COMPLETED"]) {
    await expect(column(page, stage).getByRole("heading", { level: 2 })).toContainText(
      t("ja", `matches.stage.${stage as "TALKING"}`),
    );
  }
  // Nagano's story: 鈴木 was introduced to 安曇野 (contracted); nothing of Kochi is shown.
  await expect(
    column(page, "CONTRACTED").locator(
      `li[data-match-id="${demoId("match", "suzuki-azumino-inbound")}"]`,
    ),
  ).toBeVisible();
  await expect(
    page.locator(`li[data-match-id="${demoId("match", "carter-tosa-export")}"]`),
  ).toHaveCount(0);
  const stale = page.getByTestId("stale-flag").first();
  await expect(stale).toBeVisible();
  await expect(stale).toContainText(t("ja", "console.pipeline.stale", { days: 14 }));

  // The age filter keeps only matches idle for more than 30 days, all of them stale.
  await page.getByLabel(t("ja", "console.pipeline.filter.age")).selectOption("30");
  await page.getByRole("button", { name: t("ja", "console.filter.apply") }).click();
  await expect(page).toHaveURL(/age=30/);
  const open = page.locator(
    ["INTERESTED", "TALKING", "PROPOSAL", "CONTRACTED", "WORKING"]
      .map((stage) => `section[data-stage="${stage}"] li[data-match-id]`)
      .join(", "),
  );
  const cards = await open.count();
  expect(cards).toBeGreaterThan(0);
  await expect(open.getByTestId("stale-flag")).toHaveCount(cards);
});

test("a coordinator moves a match with the keyboard, and by dragging it", async ({ page }) => {
  await logIn(page, demoAccounts.coordinatorNagano.email, DEMO_PASSWORD);
  await page.goto("/console/pipeline");
  const id = await proposalCard(page);
  const card = column(page, "PROPOSAL").locator(`li[data-match-id="${id}"]`);
  const button = card.getByRole("button", {
    name: new RegExp(
      `^${t("ja", "console.pipeline.moveTo", { stage: t("ja", "matches.stage.TALKING") })}`,
    ),
  });
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(toast(page, "ja", "console.pipeline.moved")).toBeVisible();
  await expect(column(page, "TALKING").locator(`li[data-match-id="${id}"]`)).toBeVisible();
  await expect(column(page, "PROPOSAL").locator(`li[data-match-id="${id}"]`)).toHaveCount(0);

  // Back to a proposal by mouse: the card is dropped on the proposal column.
  const moved = column(page, "TALKING").locator(`li[data-match-id="${id}"]`);
  await moved.dragTo(column(page, "PROPOSAL"));
  await expect(column(page, "PROPOSAL").locator(`li[data-match-id="${id}"]`)).toBeVisible();
  await expect(toast(page, "ja", "console.pipeline.moved")).toBeVisible();
  await page.reload();
  await expect(column(page, "PROPOSAL").locator(`li[data-match-id="${id}"]`)).toBeVisible();

  // Someone else moves it meanwhile: the drag this page still allows is refused, the
  // error is shown and the card ends where the match really is.
  const elsewhere = await page.request.post("/console/pipeline", {
    form: { matchId: id, to: "TALKING" },
    headers: sameOriginHeaders(),
    maxRedirects: 0,
  });
  expect(elsewhere.status()).toBe(302);
  await column(page, "PROPOSAL")
    .locator(`li[data-match-id="${id}"]`)
    .dragTo(column(page, "TALKING"));
  await expect(page.getByRole("alert")).toContainText(t("ja", "console.pipeline.errors.refused"));
  await expect(column(page, "TALKING").locator(`li[data-match-id="${id}"]`)).toBeVisible();
  await column(page, "TALKING")
    .locator(`li[data-match-id="${id}"]`)
    .getByRole("button", {
      name: new RegExp(
        `^${t("ja", "console.pipeline.moveTo", { stage: t("ja", "matches.stage.PROPOSAL") })}`,
      ),
    })
    .click();
  await expect(column(page, "PROPOSAL").locator(`li[data-match-id="${id}"]`)).toBeVisible();

  // The match's own page tells the same story.
  await page.goto(`/matches/${id}`);
  await expect(page.locator('[aria-current="step"]')).toContainText(
    t("ja", "matches.stage.PROPOSAL"),
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the move buttons are a plain form", async ({ page }) => {
    await logIn(page, demoAccounts.coordinatorNagano.email, DEMO_PASSWORD);
    await page.goto("/console/pipeline");
    const id = await proposalCard(page);
    const button = (stage: "TALKING" | "PROPOSAL") =>
      page.locator(`li[data-match-id="${id}"]`).getByRole("button", {
        name: new RegExp(
          `^${t("ja", "console.pipeline.moveTo", { stage: t("ja", `matches.stage.${stage}`) })}`,
        ),
      });
    await button("TALKING").click();
    await expect(toast(page, "ja", "console.pipeline.moved")).toBeVisible();
    await expect(column(page, "TALKING").locator(`li[data-match-id="${id}"]`)).toBeVisible();
    await button("PROPOSAL").click();
    await expect(column(page, "PROPOSAL").locator(`li[data-match-id="${id}"]`)).toBeVisible();
  });
});
