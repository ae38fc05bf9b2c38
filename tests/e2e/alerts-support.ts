/**
 * Helpers for the saved-search browser tests: save a search from a search page, and send
 * the digests the way cron would (`app/cli/send-alerts.ts` against the e2e database).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { expect, type Page } from "@playwright/test";
import { baseURL, t, type Locale, type Mail } from "./support";

const run = promisify(execFile);

/** Saves the search on screen (a /challenges or /pros page) under `name`. */
export async function saveSearch(
  page: Page,
  locale: Locale,
  { name, frequency }: { name: string; frequency: "DAILY" | "WEEKLY" | "OFF" },
) {
  const box = page.locator("details").filter({ hasText: t(locale, "alerts.save.legend") });
  if (!(await box.evaluate((element) => (element as HTMLDetailsElement).open))) {
    await box.locator("summary").click();
  }
  await box.getByLabel(t(locale, "alerts.field.name")).fill(name);
  await box
    .getByLabel(t(locale, "alerts.field.frequency"))
    .selectOption({ label: t(locale, `alerts.frequency.${frequency}`) });
  // "Saved ✓" shows at once (optimistic): wait for the server's answer before going on.
  const saved = page.waitForResponse(
    (response) =>
      response.request().method() === "POST" &&
      /^\/searches(\.data)?$/.test(new URL(response.url()).pathname),
  );
  await box.getByRole("button", { name: t(locale, "alerts.save.submit") }).click();
  expect((await saved).status(), "POST /searches").toBe(200);
}

function databasePath() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (run through playwright.config.ts)");
  return url.replace(/^file:/, "");
}

/**
 * Test set-up only: makes a saved search look as if its last digest went out `days` ago,
 * so the demo challenges published since then count as new.
 */
export function ageSavedSearch(name: string, days: number) {
  const db = new Database(databasePath());
  try {
    db.pragma("busy_timeout = 5000");
    const then = new Date(Date.now() - days * 86_400_000).toISOString().replace("Z", "+00:00");
    const changed = db
      .prepare("UPDATE SavedSearch SET lastNotifiedAt = ? WHERE name = ?")
      .run(then, name).changes;
    expect(changed, `saved search "${name}" in the e2e database`).toBe(1);
  } finally {
    db.close();
  }
}

/** Runs `npm run alerts:send` (its script) against the e2e server's database. */
export async function sendDigests(now = new Date()) {
  const { stdout } = await run(
    "npx",
    ["tsx", "app/cli/send-alerts.ts", "--now", now.toISOString()],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: `file:${databasePath()}`,
        APP_URL: baseURL,
        LOG_LEVEL: "error",
      },
      timeout: 60_000,
    },
  );
  return stdout;
}

/** The digest's one-click unsubscribe link, as a path. */
export function unsubscribeLinkIn(mail: Mail) {
  const links = mail.links.filter((href) => new URL(href).pathname.startsWith("/unsubscribe/"));
  expect(links, `an unsubscribe link in "${mail.subject}": ${mail.links.join(", ")}`).toHaveLength(
    1,
  );
  const url = new URL(links[0]!);
  expect(url.origin).toBe(baseURL);
  return url.pathname;
}
