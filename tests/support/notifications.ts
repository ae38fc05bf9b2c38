import { randomBytes } from "node:crypto";
import { db } from "~/lib/db.server";
import type { NotificationKind, NotificationParams } from "~/modules/notifications/kinds";

/** Inserts a bell entry for `userId` directly (unread unless `readAt` is given). */
export function insertNotification(
  userId: string,
  overrides: {
    kind?: NotificationKind;
    params?: NotificationParams;
    href?: string;
    readAt?: Date | null;
    createdAt?: Date;
  } = {},
) {
  return db.notification.create({
    data: {
      id: `test-${randomBytes(8).toString("hex")}`,
      userId,
      kind: overrides.kind ?? "match.applied",
      params: JSON.stringify(
        overrides.params ?? { challengeTitle: "基幹システム刷新のPM", partyName: "佐藤 健太" },
      ),
      href: overrides.href ?? "/matches",
      readAt: overrides.readAt ?? null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
    },
  });
}
