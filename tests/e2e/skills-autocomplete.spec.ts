import AxeBuilder from "@axe-core/playwright";
import { demoId } from "../../prisma/demo/random";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, demoAccounts, logIn, t } from "./support";

/**
 * The skill names input on a page that uses it: the challenge form of the demo
 * company 信州精密工業 (its id is stable, see prisma/demo/random.ts).
 */
const newChallenge = `/companies/${demoId("company", "shinshu")}/challenges/new`;
const label = t("ja", "challenges.field.requiredSkills");

test.describe("the skill names input", () => {
  test("completes the term at the caret from the keyboard", async ({ page }) => {
    await logIn(page, demoAccounts.companyShinshu.email, DEMO_PASSWORD);
    await page.goto(newChallenge);
    const input = page.getByRole("combobox", { name: label, exact: true });
    await expect(input).toHaveAttribute("aria-expanded", "false");
    const listbox = page.getByRole("listbox", { name: t("ja", "skills.input.suggestions") });

    // ↓ highlights, Enter inserts with 、 and does not submit.
    await input.pressSequentially("生産管", { delay: 30 });
    await expect(listbox).toBeVisible();
    await expect(input).toHaveAttribute("aria-expanded", "true");
    const first = listbox.getByRole("option").first();
    await expect(first).toContainText("生産管理");
    await page.keyboard.press("ArrowDown");
    await expect(first).toHaveAttribute("aria-selected", "true");
    await expect(input).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
    await expect(page.getByRole("status").filter({ hasText: /候補/ })).toBeAttached();
    const axe = await new AxeBuilder({ page })
      .setLegacyMode()
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .include("form")
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await page.keyboard.press("Enter");
    await expect(input).toHaveValue("生産管理、");
    await expect(listbox).toBeHidden();
    await expect(input).toHaveAttribute("aria-expanded", "false");
    await expect(page).toHaveURL(new RegExp(`${newChallenge}$`));

    // The next term: a prefix of an English name.
    await input.pressSequentially("kint", { delay: 30 });
    await expect(listbox.getByRole("option", { name: /kintone/ })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(input).toHaveValue("生産管理、kintone、");

    // Kana finds katakana spellings; Escape closes the list and keeps what was typed.
    await input.pressSequentially("でじた", { delay: 30 });
    await expect(listbox).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(listbox).toBeHidden();
    await expect(input).toHaveValue("生産管理、kintone、でじた");

    // A click picks an option too.
    await input.press("End");
    await input.pressSequentially("る", { delay: 30 });
    await listbox.getByRole("option", { name: /Webマーケティング/ }).click();
    await expect(input).toHaveValue("生産管理、kintone、Webマーケティング、");
    await expect(input).toBeFocused();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("it is a plain text input", async ({ page }) => {
    await logIn(page, demoAccounts.companyShinshu.email, DEMO_PASSWORD);
    await page.goto(newChallenge);
    await expect(page.getByRole("textbox", { name: label, exact: true })).toBeVisible();
    await expect(page.getByRole("combobox", { name: label, exact: true })).toHaveCount(0);
  });
});
