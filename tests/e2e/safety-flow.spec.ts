import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { createSafetyThread } from "./safety-support";
import { DEMO_PASSWORD, demoAccounts, header, logIn, newContext, t, toast } from "./support";

test("a participant reports a message and an admin resolves it in the queue", async ({
  page,
  browser,
}) => {
  const offending = `二度と連絡するな ${randomBytes(4).toString("hex")}`;
  const thread = await createSafetyThread("ja", [
    "こんにちは、ご応募ありがとうございます。",
    offending,
  ]);

  // The professional reports the second message from the thread page.
  await logIn(page, thread.pro.email, thread.password);
  await page.goto(`/messages/${thread.threadId}`);
  const item = page.getByTestId("message").filter({ hasText: offending });
  await item.getByRole("link", { name: t("ja", "messaging.message.report") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("ja", "safety.title"));
  await expect(page.locator("blockquote")).toHaveText(offending);
  await page.getByRole("button", { name: t("ja", "safety.report.submit") }).click();
  // No reason chosen: the form says so and stays.
  await expect(page.getByText(t("ja", "safety.errors.reason"))).toBeVisible();
  await expect(page).toHaveURL(/\/safety\?message=/);
  await page.getByLabel(t("ja", "safety.report.reason.harassment")).check();
  await page.getByLabel(t("ja", "safety.report.note")).fill("威圧的な言葉です");
  await page.getByRole("button", { name: t("ja", "safety.report.submit") }).click();
  await expect(page).toHaveURL(new RegExp(`/messages/${thread.threadId}$`));
  await expect(toast(page, "ja", "safety.toast.reported")).toBeVisible();

  // Reporting the same message again says so.
  await page.goto(`/messages/${thread.threadId}`);
  await item.getByRole("link", { name: t("ja", "messaging.message.report") }).click();
  await expect(page.getByText(t("ja", "safety.report.already"))).toBeVisible();

  // The admin finds it in the queue, reads the context and resolves it.
  const adminContext = await newContext(browser, "ja");
  const admin = await adminContext.newPage();
  try {
    await logIn(admin, demoAccounts.admin.email, DEMO_PASSWORD);
    await header(admin)
      .getByRole("link", { name: t("ja", "safety.nav"), exact: true })
      .filter({ visible: true })
      .click();
    await expect(admin).toHaveURL(/\/admin\/reports$/);
    const card = admin.getByTestId("report").filter({ hasText: offending });
    await expect(card).toContainText(thread.pro.name);
    await expect(card).toContainText(thread.member.name);
    await expect(card).toContainText("威圧的な言葉です");
    await card.getByRole("link", { name: /./ }).click();
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText(
      t("ja", "safety.admin.detailTitle"),
    );
    const context = admin.getByRole("region", { name: t("ja", "safety.admin.context") });
    await expect(context.getByRole("listitem")).toHaveCount(2);
    await expect(context.locator('[aria-current="true"]')).toContainText(offending);

    await admin.getByRole("button", { name: t("ja", "safety.admin.resolve") }).click();
    await expect(admin.getByText(t("ja", "safety.errors.resolutionRequired"))).toBeVisible();
    await admin.getByLabel(t("ja", "safety.admin.resolution")).fill("投稿者に警告しました");
    await admin.getByRole("button", { name: t("ja", "safety.admin.resolve") }).click();
    await expect(admin).toHaveURL(/\/admin\/reports$/);
    await expect(toast(admin, "ja", "safety.admin.toast.resolved")).toBeVisible();
    await expect(admin.getByTestId("report").filter({ hasText: offending })).toHaveCount(0);

    await admin
      .getByRole("link", { name: new RegExp(t("ja", "safety.admin.status.RESOLVED")) })
      .click();
    await expect(admin.getByTestId("report").filter({ hasText: offending })).toBeVisible();
  } finally {
    await adminContext.close();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a blocked participant sees that they cannot post; unblocking lets them again", async ({
    page,
    browser,
  }) => {
    const thread = await createSafetyThread("ja");

    // The company member blocks the professional from the thread's safety page.
    await logIn(page, thread.member.email, thread.password);
    await page.goto(`/messages/${thread.threadId}`);
    await page.getByRole("link", { name: t("ja", "messaging.thread.safety") }).click();
    await page
      .getByRole("button", { name: t("ja", "safety.block.blockLabel", { name: thread.pro.name }) })
      .click();
    await expect(toast(page, "ja", "safety.toast.blocked")).toBeVisible();
    await page.goto(`/messages/${thread.threadId}/safety`);
    await expect(page.getByText(t("ja", "safety.block.blocked"), { exact: true })).toBeVisible();

    // The professional sees why they cannot write, and has no form to write with.
    const proContext = await newContext(browser, "ja", { javaScriptEnabled: false });
    const pro = await proContext.newPage();
    try {
      await logIn(pro, thread.pro.email, thread.password);
      await pro.goto(`/messages/${thread.threadId}`);
      await expect(pro.getByText(t("ja", "messaging.compose.blocked"))).toBeVisible();
      await expect(pro.locator('textarea[name="body"]')).toHaveCount(0);
      await pro.goto(`/messages/${thread.threadId}/safety`);
      await expect(pro.getByText(t("ja", "safety.youAreBlocked"))).toBeVisible();

      // Unblocked, the form is back.
      await page
        .getByRole("button", {
          name: t("ja", "safety.block.unblockLabel", { name: thread.pro.name }),
        })
        .click();
      await expect(toast(page, "ja", "safety.toast.unblocked")).toBeVisible();
      await pro.goto(`/messages/${thread.threadId}`);
      await expect(pro.locator('textarea[name="body"]')).toHaveCount(1);
    } finally {
      await proContext.close();
    }
  });

  test("muting a thread from its safety page", async ({ page }) => {
    const thread = await createSafetyThread("ja");
    await logIn(page, thread.pro.email, thread.password);
    await page.goto(`/messages/${thread.threadId}/safety`);
    await expect(page.getByText(t("ja", "safety.mute.isOn"))).toBeVisible();
    await page.getByRole("button", { name: t("ja", "safety.mute.mute") }).click();
    await expect(toast(page, "ja", "safety.toast.muted")).toBeVisible();
    await expect(page.getByText(t("ja", "safety.mute.isOff"))).toBeVisible();
    await page.getByRole("button", { name: t("ja", "safety.mute.unmute") }).click();
    await expect(toast(page, "ja", "safety.toast.unmuted")).toBeVisible();
    await expect(page.getByText(t("ja", "safety.mute.isOn"))).toBeVisible();
  });
});
