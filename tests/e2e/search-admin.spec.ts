import { expect, test } from "./fixtures";
import { signedInAdmin } from "./skills-support";
import { t, toast } from "./support";

/**
 * /admin/synonyms as the demo admin: a group added there takes effect in the challenge
 * search once the background reindex the page shows has finished.
 */
const title = "ゆず果汁の欧州向け輸出の立ち上げ"; // a demo challenge that says 果汁
const query = `/challenges?q=${encodeURIComponent("搾り汁")}`;

test.describe("the synonyms editor (demo admin, Japanese)", () => {
  test("adds a group, sees the index rebuilt, finds the challenge by the new synonym, deletes it", async ({
    page,
  }) => {
    await signedInAdmin(page, "ja");
    // Before: 搾り汁 matches nothing the demo challenge says.
    await page.goto(query);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);

    await page.goto("/admin/synonyms");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      t("ja", "search.synonyms.title"),
    );
    // The built-in table is listed read-only.
    await expect(page.getByText("営業・セールス", { exact: false }).first()).toBeVisible();
    await page.getByLabel(t("ja", "search.synonyms.terms")).fill("果汁\n搾り汁");
    await page.getByRole("button", { name: t("ja", "search.synonyms.add") }).click();
    await expect(toast(page, "ja", "search.synonyms.created")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "果汁・搾り汁" })).toBeVisible();
    // The page follows the reindex until it is done.
    await expect(page.locator("[data-reindex-state]")).toHaveAttribute(
      "data-reindex-state",
      "done",
      { timeout: 30_000 },
    );

    await page.goto(query);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    const api = await page.request.get(`/api/v1/challenges?q=${encodeURIComponent("搾り汁")}`);
    expect(api.status()).toBe(200);
    expect(JSON.stringify(await api.json())).toContain(title);

    // Delete it again: the demo data stays as it was for other tests.
    await page.goto("/admin/synonyms");
    await page
      .getByRole("link", { name: t("ja", "search.synonyms.editLabel", { name: "果汁" }) })
      .click();
    await expect(page.getByLabel(t("ja", "search.synonyms.terms"))).toHaveValue("果汁\n搾り汁");
    await page.getByRole("button", { name: t("ja", "search.synonyms.delete") }).click();
    await expect(toast(page, "ja", "search.synonyms.deleted")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "果汁・搾り汁" })).toHaveCount(0);
    await expect(page.locator("[data-reindex-state]")).toHaveAttribute(
      "data-reindex-state",
      "done",
      { timeout: 30_000 },
    );
    await page.goto(query);
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  });

  test("refuses a term that already has a group, next to the field, keeping what was typed", async ({
    page,
  }) => {
    await signedInAdmin(page, "ja");
    await page.goto("/admin/synonyms");
    const field = page.getByLabel(t("ja", "search.synonyms.terms"));
    await field.fill("ｾｰﾙｽ\n販売員e2e");
    await page.getByRole("button", { name: t("ja", "search.synonyms.add") }).click();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText(/「ｾｰﾙｽ」は組み込みのグループ（営業・/)).toBeVisible();
    await expect(field).toHaveValue("ｾｰﾙｽ\n販売員e2e");
  });
});
