import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ageSavedSearch, saveSearch, sendDigests, unsubscribeLinkIn } from "./alerts-support";
import {
  DEMO_PASSWORD,
  demoAccounts,
  logIn,
  readLatestMail,
  signedInUser,
  t,
  toast,
} from "./support";

const locale = "ja";

/** The saved search's card on /searches, found by its heading. */
function card(page: Page, name: string) {
  return page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name, exact: true }) });
}

test("a professional saves a search, changes its alerts, renames and deletes it", async ({
  page,
}) => {
  await logIn(page, demoAccounts.proSato.email, DEMO_PASSWORD, { locale });
  await page.goto("/challenges?q=DX");
  const name = `DX e2e ${randomBytes(3).toString("hex")}`;
  await saveSearch(page, locale, { name, frequency: "DAILY" });
  // With JavaScript the form posts in place: the page stays, the form says it is saved.
  await expect(
    page.getByRole("status").filter({ hasText: t(locale, "alerts.save.saved") }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/challenges\?q=DX$/);

  await page.getByRole("link", { name: t(locale, "alerts.save.manage") }).click();
  await expect(page).toHaveURL(/\/searches$/);
  const saved = card(page, name);
  await expect(saved).toContainText(t(locale, "alerts.conditions", { summary: "「DX」" }));
  await expect(saved).toContainText(t(locale, "alerts.frequency.DAILY"));
  await expect(saved.getByRole("link", { name: t(locale, "alerts.open") })).toHaveAttribute(
    "href",
    "/challenges?q=DX",
  );

  await saved
    .getByLabel(t(locale, "alerts.field.frequency"))
    .selectOption({ label: t(locale, "alerts.frequency.WEEKLY") });
  await saved.getByRole("button", { name: t(locale, "alerts.changeFrequency") }).click();
  await expect(toast(page, locale, "alerts.toast.frequency")).toBeVisible();
  await expect(card(page, name)).toContainText(t(locale, "alerts.frequency.WEEKLY"));

  const renamed = `${name} 改`;
  await card(page, name).getByLabel(t(locale, "alerts.field.name")).fill(renamed);
  await card(page, name)
    .getByRole("button", { name: t(locale, "alerts.rename") })
    .click();
  await expect(toast(page, locale, "alerts.toast.renamed")).toBeVisible();
  await expect(card(page, renamed)).toBeVisible();

  await card(page, renamed)
    .getByRole("button", { name: t(locale, "alerts.deleteLabel", { name: renamed }) })
    .click();
  await expect(toast(page, locale, "alerts.toast.deleted")).toBeVisible();
  await expect(card(page, renamed)).toHaveCount(0);
});

test("a digest arrives in the mailbox and its link unsubscribes in one confirmed click", async ({
  page,
}) => {
  const user = await signedInUser(page, { locale });
  await page.goto("/challenges?q=DX");
  const name = `DX digest ${randomBytes(3).toString("hex")}`;
  await saveSearch(page, locale, { name, frequency: "DAILY" });
  await expect(
    page.getByRole("status").filter({ hasText: t(locale, "alerts.save.saved") }),
  ).toBeVisible();

  ageSavedSearch(name, 60);
  // (The app's own hourly job may get there first: either way the mail arrives once.)
  expect(await sendDigests()).toMatch(/^checked \d+, sent \d+/);

  const mail = await readLatestMail(page, user.email, { subject: name });
  expect(mail.links.some((href) => new URL(href).pathname.startsWith("/challenges/"))).toBe(true);
  const unsubscribe = unsubscribeLinkIn(mail);

  // Opening the link only asks.
  await page.goto(unsubscribe);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    t(locale, "alerts.unsubscribe.title"),
  );
  await page.goto("/searches");
  await expect(card(page, name)).toContainText(t(locale, "alerts.frequency.DAILY"));

  await page.goto(unsubscribe);
  await page.getByRole("button", { name: t(locale, "alerts.unsubscribe.submit") }).click();
  await expect(
    page.getByRole("status").filter({ hasText: t(locale, "alerts.unsubscribe.done", { name }) }),
  ).toBeVisible();
  await page.goto("/searches");
  await expect(card(page, name)).toContainText(t(locale, "alerts.frequency.OFF"));

  // A mail client's RFC 8058 one-click POST, from another site, without cookies.
  const response = await page.request.post(`${unsubscribe}/one-click`, {
    form: { "List-Unsubscribe": "One-Click" },
    headers: { Origin: "https://mail.example.com", "Sec-Fetch-Site": "cross-site", Cookie: "" },
  });
  expect(response.status()).toBe(200);
});

test("without an account, the search page offers to log in to save", async ({ page }) => {
  await page.goto("/challenges?q=DX");
  const link = page.getByRole("link", { name: t(locale, "alerts.save.login") });
  await expect(link).toHaveAttribute(
    "href",
    `/login?redirectTo=${encodeURIComponent("/challenges?q=DX")}`,
  );
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("saving goes back to the search with a toast, and /searches still manages it", async ({
    page,
  }) => {
    await signedInUser(page, { locale });
    await page.goto("/challenges?q=DX");
    const name = `no-js ${randomBytes(3).toString("hex")}`;
    const box = page.locator("details").filter({ hasText: t(locale, "alerts.save.legend") });
    await box.locator("summary").click();
    await box.getByLabel(t(locale, "alerts.field.name")).fill(name);
    await box.getByRole("button", { name: t(locale, "alerts.save.submit") }).click();
    await expect(page).toHaveURL(/\/challenges\?q=DX$/);
    await expect(toast(page, locale, "alerts.toast.saved")).toBeVisible();

    await page.goto("/searches");
    await expect(card(page, name)).toContainText(t(locale, "alerts.frequency.WEEKLY"));
    await card(page, name)
      .getByRole("button", { name: t(locale, "alerts.deleteLabel", { name }) })
      .click();
    await expect(toast(page, locale, "alerts.toast.deleted")).toBeVisible();
    await expect(card(page, name)).toHaveCount(0);
  });
});
