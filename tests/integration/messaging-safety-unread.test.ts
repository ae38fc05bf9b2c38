import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/lib/db.server";
import { sendUnreadMessageEmails } from "~/modules/messaging/unread-mail.server";
import { resetDatabase } from "../support/database";
import { addMessage, seedThreadMarket, type ThreadMarket } from "../support/safety";

const MINUTE = 60 * 1000;
const t0 = new Date("2026-03-02T01:00:00.000Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * MINUTE);

let market: ThreadMarket;

beforeAll(async () => {
  await resetDatabase();
  market = await seedThreadMarket();
});

beforeEach(async () => {
  await db.emailOutbox.deleteMany();
  await db.message.deleteMany();
  await db.threadParticipant.updateMany({
    data: { mutedAt: null, lastReadAt: null, lastEmailedAt: null },
  });
  await db.match.update({ where: { id: market.matchId }, data: { professionalAcceptedAt: t0 } });
  await db.user.updateMany({ data: { emailVerifiedAt: t0 } });
});

type Payload = {
  challengeTitle: string;
  senders: string;
  count: string;
  excerpt: string;
  url: string;
};

async function mailsTo(email: string) {
  const rows = await db.emailOutbox.findMany({
    where: { to: email, template: "thread-unread" },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({ ...row, data: JSON.parse(row.payload) as Payload }));
}

describe("unread-message email", () => {
  it("waits ten minutes, then mails each other participant once, linking to the thread", async () => {
    await addMessage(market.threadId, market.owner.user.id, "来週の打ち合わせの件です", {
      createdAt: t0,
    });
    expect(await sendUnreadMessageEmails(at(9))).toBe(0);
    // The professional and company A's member; never the author.
    expect(await sendUnreadMessageEmails(at(10))).toBe(2);
    const [mail] = await mailsTo(market.pro.user.email);
    expect(mail?.data).toEqual({
      challengeTitle: market.challenge.title,
      senders: "A社 オーナー",
      count: "1",
      excerpt: "来週の打ち合わせの件です",
      url: `http://localhost:3000/messages/${market.threadId}`,
    });
    expect(mail?.locale).toBe("ja");
    expect(mail?.idempotencyKey).toBe(
      `thread-unread/${market.threadId}/${market.pro.user.id}/${Math.floor(at(10).getTime() / 3_600_000)}`,
    );
    expect(await mailsTo(market.owner.user.email)).toEqual([]);
    const participant = await db.threadParticipant.findUniqueOrThrow({
      where: { threadId_userId: { threadId: market.threadId, userId: market.pro.user.id } },
    });
    expect(participant.lastEmailedAt?.toISOString()).toBe(at(10).toISOString());
  });

  it("mails at most once an hour per thread", async () => {
    await addMessage(market.threadId, market.owner.user.id, "一通目", { createdAt: t0 });
    await sendUnreadMessageEmails(at(10));
    expect(await sendUnreadMessageEmails(at(11))).toBe(0);
    await addMessage(market.threadId, market.memberA.user.id, "二通目", { createdAt: at(20) });
    // Sending marks the thread read for its author (as postMessage does).
    await db.threadParticipant.update({
      where: { threadId_userId: { threadId: market.threadId, userId: market.memberA.user.id } },
      data: { lastReadAt: at(20) },
    });
    // The owner had nothing unread until now: their first email goes out.
    expect(await sendUnreadMessageEmails(at(40))).toBe(1);
    expect(await mailsTo(market.owner.user.email)).toHaveLength(1);
    expect(await mailsTo(market.pro.user.email)).toHaveLength(1);
    expect(await sendUnreadMessageEmails(at(69))).toBe(0);
    // An hour after the first: the professional hears of both messages.
    expect(await sendUnreadMessageEmails(at(70))).toBe(1);
    const mails = await mailsTo(market.pro.user.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.data).toMatchObject({
      count: "2",
      senders: "A社 オーナー、A社 メンバー",
      excerpt: "二通目",
    });
  });

  it("does not mail again for messages an earlier email already told of", async () => {
    await addMessage(market.threadId, market.owner.user.id, "一通目", { createdAt: t0 });
    expect(await sendUnreadMessageEmails(at(10))).toBe(2);
    // Still unread hours later, but nothing new: no second email.
    expect(await sendUnreadMessageEmails(at(130))).toBe(0);
    await addMessage(market.threadId, market.owner.user.id, "二通目", { createdAt: at(140) });
    expect(await sendUnreadMessageEmails(at(150))).toBe(2);
    expect(await mailsTo(market.pro.user.email)).toHaveLength(2);
  });

  it("sends nothing for a muted thread", async () => {
    await db.threadParticipant.updateMany({
      where: { threadId: market.threadId },
      data: { mutedAt: t0 },
    });
    await addMessage(market.threadId, market.owner.user.id, "こんにちは", { createdAt: t0 });
    expect(await sendUnreadMessageEmails(at(30))).toBe(0);
  });

  it("sends nothing once the message was read", async () => {
    await addMessage(market.threadId, market.owner.user.id, "こんにちは", { createdAt: t0 });
    await db.threadParticipant.updateMany({
      where: { threadId: market.threadId },
      data: { lastReadAt: at(1) },
    });
    expect(await sendUnreadMessageEmails(at(30))).toBe(0);
    // A later message is unread again, counted alone.
    await addMessage(market.threadId, market.owner.user.id, "追伸", { createdAt: at(5) });
    expect(await sendUnreadMessageEmails(at(15))).toBe(2);
    expect((await mailsTo(market.pro.user.email))[0]?.data.count).toBe("1");
  });

  it("does not count deleted messages or the recipient's own", async () => {
    await addMessage(market.threadId, market.owner.user.id, "消しました", {
      createdAt: t0,
      deletedAt: at(1),
    });
    await addMessage(market.threadId, market.pro.user.id, "自分の発言", { createdAt: t0 });
    // Only the professional's own message counts — for the company side.
    expect(await sendUnreadMessageEmails(at(30))).toBe(2);
    expect(await mailsTo(market.pro.user.email)).toEqual([]);
    const [ownerMail] = await mailsTo(market.owner.user.email);
    expect(ownerMail?.data).toMatchObject({ count: "1", senders: "公開 花子" });
  });

  it("keeps an anonymous professional anonymous to the company", async () => {
    await db.match.update({
      where: { id: market.matchId },
      data: { professionalAcceptedAt: null },
    });
    await addMessage(market.threadId, market.pro.user.id, "はじめまして", { createdAt: t0 });
    await sendUnreadMessageEmails(at(10));
    const [mail] = await mailsTo(market.owner.user.email);
    expect(mail?.data.senders).toBe("匿名のプロ人材");
    expect(JSON.stringify(mail?.data)).not.toContain("公開 花子");
  });

  it("cuts the excerpt to 140 characters, as text", async () => {
    await addMessage(market.threadId, market.owner.user.id, `<b>${"あ".repeat(300)}</b>`, {
      createdAt: t0,
    });
    await sendUnreadMessageEmails(at(10));
    const [mail] = await mailsTo(market.pro.user.email);
    expect([...(mail?.data.excerpt ?? "")]).toHaveLength(140);
    expect(mail?.data.excerpt.startsWith("<b>あ")).toBe(true);
  });

  it("skips unverified addresses and members who left the company", async () => {
    await db.user.update({ where: { id: market.pro.user.id }, data: { emailVerifiedAt: null } });
    await db.membership.deleteMany({ where: { userId: market.memberA.user.id } });
    await addMessage(market.threadId, market.owner.user.id, "こんにちは", { createdAt: t0 });
    try {
      expect(await sendUnreadMessageEmails(at(30))).toBe(0);
    } finally {
      await db.membership.create({
        data: { companyId: market.companyA.id, userId: market.memberA.user.id },
      });
    }
  });
});
