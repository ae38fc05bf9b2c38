/**
 * A user's own notifications and preferences. Every function takes the owner's id and
 * touches only that owner's rows: another user's notification id is simply not found.
 */
import { db } from "~/lib/db.server";
import type { Role } from "~/modules/auth/roles";
import { recordAudit } from "~/modules/audit/audit.server";
import { parseNotificationParams } from "./text";
import {
  choicesFromForm,
  kindsForRole,
  resolvePreferences,
  type NotificationPreferencesInput,
} from "./preferences";

export const NOTIFICATIONS_PAGE_SIZE = 50;

/** The bell's number: one COUNT on the (userId, readAt, createdAt) index. */
export function countUnreadNotifications(userId: string): Promise<number> {
  return db.notification.count({ where: { userId, readAt: null } });
}

/**
 * One page of the owner's notifications, newest first. `cursor` is the id of the last
 * notification of the previous page (the owner's own; anything else → null: not found).
 */
export async function listNotifications(
  userId: string,
  { cursor, take = NOTIFICATIONS_PAGE_SIZE }: { cursor?: string | null; take?: number } = {},
) {
  let after: { createdAt: Date; id: string } | null = null;
  if (cursor) {
    after = await db.notification.findFirst({
      where: { id: cursor, userId },
      select: { createdAt: true, id: true },
    });
    if (!after) return null;
  }
  const rows = await db.notification.findMany({
    where: {
      userId,
      ...(after
        ? {
            OR: [
              { createdAt: { lt: after.createdAt } },
              { createdAt: after.createdAt, id: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: { id: true, kind: true, params: true, href: true, readAt: true, createdAt: true },
  });
  const items = rows.slice(0, take).map((row) => ({
    id: row.id,
    kind: row.kind,
    params: parseNotificationParams(row.params),
    href: row.href,
    read: row.readAt !== null,
    createdAt: row.createdAt,
  }));
  const nextCursor = rows.length > take ? (items.at(-1)?.id ?? null) : null;
  return { items, nextCursor };
}

/**
 * Marks one of the owner's notifications read (already read stays as it was) and
 * returns where it leads, or null when the owner has no such notification.
 */
export async function markNotificationRead(userId: string, id: string) {
  const found = await db.notification.findFirst({
    where: { id, userId },
    select: { id: true, href: true, readAt: true },
  });
  if (!found) return null;
  if (!found.readAt) {
    await db.notification.updateMany({
      where: { id, userId, readAt: null },
      data: { readAt: new Date() },
    });
  }
  return { href: found.href };
}

/** Marks every unread notification of the owner read; returns how many changed. */
export async function markAllNotificationsRead(userId: string) {
  const { count } = await db.notification.updateMany({
    where: { userId, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

/** The settings page's rows: every kind offered to the role, with its channels. */
export async function getNotificationPreferences(user: { id: string; role: Role }) {
  const rows = await db.notificationPreference.findMany({
    where: { userId: user.id },
    select: { kind: true, inApp: true, email: true },
  });
  return resolvePreferences(kindsForRole(user.role), rows);
}

/** Saves the settings form: one upsert per offered kind, audited, in one transaction. */
export async function saveNotificationPreferences(
  user: { id: string; role: Role },
  value: NotificationPreferencesInput,
  meta: { ipAddress?: string } = {},
) {
  const choices = choicesFromForm(kindsForRole(user.role), value);
  await db.$transaction(async (tx) => {
    for (const choice of choices) {
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId: user.id, kind: choice.kind } },
        create: { userId: user.id, ...choice },
        update: { inApp: choice.inApp, email: choice.email },
      });
    }
    await recordAudit(tx, {
      action: "notifications.preferences",
      actorId: user.id,
      targetType: "User",
      targetId: user.id,
      ipAddress: meta.ipAddress,
      metadata: {
        off: choices
          .filter((choice) => !choice.inApp || !choice.email)
          .map((choice) => ({ kind: choice.kind, inApp: choice.inApp, email: choice.email })),
      },
    });
  });
  return choices;
}
