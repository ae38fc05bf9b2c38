import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { renderEmail } from "~/modules/notifications/email/render.server";
import {
  notificationId,
  notify,
  type NotificationEvent,
} from "~/modules/notifications/in-app/notify.server";
import { resetDatabase } from "../support/database";
import { queuedEmails } from "../support/outbox";
import { createTestUser } from "../support/users";

beforeEach(resetDatabase);

function applied(recipientIds: string[], overrides: Partial<NotificationEvent> = {}) {
  return {
    kind: "match.applied",
    recipientIds,
    href: "/matches/m1",
    params: { challengeTitle: "基幹システム刷新のPM", partyName: "佐藤 健太" },
    eventId: "event-1",
    ...overrides,
  } satisfies NotificationEvent;
}

describe("notify", () => {
  it("creates a bell entry and queues an email for each recipient, in their language", async () => {
    const hanako = await createTestUser({ email: "hanako@example.jp", locale: "ja" });
    const emma = await createTestUser({ email: "emma@example.jp", locale: "en" });
    await db.$transaction((tx) => notify(tx, applied([hanako.id, emma.id])));

    const rows = await db.notification.findMany({ orderBy: { userId: "asc" } });
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ kind: "match.applied", href: "/matches/m1", readAt: null });
      expect(JSON.parse(row.params)).toEqual({
        challengeTitle: "基幹システム刷新のPM",
        partyName: "佐藤 健太",
      });
    }

    const emails = await queuedEmails({ template: "notification" });
    expect(emails.map((email) => [email.to, email.locale, email.idempotencyKey]).sort()).toEqual(
      [
        ["emma@example.jp", "en", `notify/event-1/${emma.id}`],
        ["hanako@example.jp", "ja", `notify/event-1/${hanako.id}`],
      ].sort(),
    );
    const ja = emails.find((email) => email.to === "hanako@example.jp")!;
    expect(ja.data).toEqual({
      kind: "match.applied",
      message: "「基幹システム刷新のPM」に佐藤 健太から応募がありました",
      url: "http://localhost:3000/matches/m1",
      settingsUrl: "http://localhost:3000/settings/notifications",
    });
    const en = emails.find((email) => email.to === "emma@example.jp")!;
    expect(en.data.message).toBe("佐藤 健太 applied to “基幹システム刷新のPM”");
  });

  it("renders the email with the sentence, the link and the settings page", async () => {
    const user = await createTestUser({ locale: "ja" });
    await db.$transaction((tx) =>
      notify(tx, applied([user.id], { kind: "match.stage", params: { stage: "CONTRACTED" } })),
    );
    const [email] = await queuedEmails({ template: "notification" });
    const rendered = await renderEmail("notification", "ja", email!.data);
    expect(rendered.subject).toBe("「課題」（相手方）のステージが「成約」になりました");
    expect(rendered.html).toContain('href="http://localhost:3000/matches/m1"');
    expect(rendered.text).toContain("http://localhost:3000/settings/notifications");
    expect(rendered.text).toContain("通知設定を変更する");
    expect(rendered.headers).toBeUndefined();
  });

  it("is idempotent per event: the same eventId twice gives one entry and one email each", async () => {
    const user = await createTestUser();
    await db.$transaction((tx) => notify(tx, applied([user.id, user.id])));
    await db.$transaction((tx) => notify(tx, applied([user.id])));
    expect(await db.notification.count()).toBe(1);
    expect(await queuedEmails({ template: "notification" })).toHaveLength(1);
    const row = await db.notification.findFirstOrThrow();
    expect(row.id).toBe(notificationId("event-1", user.id));

    // A different event for the same person is news again.
    await db.$transaction((tx) => notify(tx, applied([user.id], { eventId: "event-2" })));
    expect(await db.notification.count()).toBe(2);
    expect(await queuedEmails({ template: "notification" })).toHaveLength(2);
  });

  it("keeps a notification read when the same event is recorded again", async () => {
    const user = await createTestUser();
    await db.$transaction((tx) => notify(tx, applied([user.id])));
    await db.notification.updateMany({ data: { readAt: new Date() } });
    await db.$transaction((tx) => notify(tx, applied([user.id])));
    expect(await db.notification.count({ where: { readAt: null } })).toBe(0);
  });

  it("respects each channel of the recipient's preference for this kind only", async () => {
    const noEmail = await createTestUser({ email: "no-email@example.jp" });
    const noBell = await createTestUser({ email: "no-bell@example.jp" });
    const nothing = await createTestUser({ email: "nothing@example.jp" });
    const otherKindOff = await createTestUser({ email: "other@example.jp" });
    await db.notificationPreference.createMany({
      data: [
        { userId: noEmail.id, kind: "match.applied", inApp: true, email: false },
        { userId: noBell.id, kind: "match.applied", inApp: false, email: true },
        { userId: nothing.id, kind: "match.applied", inApp: false, email: false },
        { userId: otherKindOff.id, kind: "match.stage", inApp: false, email: false },
      ],
    });
    await db.$transaction((tx) =>
      notify(tx, applied([noEmail.id, noBell.id, nothing.id, otherKindOff.id])),
    );
    const bell = await db.notification.findMany({ select: { userId: true } });
    expect(bell.map((row) => row.userId).sort()).toEqual([noEmail.id, otherKindOff.id].sort());
    const emails = await queuedEmails({ template: "notification" });
    expect(emails.map((email) => email.to).sort()).toEqual([
      "no-bell@example.jp",
      "other@example.jp",
    ]);
  });

  it("skips recipients who do not exist and mails only verified addresses", async () => {
    const unverified = await createTestUser({ email: "unverified@example.jp", verified: false });
    await db.$transaction((tx) => notify(tx, applied(["no-such-user", unverified.id])));
    expect(await db.notification.count()).toBe(1);
    expect(await queuedEmails({ template: "notification" })).toHaveLength(0);
  });

  it("does nothing for no recipients", async () => {
    await db.$transaction((tx) => notify(tx, applied([])));
    expect(await db.notification.count()).toBe(0);
  });

  it("refuses a link that leaves the app, and writes nothing", async () => {
    const user = await createTestUser();
    for (const href of ["https://evil.test/x", "//evil.test", "matches/m1", ""]) {
      await expect(
        db.$transaction((tx) => notify(tx, applied([user.id], { href }))),
      ).rejects.toThrow(/href/);
    }
    expect(await db.notification.count()).toBe(0);
    expect(await queuedEmails()).toHaveLength(0);
  });

  it("rolls back with the caller's transaction", async () => {
    const user = await createTestUser();
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, applied([user.id]));
        throw new Error("the event failed");
      }),
    ).rejects.toThrow("the event failed");
    expect(await db.notification.count()).toBe(0);
    expect(await queuedEmails()).toHaveLength(0);
  });
});
