import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import * as rootRoute from "~/root";
import * as notificationsRoute from "~/routes/notifications";
import * as settingsRoute from "~/routes/settings.notifications";
import { resetDatabase } from "../support/database";
import { insertNotification } from "../support/notifications";
import { signedInUser } from "../support/professionals";
import { callRoute } from "../support/routes";

beforeEach(resetDatabase);

type ListData = {
  items: { id: string; read: boolean; href: string; params: Record<string, string> }[];
  nextCursor: string | null;
};
type RootData = { user: { unreadNotifications: number } | null };

async function unreadInHeader(cookie: string) {
  const outcome = await callRoute(rootRoute.loader, { path: "/notifications", cookie });
  return (outcome.data as RootData).user?.unreadNotifications;
}

describe("the bell's count (root loader)", () => {
  it("counts only the signed-in user's unread notifications", async () => {
    const me = await signedInUser("PROFESSIONAL");
    const other = await signedInUser("PROFESSIONAL");
    await insertNotification(me.user.id);
    await insertNotification(me.user.id);
    await insertNotification(me.user.id, { readAt: new Date() });
    await insertNotification(other.user.id);
    expect(await unreadInHeader(me.cookie)).toBe(2);
    const anonymous = await callRoute(rootRoute.loader, { path: "/" });
    expect((anonymous.data as RootData).user).toBeNull();
  });
});

describe("/notifications", () => {
  it("lists the owner's notifications, newest first, with their text fields", async () => {
    const me = await signedInUser("COMPANY_MEMBER");
    const other = await signedInUser("COMPANY_MEMBER");
    const old = await insertNotification(me.user.id, { createdAt: new Date("2026-01-01") });
    const recent = await insertNotification(me.user.id, {
      createdAt: new Date("2026-02-01"),
      readAt: new Date(),
    });
    await insertNotification(other.user.id);
    const { data } = await callRoute(notificationsRoute.loader, {
      path: "/notifications",
      cookie: me.cookie,
    });
    const list = data as ListData;
    expect(list.items.map((item) => [item.id, item.read])).toEqual([
      [recent.id, true],
      [old.id, false],
    ]);
    expect(list.items[0]!.params).toEqual({
      challengeTitle: "基幹システム刷新のPM",
      partyName: "佐藤 健太",
    });
    expect(list.nextCursor).toBeNull();
  });

  it("pages by 50 with a cursor; a cursor that is not the owner's is 404", async () => {
    const me = await signedInUser("PROFESSIONAL");
    const other = await signedInUser("PROFESSIONAL");
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 55; i += 1) {
      await insertNotification(me.user.id, { createdAt: new Date(start + i * 60_000) });
    }
    const first = (
      await callRoute(notificationsRoute.loader, { path: "/notifications", cookie: me.cookie })
    ).data as ListData;
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).toBe(first.items[49]!.id);
    const second = (
      await callRoute(notificationsRoute.loader, {
        path: `/notifications?cursor=${first.nextCursor}`,
        cookie: me.cookie,
      })
    ).data as ListData;
    expect(second.items).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const ids = new Set([...first.items, ...second.items].map((item) => item.id));
    expect(ids.size).toBe(55);

    const theirs = await insertNotification(other.user.id);
    const foreign = await callRoute(notificationsRoute.loader, {
      path: `/notifications?cursor=${theirs.id}`,
      cookie: me.cookie,
    });
    expect(foreign.status).toBe(404);
  });

  it("open: marks it read and goes to its page", async () => {
    const me = await signedInUser("PROFESSIONAL");
    const item = await insertNotification(me.user.id, { href: "/matches/abc?tab=timeline" });
    await insertNotification(me.user.id);
    const outcome = await callRoute(notificationsRoute.action, {
      path: "/notifications",
      cookie: me.cookie,
      form: { intent: "open", id: item.id },
    });
    expect(outcome.status).toBe(302);
    expect(outcome.location).toBe("/matches/abc?tab=timeline");
    expect((await db.notification.findUniqueOrThrow({ where: { id: item.id } })).readAt).not.toBe(
      null,
    );
    expect(await unreadInHeader(me.cookie)).toBe(1);

    // Opening it again keeps the first read time.
    const readAt = (await db.notification.findUniqueOrThrow({ where: { id: item.id } })).readAt;
    await callRoute(notificationsRoute.action, {
      path: "/notifications",
      cookie: me.cookie,
      form: { intent: "open", id: item.id },
    });
    expect((await db.notification.findUniqueOrThrow({ where: { id: item.id } })).readAt).toEqual(
      readAt,
    );
  });

  it("open: a stored link that leaves the site goes to /notifications instead", async () => {
    const me = await signedInUser("PROFESSIONAL");
    const item = await insertNotification(me.user.id, { href: "//evil.test/x" });
    const outcome = await callRoute(notificationsRoute.action, {
      path: "/notifications",
      cookie: me.cookie,
      form: { intent: "open", id: item.id },
    });
    expect(outcome.location).toBe("/notifications");
  });

  it("read: without JavaScript back to the page; with it, data", async () => {
    const me = await signedInUser("PROFESSIONAL");
    const first = await insertNotification(me.user.id);
    const second = await insertNotification(me.user.id);
    const plain = await callRoute(notificationsRoute.action, {
      path: "/notifications",
      cookie: me.cookie,
      form: { intent: "read", id: first.id, redirectTo: "/notifications?cursor=x" },
    });
    expect(plain.location).toBe("/notifications?cursor=x");
    const fetched = await callRoute(notificationsRoute.action, {
      path: "/notifications",
      cookie: me.cookie,
      form: { intent: "read", id: second.id, mode: "fetch", redirectTo: "https://evil.test" },
    });
    expect(fetched.status).toBe(200);
    expect(fetched.data).toMatchObject({ ok: true });
    expect(await unreadInHeader(me.cookie)).toBe(0);
  });

  it("read: an outside redirectTo ends on /notifications", async () => {
    const me = await signedInUser("PROFESSIONAL");
    const item = await insertNotification(me.user.id);
    const outcome = await callRoute(notificationsRoute.action, {
      path: "/notifications",
      cookie: me.cookie,
      form: { intent: "read", id: item.id, redirectTo: "//evil.test" },
    });
    expect(outcome.location).toBe("/notifications");
  });

  it("readAll: marks every one of the owner's notifications read, nobody else's", async () => {
    const me = await signedInUser("PROFESSIONAL");
    const other = await signedInUser("PROFESSIONAL");
    await insertNotification(me.user.id);
    await insertNotification(me.user.id);
    await insertNotification(other.user.id);
    const outcome = await callRoute(notificationsRoute.action, {
      path: "/notifications",
      cookie: me.cookie,
      form: { intent: "readAll" },
    });
    expect(outcome.location).toBe("/notifications");
    expect(outcome.response?.headers.get("Set-Cookie")).toContain("enishi_toast");
    expect(await unreadInHeader(me.cookie)).toBe(0);
    expect(await unreadInHeader(other.cookie)).toBe(1);
  });

  it("refuses an unknown intent with 400", async () => {
    const me = await signedInUser("PROFESSIONAL");
    const outcome = await callRoute(notificationsRoute.action, {
      path: "/notifications",
      cookie: me.cookie,
      form: { intent: "delete", id: "x" },
    });
    expect(outcome.status).toBe(400);
  });
});

