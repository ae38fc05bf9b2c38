/**
 * Helpers for the notification browser tests. Browsers cannot cause a notification on
 * their own until the match pages exist, so the tests record events the way those pages
 * will: `notify()` in a child process against the e2e server's database.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { expect, type Page } from "@playwright/test";
import type { NotificationKind, NotificationParams } from "../../app/modules/notifications/kinds";
import { baseURL, header, t, type Locale } from "./support";

const run = promisify(execFile);

function databasePath() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set (run through playwright.config.ts)");
  return url.replace(/^file:/, "");
}

export type TestEvent = {
  kind: NotificationKind;
  href: string;
  params: NotificationParams;
  eventId?: string;
};

/** Records each event for the user with `email` through the app's real notify(). */
export async function notifyUser(email: string, events: TestEvent[]) {
  const ids: string[] = [];
  for (const event of events) {
    const eventId = event.eventId ?? `e2e-${randomBytes(6).toString("hex")}`;
    ids.push(eventId);
    await run(
      "npx",
      ["tsx", "tests/e2e/notifications-notify.ts", JSON.stringify({ email, ...event, eventId })],
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
  }
  return ids;
}

/** Whether an email was queued for this event and recipient (its idempotency key). */
export function emailQueued(eventId: string, email: string) {
  const db = new Database(databasePath(), { readonly: true });
  try {
    db.pragma("busy_timeout = 5000");
    const row = db
      .prepare(
        `SELECT COUNT(*) AS n FROM EmailOutbox o JOIN User u ON o.idempotencyKey = 'notify/' || ? || '/' || u.id WHERE u.email = ?`,
      )
      .get(eventId, email) as { n: number };
    return row.n > 0;
  } finally {
    db.close();
  }
}

/** The header's bell link, found by the name a screen reader hears. */
export function bell(page: Page, locale: Locale, unread: number) {
  const name =
    unread > 0
      ? t(locale, "notifications.bell.labelUnread", { count: unread })
      : t(locale, "notifications.bell.label");
  return header(page).getByRole("link", { name, exact: true });
}

export async function expectBell(page: Page, locale: Locale, unread: number) {
  await expect(bell(page, locale, unread), `the bell with ${unread} unread`).toBeVisible();
  const badge = header(page).getByTestId("notification-badge");
  if (unread === 0) await expect(badge).toHaveCount(0);
  else await expect(badge).toHaveText(unread > 99 ? "99+" : String(unread));
}
