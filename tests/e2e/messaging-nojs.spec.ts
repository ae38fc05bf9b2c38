import { demoId } from "../../prisma/demo/random";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, demoAccounts, logIn, newContext, t } from "./support";

/**
 * Without JavaScript the thread still works: post, and the page reloads with the
 * message; edit it inline (through ?edit=), and delete it. 鈴木's finished job with
 * 土佐ゆず食品 (a thread no other browser test writes to).
 */
test("without JavaScript: post, edit and delete a message", async ({ browser }) => {
  const locale = "ja";
  const context = await newContext(browser, locale, { javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await logIn(page, demoAccounts.proSuzuki.email, DEMO_PASSWORD, { locale });
    const threadPath = `/messages/${demoId("thread", "suzuki-tosa-new-product")}`;
    await page.goto(threadPath);
    const text = `スクリプトなしで送信 ${Date.now()}\nhttps://example.com/report`;
    await page.getByLabel(t(locale, "messaging.compose.label"), { exact: true }).fill(text);
    await page.getByRole("button", { name: t(locale, "messaging.compose.submit") }).click();
    await expect(page).toHaveURL(new RegExp(`${threadPath}#composer$`));
    const message = page.getByTestId("message").filter({ hasText: "スクリプトなしで送信" });
    await expect(message).toHaveCount(1);
    // Line breaks kept, the link clickable, rendered as text.
    await expect(message.getByTestId("message-body")).toHaveCSS("white-space", "pre-wrap");
    await expect(message.getByRole("link", { name: "https://example.com/report" })).toHaveAttribute(
      "href",
      "https://example.com/report",
    );

    await message.getByRole("link", { name: t(locale, "messaging.message.edit") }).click();
    const editBox = page.getByLabel(t(locale, "messaging.message.editLabel"));
    await editBox.fill("書き直しました");
    await page.getByRole("button", { name: t(locale, "messaging.message.save") }).click();
    const edited = page.getByTestId("message").filter({ hasText: "書き直しました" });
    await expect(edited).toContainText(t(locale, "messaging.message.edited"));

    await edited.getByRole("button", { name: t(locale, "messaging.message.delete") }).click();
    await expect(page.getByText("書き直しました")).toHaveCount(0);
    await expect(page.getByText(t(locale, "messaging.message.deleted")).last()).toBeVisible();
  } finally {
    await context.close();
  }
});
