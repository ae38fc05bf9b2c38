import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, demoAccounts, logIn, t } from "./support";

/**
 * The search pages on the demo data: instant with JavaScript (the URL follows every
 * change, Back restores the previous results), the keyword box's suggestions by keyboard,
 * and the same search as a plain form without JavaScript.
 */
const locale = "ja";
const keyword = "営業";

function resultsHeading(page: Page) {
  return page.getByRole("heading", { level: 2 }).filter({ hasText: /件/ });
}

test.describe("challenge search with JavaScript", () => {
  test("keyword, facet and sort update the URL; Back restores the previous results", async ({
    page,
  }) => {
    await page.goto("/challenges");
    await expect(page.getByRole("article").first()).toBeVisible();
    const box = page.getByRole("combobox", { name: t(locale, "discovery.search.label") });
    await expect(box).toHaveAttribute("aria-expanded", "false");

    // Typing searches by itself (no history entry per keystroke).
    await box.pressSequentially(keyword, { delay: 40 });
    await expect(page).toHaveURL(/[?&]q=%E5%96%B6%E6%A5%AD/);
    await expect(resultsHeading(page)).toContainText("「営業」の検索結果");
    await expect(page.locator("article mark").first()).toHaveText(/営業|セールス/);
    const keywordHeading = await resultsHeading(page).textContent();
    // Leaving the box closes its suggestions.
    await page.keyboard.press("Tab");

    // A facet: submitted at once, stays checked, the count changes.
    const chubu = page.getByRole("checkbox", { name: /^中部/ });
    await chubu.check();
    await expect(page).toHaveURL(/region=chubu/);
    await expect(chubu).toBeChecked();
    await expect(chubu).toBeFocused();
    await expect(resultsHeading(page)).not.toHaveText(keywordHeading!);
    const facetHeading = await resultsHeading(page).textContent();
    await expect(
      page.getByRole("link", { name: t(locale, "discovery.chips.remove", { label: "中部" }) }),
    ).toBeVisible();

    // Sort.
    const sort = page.getByLabel(t(locale, "discovery.sort.label"));
    await sort.selectOption("deadline");
    await expect(page).toHaveURL(/sort=deadline/);
    await expect(resultsHeading(page)).toHaveText(facetHeading!);

    // Back: the sort goes, then the facet; the results follow.
    await page.goBack();
    await expect(page).not.toHaveURL(/sort=deadline/);
    await expect(page).toHaveURL(/region=chubu/);
    await expect(sort).toHaveValue("relevance");
    await page.goBack();
    await expect(page).not.toHaveURL(/region=/);
    await expect(page.getByRole("checkbox", { name: /^中部/ })).not.toBeChecked();
    await expect(resultsHeading(page)).toHaveText(keywordHeading!);
    await expect(box).toHaveValue("営業");

    // A shared URL opens the same search.
    await page.goto("/challenges?q=%E5%96%B6%E6%A5%AD&region=chubu");
    await expect(resultsHeading(page)).toHaveText(facetHeading!);
  });

  test("the keyword box suggests by keyboard: ↓ chooses, Enter searches", async ({ page }) => {
    await page.goto("/challenges");
    const box = page.getByRole("combobox", { name: t(locale, "discovery.search.label") });
    const listbox = page.getByRole("listbox", { name: t(locale, "discovery.search.suggestions") });
    await box.pressSequentially("販路", { delay: 40 });
    await expect(listbox).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    const options = listbox.getByRole("option");
    await expect(options.first()).toContainText("販路");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const second = options.nth(1);
    await expect(second).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", (await second.getAttribute("id"))!);
    const chosen = (await second.locator("span").first().textContent())!;
    await page.keyboard.press("Enter");
    await expect(box).toHaveValue(chosen);
    await expect(listbox).toBeHidden();
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(chosen);
    await expect(page.getByRole("article").first()).toBeVisible();
    await expect(box).toBeFocused();

    // Escape closes the list and keeps the text.
    await box.fill("");
    await box.pressSequentially("DX", { delay: 40 });
    await expect(listbox).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(listbox).toBeHidden();
    await expect(box).toHaveValue("DX");
  });

  test("an invalid parameter is shown next to its control, and the page still searches", async ({
    page,
  }) => {
    const response = await page.goto("/challenges?pref=99&sort=cheapest&category=DX_IT");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("alert")).toHaveText(t(locale, "discovery.errors.summary"));
    await expect(page.getByText(t(locale, "search.errors.prefecture"))).toBeVisible();
    await expect(page.getByLabel(t(locale, "discovery.sort.label"))).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await expect(page.getByRole("article").first()).toBeVisible();
  });

  test("a company member searches professionals: anonymous ones by their summary", async ({
    page,
  }) => {
    await logIn(page, demoAccounts.companyShinshu.email, DEMO_PASSWORD);
    await page.goto("/pros");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t(locale, "professionals.pros.title"),
    );
    await expect(page.getByRole("article").first()).toBeVisible();
    const box = page.getByRole("combobox", { name: t(locale, "discovery.search.label") });
    await box.pressSequentially("マーケティング", { delay: 30 });
    await expect(page).toHaveURL(/q=/);
    await expect(resultsHeading(page)).toContainText("「マーケティング」の検索結果");
    await page.keyboard.press("Tab");
    await page.getByRole("checkbox", { name: /^副業・兼業/ }).check();
    await expect(page).toHaveURL(/engagement=SIDE_JOB/);
    const anonymous = page
      .getByRole("article")
      .filter({ hasText: t(locale, "discovery.pros.anonymous") });
    if ((await anonymous.count()) > 0) {
      // An anonymous card is titled by its summary ("…勤務・…年"), never a person's name.
      await expect(anonymous.first().getByRole("heading")).toHaveText(/勤務|年/);
    }
  });
});

test.describe("challenge search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same search through the plain form, chips and pages as links", async ({ page }) => {
    await page.goto("/challenges");
    expect(await page.evaluate(() => "__remixRouter" in window).catch(() => false)).toBe(false);
    const box = page.getByRole("searchbox", { name: t(locale, "discovery.search.label") });
    await expect(
      page.getByRole("combobox", { name: t(locale, "discovery.search.label") }),
    ).toHaveCount(0);
    await box.fill("営業");
    await page.getByRole("checkbox", { name: /^中部/ }).check();
    await page.getByLabel(t(locale, "discovery.sort.label")).selectOption("newest");
    await page.getByRole("button", { name: t(locale, "discovery.filters.apply") }).click();
    await expect(page).toHaveURL(/q=%E5%96%B6%E6%A5%AD/);
    await expect(page).toHaveURL(/region=chubu/);
    await expect(page).toHaveURL(/sort=newest/);
    await expect(resultsHeading(page)).toContainText("「営業」の検索結果");
    await expect(page.getByRole("checkbox", { name: /^中部/ })).toBeChecked();
    await expect(page.locator("article mark").first()).toBeVisible();

    // A chip removes its filter.
    await page
      .getByRole("link", { name: t(locale, "discovery.chips.remove", { label: "中部" }) })
      .click();
    await expect(page).not.toHaveURL(/region=/);
    await expect(page).toHaveURL(/q=%E5%96%B6%E6%A5%AD/);

    // The keyword button submits the whole form, pages are links.
    await box.fill("");
    await page.getByRole("button", { name: t(locale, "discovery.search.submit") }).click();
    await expect(page).toHaveURL(/\/challenges(\?sort=newest)?$/);
    const next = page.getByRole("link", { name: t(locale, "discovery.pagination.next") });
    await next.click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("article").first()).toBeVisible();
  });
});
