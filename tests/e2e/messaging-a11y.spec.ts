import type { Page } from "@playwright/test";
import { demoId } from "../../prisma/demo/random";
import { expectNoViolations } from "./axe";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, demoAccounts, logIn, t, type Locale } from "./support";

/**
 * The messaging pages through axe in both languages, read only: the inbox and a demo
 * thread (佐藤 with 信州精密工業 in Japanese, Emily Carter with 土佐ゆず食品 in English).
 */
async function visit(page: Page, locale: Locale, path: string, heading: string) {
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
  await expectNoViolations(page, path);
}

const cases = [
  { locale: "ja", account: "proSato", thread: "sato-shinshu-dx", company: "信州精密工業" },
  { locale: "en", account: "proCarter", thread: "carter-tosa-export", company: "土佐ゆず食品" },
] as const;

for (const { locale, account, thread, company } of cases) {
  test(`inbox and thread in ${locale}`, async ({ page }) => {
    // The login page is in Japanese; the demo account's own language applies once signed in.
    await logIn(page, demoAccounts[account].email, DEMO_PASSWORD);
    await visit(page, locale, "/messages", t(locale, "messaging.inbox.title"));
    await expect(page.getByTestId("inbox-item").first()).toBeVisible();
    const threadPath = `/messages/${demoId("thread", thread)}`;
    await visit(page, locale, threadPath, company);
    await expect(page.getByRole("log")).toBeVisible();
    await expect(
      page.getByLabel(t(locale, "messaging.compose.label"), { exact: true }),
    ).toBeVisible();
    // An empty message is refused next to the field, without losing the page.
    await page.getByRole("button", { name: t(locale, "messaging.compose.submit") }).click();
    await expect(page.getByText(t(locale, "messaging.errors.bodyRequired"))).toBeVisible();
    await expectNoViolations(page, `${threadPath} with an error`);
  });
}
