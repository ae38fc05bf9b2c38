import { createHash } from "node:crypto";
import type { DbClient } from "~/lib/db.server";
import { getEnv } from "~/lib/env.server";
import { isLocale } from "~/lib/i18n/locales";
import { getTranslator } from "~/lib/i18n/translate";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { enqueueEmail } from "../email/outbox.server";
import type { NotificationKind, NotificationParams } from "../kinds";
import { notificationText } from "./text";

export interface NotificationEvent {
  kind: NotificationKind;
  /** who hears of it; callers leave out the person who acted */
  recipientIds: string[];
  matchId?: string;
  /** where the notification leads: a path inside the app */
  href: string;
  params: NotificationParams;
  /** unique per event (e.g. the MatchEvent id): with the recipient, the email's idempotency key */
  eventId: string;
}

/**
 * The bell entry's id for one recipient of one event: deterministic, so recording the
 * same event twice (a retried request) leaves one row.
 */
export function notificationId(eventId: string, userId: string): string {
  return createHash("sha256").update(`${eventId}\u0000${userId}`).digest("hex").slice(0, 32);
}

export function notificationEmailKey(eventId: string, userId: string): string {
  return `notify/${eventId}/${userId}`;
}

/**
 * Records an event's notifications in the caller's transaction: a bell entry for every
 * recipient who keeps in-app notifications for this kind, and an email through the
 * outbox for every one who keeps email.
 *
 * Idempotent per (eventId, recipient): calling it again for the same event creates no
 * second bell entry and no second email. Recipients who no longer exist are skipped;
 * email goes only to verified addresses. Uses only `tx`.
 */
export async function notify(tx: DbClient, event: NotificationEvent): Promise<void> {
  const href = safeRedirectPath(event.href, "");
  if (href === "" || href !== event.href) {
    throw new Error(
      `notify: href must be a path inside the app, got ${JSON.stringify(event.href)}`,
    );
  }
  const recipientIds = [...new Set(event.recipientIds)];
  if (recipientIds.length === 0) return;
  const [users, preferences] = await Promise.all([
    tx.user.findMany({
      where: { id: { in: recipientIds } },
      select: { id: true, email: true, locale: true, emailVerifiedAt: true },
    }),
    tx.notificationPreference.findMany({
      where: { userId: { in: recipientIds }, kind: event.kind },
      select: { userId: true, inApp: true, email: true },
    }),
  ]);
  const preferenceOf = new Map(preferences.map((row) => [row.userId, row]));
  const params = JSON.stringify(event.params);
  const origin = getEnv().APP_URL;
  for (const user of users) {
    const preference = preferenceOf.get(user.id);
    if (preference?.inApp ?? true) {
      const id = notificationId(event.eventId, user.id);
      await tx.notification.upsert({
        where: { id },
        create: {
          id,
          userId: user.id,
          kind: event.kind,
          matchId: event.matchId ?? null,
          params,
          href,
        },
        update: {},
      });
    }
    if ((preference?.email ?? true) && user.emailVerifiedAt) {
      const locale = isLocale(user.locale) ? user.locale : "ja";
      await enqueueEmail(tx, {
        template: "notification",
        to: user.email,
        locale,
        payload: {
          kind: event.kind,
          message: notificationText(getTranslator(locale), event.kind, event.params),
          url: `${origin}${href}`,
          settingsUrl: `${origin}/settings/notifications`,
        },
        idempotencyKey: notificationEmailKey(event.eventId, user.id),
      });
    }
  }
}
