import type { BrowserContext, Page } from "@playwright/test";
import { challengeId } from "../../prisma/demo/rows";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, demoAccounts, logIn, newContext, t } from "./support";

/**
 * The must-show: two browsers, 鈴木 (professional) and 信州精密工業 (company),
 * in the thread of 鈴木's casual-talk request to 信州's overseas challenge (a pair no
 * other browser test uses). A message sent in one appears in the other within a second
 * without a reload; the header's unread badge follows on another page; and after the
 * receiver's network drops and returns, the messages sent meanwhile appear.
 */
const locale = "ja";

async function signedIn(
  browser: Parameters<Parameters<typeof test>[2]>[0]["browser"],
  account: keyof typeof demoAccounts,
) {
  const context = await newContext(browser, locale);
  const page = await context.newPage();
  await logIn(page, demoAccounts[account].email, DEMO_PASSWORD, { locale });
  return { context, page };
}

/** 鈴木's thread with 信州精密工業: asks for a casual talk unless already asked. */
async function openThread(page: Page) {
  await page.goto(`/challenges/${challengeId("shinshuOverseas")}/apply?kind=casual`);
  if (!/\/matches\//.test(page.url())) {
    await page.getByRole("button", { name: t(locale, "matches.apply.submit") }).click();
    await expect(page).toHaveURL(/\/matches\/[^/]+$/);
  }
  await page.getByRole("link", { name: t(locale, "messaging.match.openThread") }).click();
  await expect(page).toHaveURL(/\/messages\/[^/]+$/);
  return page.url();
}

/** Goes to `url` and waits until the page's message stream is open. */
async function gotoLive(page: Page, url: string) {
  const stream = page.waitForRequest((request) => request.url().includes("/messages/stream"));
  await page.goto(url);
  await stream;
  // The stream subscribes once the server has checked the session: give it a moment.
  await page.waitForTimeout(300);
}

async function send(page: Page, text: string) {
  const box = page.getByLabel(t(locale, "messaging.compose.label"), { exact: true });
  await box.fill(text);
  await box.press("Control+Enter");
  // Sent: the box is empty again and keeps the focus; the message shows for real.
  await expect(box).toHaveValue("");
  await expect(box).toBeFocused();
  await expect(
    page.getByTestId("message").filter({ hasText: text }).and(page.locator(":not([aria-busy])")),
  ).toBeVisible();
}

function log(page: Page) {
  return page.getByRole("log");
}

async function badgeCount(page: Page) {
  const badge = page.getByRole("banner").getByTestId("messages-badge");
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
}

test("messages, the unread badge and a dropped connection, live between two browsers", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const contexts: BrowserContext[] = [];
  try {
    const pro = await signedIn(browser, "proSuzuki");
    const company = await signedIn(browser, "companyShinshu");
    contexts.push(pro.context, company.context);
    const threadUrl = await openThread(pro.page);
    await gotoLive(pro.page, threadUrl);
    await gotoLive(company.page, threadUrl);

    // 1. Sent by one, shown to the other within a second, without a reload.
    const first = `はじめまして、鈴木です ${Date.now()}`;
    await send(pro.page, first);
    await expect(log(company.page)).toContainText(first, { timeout: 1_000 });
    const reply = `信州精密工業です。よろしくお願いします ${Date.now()}`;
    await send(company.page, reply);
    await expect(log(pro.page)).toContainText(reply, { timeout: 1_000 });
    // The reader's page marks the message read: the sender sees the receipt.
    await expect(
      company.page.getByTestId("message").filter({ hasText: reply }).getByTestId("read-receipt"),
    ).toContainText(t(locale, "messaging.message.read"));

    // 2. On another page, the header's unread badge counts the new message.
    await gotoLive(company.page, "/matches");
    const before = await badgeCount(company.page);
    await send(pro.page, `資料をお送りします ${Date.now()}`);
    await expect(company.page.getByRole("banner").getByTestId("messages-badge")).toHaveText(
      String(before + 1),
      { timeout: 2_000 },
    );

    // 3. The receiver's network drops; two messages are sent; when it returns, both appear.
    await gotoLive(company.page, threadUrl);
    await company.context.setOffline(true);
    const missed = [`オフライン中の1通目 ${Date.now()}`, `オフライン中の2通目 ${Date.now()}`];
    await send(pro.page, missed[0]!);
    await send(pro.page, missed[1]!);
    await company.page.waitForTimeout(500);
    await company.context.setOffline(false);
    for (const text of missed) {
      await expect(log(company.page)).toContainText(text, { timeout: 10_000 });
    }
    // Each message once: the catch-up does not duplicate what was already shown.
    for (const text of missed) {
      await expect(company.page.getByTestId("message").filter({ hasText: text })).toHaveCount(1);
    }
    // And nothing was lost for good: a reload shows the same thread.
    await company.page.reload();
    for (const text of [first, reply, ...missed]) {
      await expect(log(company.page)).toContainText(text);
    }
  } finally {
    for (const context of contexts) await context.close();
  }
});
