import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import * as notificationsRoute from "~/routes/notifications";
import * as settingsRoute from "~/routes/settings.notifications";
import { resetDatabase } from "../support/database";
import { createTestCompany } from "../support/market";
import { insertNotification } from "../support/notifications";
import { signedInUser } from "../support/professionals";
import { callRoute, sessionCookie, statusLine, visitorMatrix } from "../support/routes";
import { createTestUser } from "../support/users";

/**
 * Every loader and action of notifications, called as each kind of visitor. The target
 * notifications belong to the member of company A: nobody else may read, open or mark
 * them (404), admins included — a notification is personal, not a moderated record.
 */
type Visitor = "anonymous" | "professional" | "memberA" | "memberB" | "coordinator" | "admin";
const visitors: Visitor[] = [
  "anonymous",
  "professional",
  "memberA",
  "memberB",
  "coordinator",
  "admin",
];
const cookies = new Map<Visitor, string>();
const userIds = new Map<Visitor, string>();
let memberAId = "";

beforeAll(async () => {
  await resetDatabase();
  const memberA = await createTestUser({
    role: "COMPANY_MEMBER",
    email: "a@perm-notif.example.jp",
  });
  const memberB = await createTestUser({
    role: "COMPANY_MEMBER",
    email: "b@perm-notif.example.jp",
  });
  memberAId = memberA.id;
  await createTestCompany({ name: "A社", ownerId: memberA.id });
  await createTestCompany({ name: "B社", ownerId: memberB.id });
  const professional = await signedInUser("PROFESSIONAL");
  const coordinator = await signedInUser("COORDINATOR");
  const admin = await signedInUser("ADMIN");
  cookies.set("professional", professional.cookie);
  cookies.set("memberA", await sessionCookie(memberA.id));
  cookies.set("memberB", await sessionCookie(memberB.id));
  cookies.set("coordinator", coordinator.cookie);
  cookies.set("admin", admin.cookie);
  userIds.set("professional", professional.user.id);
  userIds.set("memberA", memberA.id);
  userIds.set("memberB", memberB.id);
  userIds.set("coordinator", coordinator.user.id);
  userIds.set("admin", admin.user.id);
});

const matrix = visitorMatrix(visitors, (visitor) => cookies.get(visitor));

const toLogin = "302 /login";
const signedIn = (outcome: string) =>
  Object.fromEntries(
    visitors.map((visitor) => [visitor, visitor === "anonymous" ? toLogin : outcome]),
  );

describe("/notifications", () => {
  it("GET: every signed-in user sees their own list, and only their own", async () => {
    const mine = await insertNotification(memberAId, {
      params: { challengeTitle: "A社だけの課題" },
    });
    expect(await matrix(notificationsRoute.loader, "/notifications")).toEqual(signedIn("200"));
    for (const visitor of visitors.filter((v) => v !== "anonymous")) {
      const { data } = await callRoute(notificationsRoute.loader, {
        path: "/notifications",
        cookie: cookies.get(visitor),
      });
      const ids = (data as { items: { id: string }[] }).items.map((item) => item.id);
      expect(ids.includes(mine.id), visitor).toBe(visitor === "memberA");
    }
  });

  it("GET with member A's notification as the cursor: only member A", async () => {
    const mine = await insertNotification(memberAId);
    expect(await matrix(notificationsRoute.loader, `/notifications?cursor=${mine.id}`)).toEqual({
      ...signedIn("404"),
      memberA: "200",
    });
  });

  it("POST open of member A's notification: only member A (others 404, nothing marked)", async () => {
    const mine = await insertNotification(memberAId, { href: "/matches/m-a" });
    const actual: Record<string, string> = {};
    // Member A last, so the others are checked against a still-unread notification.
    for (const visitor of [...visitors.filter((v) => v !== "memberA"), "memberA" as const]) {
      actual[visitor] = statusLine(
        await callRoute(notificationsRoute.action, {
          path: "/notifications",
          cookie: cookies.get(visitor),
          form: { intent: "open", id: mine.id },
        }),
      );
      if (visitor !== "memberA") {
        const row = await db.notification.findUniqueOrThrow({ where: { id: mine.id } });
        expect(row.readAt, `${visitor} must not mark it read`).toBeNull();
      }
    }
    expect(actual).toEqual({ ...signedIn("404"), memberA: "302 /matches/m-a" });
  });

  it("POST read of member A's notification: only member A", async () => {
    const mine = await insertNotification(memberAId);
    const actual = await matrix(notificationsRoute.action, "/notifications", {
      form: { intent: "read", id: mine.id },
    });
    expect(actual).toEqual({ ...signedIn("404"), memberA: "302 /notifications" });
  });

  it("POST readAll: every signed-in user, touching only their own", async () => {
    const mine = await insertNotification(memberAId);
    const others = await Promise.all(
      (["professional", "memberB", "coordinator", "admin"] as const).map((visitor) =>
        insertNotification(userIds.get(visitor)!),
      ),
    );
    // Everyone but member A marks all read: member A's stays unread.
    const actual: Record<string, string> = {};
    for (const visitor of visitors.filter((v) => v !== "memberA")) {
      actual[visitor] = statusLine(
        await callRoute(notificationsRoute.action, {
          path: "/notifications",
          cookie: cookies.get(visitor),
          form: { intent: "readAll" },
        }),
      );
    }
    expect(actual).toEqual(
      Object.fromEntries(
        Object.entries(signedIn("302 /notifications")).filter(([v]) => v !== "memberA"),
      ),
    );
    expect((await db.notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt).toBeNull();
    for (const other of others) {
      expect(
        (await db.notification.findUniqueOrThrow({ where: { id: other.id } })).readAt,
      ).not.toBeNull();
    }
  });
});

describe("/settings/notifications", () => {
  it("GET: every signed-in user sees their own settings", async () => {
    expect(await matrix(settingsRoute.loader, "/settings/notifications")).toEqual(signedIn("200"));
  });

  it("POST: every signed-in user saves their own settings, nobody else's", async () => {
    expect(
      await matrix(settingsRoute.action, "/settings/notifications", {
        form: { inApp: ["match.stage"], email: [] },
      }),
    ).toEqual(signedIn("302 /settings/notifications"));
    const owners = await db.notificationPreference.findMany({
      distinct: ["userId"],
      select: { userId: true },
    });
    expect(owners.map((row) => row.userId).sort()).toEqual([...userIds.values()].sort());
  });
});