describe("/settings/notifications", () => {
  type Prefs = { preferences: { kind: string; inApp: boolean; email: boolean }[] };

  it("shows the kinds offered to the role, all on by default", async () => {
    const pro = await signedInUser("PROFESSIONAL");
    const { data } = await callRoute(settingsRoute.loader, {
      path: "/settings/notifications",
      cookie: pro.cookie,
    });
    const { preferences } = data as Prefs;
    expect(preferences.map((row) => row.kind)).toContain("match.scouted");
    expect(preferences.map((row) => row.kind)).not.toContain("match.applied");
    expect(preferences.every((row) => row.inApp && row.email)).toBe(true);
  });

  it("saves the ticked boxes (unticked is off) with upserts, audited, and shows them again", async () => {
    const member = await signedInUser("COMPANY_MEMBER");
    const save = (form: Record<string, string[]>) =>
      callRoute(settingsRoute.action, {
        path: "/settings/notifications",
        cookie: member.cookie,
        form,
      });
    const first = await save({
      inApp: ["match.applied", "match.stage"],
      email: ["match.applied"],
    });
    expect(first.location).toBe("/settings/notifications");
    const second = await save({ inApp: ["match.applied"], email: [] });
    expect(second.location).toBe("/settings/notifications");

    const rows = await db.notificationPreference.findMany({ where: { userId: member.user.id } });
    expect(rows).toHaveLength(8);
    const { data } = await callRoute(settingsRoute.loader, {
      path: "/settings/notifications",
      cookie: member.cookie,
    });
    const byKind = new Map((data as Prefs).preferences.map((row) => [row.kind, row]));
    expect(byKind.get("match.applied")).toEqual({
      kind: "match.applied",
      inApp: true,
      email: false,
    });
    expect(byKind.get("match.stage")).toEqual({ kind: "match.stage", inApp: false, email: false });
    expect(
      await db.auditLog.count({
        where: { action: "notifications.preferences", actorId: member.user.id },
      }),
    ).toBe(2);
  });

  it("leaves kinds not offered to the role alone", async () => {
    const pro = await signedInUser("PROFESSIONAL");
    await callRoute(settingsRoute.action, {
      path: "/settings/notifications",
      cookie: pro.cookie,
      form: { inApp: ["match.applied"], email: [] },
    });
    const applied = await db.notificationPreference.findUnique({
      where: { userId_kind: { userId: pro.user.id, kind: "match.applied" } },
    });
    expect(applied).toBeNull();
  });

  it("refuses an unknown kind and keeps what was stored", async () => {
    const pro = await signedInUser("PROFESSIONAL");
    const outcome = await callRoute(settingsRoute.action, {
      path: "/settings/notifications",
      cookie: pro.cookie,
      form: { inApp: ["match.bogus"] },
    });
    expect(outcome.status).toBe(200);
    expect(outcome.location).toBeNull();
    expect(JSON.stringify(outcome.data)).toContain("notifications.errors.kind");
    expect(await db.notificationPreference.count()).toBe(0);
  });
});
